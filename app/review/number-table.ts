/**
 * The number table of a story: one row per number-bearing flag with the value each variant reads,
 * whether the values or only their form differ, and the majority. Uses the engine's `numbers`
 * annotation when present and reads the digits itself otherwise.
 */
import type { Flag, Story } from '../model/types';
import { statusOf } from './flag-status';
import { findNumbers } from './number-value';
import type { FlagStatus, StoryReview } from './types';

/** What one variant reads in a number row. */
export interface NumberCell {
  readonly variant: string;
  readonly text: string;
  /** The value the reading denotes, or null when it holds no number (e.g. the number is missing). */
  readonly value: number | null;
}

/** One number-bearing flag in the table. */
export interface NumberRow {
  readonly flagId: string;
  readonly cells: readonly NumberCell[];
  /** value: the readings denote different numbers; form: same number, written differently. */
  readonly differ: 'value' | 'form';
  readonly majority: string | null;
  readonly status: FlagStatus;
  /** Where the flag sits in the canonical, to jump to it and to sort by position. */
  readonly position: number;
}

/**
 * True when a flag bears numbers: a number flag, an engine annotation, or digits in a reading of a
 * flag within a sentence. An omitted passage is left to the flag list: the first number of a whole
 * paragraph is no "value" to compare and would only mislead in the table.
 */
/**
 * A number worth a row when the engine did not call the flag a number: written with digits, or a
 * numeral of two or more characters. A lone 一 is mostly an article (一个, 一次, 一位): a rewritten
 * headline holding one is wording, not a value difference.
 */
function isRealNumber(token: { readonly text: string }): boolean {
  return /[0-9０-９]/.test(token.text) || Array.from(token.text.trim()).length >= 2;
}

function bearsNumbers(flag: Flag): boolean {
  if (flag.category === 'number' || flag.numbers !== undefined) return true;
  return (
    flag.category !== 'omission' &&
    flag.readings.some((r) => findNumbers(r.text).some(isRealNumber))
  );
}

/** The value of a reading: its single number, or null when it holds none or several that disagree. */
function readingValue(text: string): number | null {
  const numbers = findNumbers(text);
  if (numbers.length === 0) return null;
  // Several numbers in one reading (a date: 2025年1月) are summarised by the first; the form check
  // below still compares the whole readings.
  return numbers[0]?.value ?? null;
}

/** Every number-bearing flag of the story, in canonical order. */
export function numberRows(story: Story, review: StoryReview): NumberRow[] {
  const positions = new Map(review.anchors.map((a) => [a.flagId, a.start]));
  const rows: NumberRow[] = [];
  for (const flag of story.flags) {
    if (!bearsNumbers(flag)) continue;
    const engineValues = new Map(flag.numbers?.values.map((v) => [v.variant, v.value]) ?? []);
    const cells: NumberCell[] = flag.readings.map((r) => ({
      variant: r.variant,
      text: r.text,
      value: engineValues.has(r.variant)
        ? (engineValues.get(r.variant) ?? null)
        : readingValue(r.text),
    }));
    const differ =
      flag.numbers?.differ ?? (new Set(cells.map((c) => c.value)).size > 1 ? 'value' : 'form');
    rows.push({
      flagId: flag.id,
      cells,
      differ,
      majority: flag.majority,
      status: statusOf(review, flag.id),
      position: positions.get(flag.id) ?? Number.MAX_SAFE_INTEGER,
    });
  }
  return rows.sort((a, b) => a.position - b.position);
}
