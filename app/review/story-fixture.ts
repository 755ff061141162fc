/**
 * Builds small aligned stories from a readable description, for the review model's tests and for
 * anyone who needs a Story without running the engine: shared text and places of disagreement are
 * listed in order, and the variant texts, spans and flag offsets are derived from them.
 */
import type { Category, Flag, Reading, Story, VariantText } from '../model/types';

/** One place of disagreement: what each variant reads there (in variant order), and its category. */
export interface FixtureFlag {
  readonly readings: readonly string[];
  readonly category?: Category;
  /** Override of the majority; by default the reading most variants share, null on a tie. */
  readonly majority?: string | null;
}

/**
 * A passage some variants omit (an abridged paragraph): one omission flag over the whole passage,
 * and the flags inside it nested, with an empty reading at the gap for the variants that omit it.
 */
export interface FixturePassage {
  /** Per variant, in order: true when the variant omits the passage. */
  readonly omitted: readonly boolean[];
  readonly parts: readonly FixturePart[];
}

/** A story as a sequence of text all variants share, flags and omitted passages. */
export type FixturePart = string | FixtureFlag | FixturePassage;

/** A built fixture: the variants' full texts and the aligned story. */
export interface StoryFixture {
  readonly variants: readonly VariantText[];
  readonly story: Story;
}

/** Options for `buildStoryFixture`. */
export interface FixtureOptions {
  readonly storyId?: string;
  readonly title?: string;
  /** Text before the story in every variant (e.g. a masthead), so span offsets are not zero. */
  readonly prefix?: string;
}

/** The reading most entries share, or null when two or more share the top count. */
export function majorityOf(readings: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const r of readings) counts.set(r, (counts.get(r) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [text, count] of counts) {
    if (count > bestCount) {
      best = text;
      bestCount = count;
      tie = false;
    } else if (count === bestCount) tie = true;
  }
  return tie ? null : best;
}

/** Builds `variantCount` variants (v1, v2, …) and the story whose flags the parts describe. */
export function buildStoryFixture(
  variantCount: number,
  parts: readonly FixturePart[],
  options: FixtureOptions = {},
): StoryFixture {
  const storyId = options.storyId ?? 's1';
  const prefix = options.prefix ?? '';
  const ids = Array.from({ length: variantCount }, (_, i) => `v${i + 1}`);
  const texts = ids.map(() => prefix);
  const flags: Flag[] = [];
  const nextId = (): string => `${storyId}-f${flags.length + 1}`;
  const append = (parts: readonly FixturePart[], present: readonly boolean[]): void => {
    for (const part of parts) {
      if (typeof part === 'string') {
        for (let i = 0; i < texts.length; i++) if (present[i]) texts[i] += part;
      } else if ('omitted' in part) {
        const starts = texts.map((t) => t.length);
        const index = flags.length;
        flags.push({ id: nextId(), category: 'omission', readings: [], majority: null });
        append(part.parts, present.map((p, i) => p && !part.omitted[i]));
        const readings: Reading[] = ids.map((id, i) => ({
          variant: id,
          start: starts[i] ?? 0,
          end: (texts[i] ?? '').length,
          text: (texts[i] ?? '').slice(starts[i] ?? 0),
        }));
        flags[index] = { id: flags[index]?.id ?? nextId(), category: 'omission', readings, majority: majorityOf(readings.map((r) => r.text)) };
      } else {
        if (part.readings.length !== variantCount) {
          throw new Error(`fixture flag has ${part.readings.length} readings for ${variantCount} variants`);
        }
        const readings: Reading[] = part.readings.map((given, i) => {
          const text = present[i] ? given : '';
          const start = (texts[i] ?? '').length;
          texts[i] = (texts[i] ?? '') + text;
          return { variant: ids[i] ?? '', start, end: start + text.length, text };
        });
        flags.push({
          id: nextId(),
          category: part.category ?? 'wording',
          readings,
          majority: part.majority !== undefined ? part.majority : majorityOf(readings.map((r) => r.text)),
        });
      }
    }
  };
  append(parts, ids.map(() => true));
  const variants: VariantText[] = ids.map((id, i) => ({
    id,
    path: `${id}.txt`,
    name: `${id}.txt`,
    encoding: 'utf-8',
    text: texts[i] ?? '',
  }));
  const story: Story = {
    id: storyId,
    title: options.title ?? '测试稿件',
    spans: variants.map((v) => ({ variant: v.id, start: prefix.length, end: v.text.length })),
    flags,
  };
  return { variants, story };
}
