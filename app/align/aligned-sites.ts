/**
 * Shaped sites as the aligned story reports them: each reading back in its file's offsets (through
 * the code-point encoding and the fold's offset map), with its folded context for the classifier,
 * the majority by folded reading and presence, and a note for the shape.
 */
import type { ClassifyReading } from '../classify/rule';
import type { Flag, Reading, VariantText } from '../model/types';
import { lowerBound, upperBound } from '../model/binary-search';
import { toOriginalRange, type FoldedText } from '../text/fold';
import { toFoldedIndex, type EncodedText } from './code-points';
import { majorityOf } from './majority';
import type { ShapedSite } from './shapes';

/** One place of disagreement, aligned but not yet classified. */
export interface AlignedSite extends Omit<Flag, 'category' | 'numbers' | 'rule' | 'why'> {
  /** Every variant's reading in its folded context, for the classifier. */
  readonly context: readonly ClassifyReading[];
}

/** One kept variant as the sites index it: its text, folded form and encoding. */
export interface KeptVariant {
  readonly variant: VariantText;
  readonly folded: FoldedText;
  readonly encoded: EncodedText;
}

/** A reading's folded context for the classifier. */
function contextOf(variant: VariantText, f: FoldedText, fs: number, fe: number): ClassifyReading {
  return {
    variant: variant.id,
    text: f.text.slice(fs, fe),
    // A name never runs across a paragraph: the context stops at the reading's paragraph.
    before: f.text.slice(Math.max(0, fs - 24, paragraphStartAt(f.paragraphStarts, fs)), fs),
    after: f.text.slice(
      fe,
      Math.min(fe + 24, nextParagraphStart(f.paragraphStarts, fe, f.text.length)),
    ),
    wholeLine: coversLines(f, fs, fe),
    atWrap: fs === fe && binaryHas(f.lineStarts, fs) && !binaryHas(f.paragraphStarts, fs),
    folded: f.text,
    start: fs,
    end: fe,
  };
}

/** The sites as aligned sites of story `storyId`: ids in order, readings in file offsets. */
export function toAlignedSites(
  storyId: string,
  sites: readonly ShapedSite[],
  kept: readonly KeptVariant[],
): AlignedSite[] {
  const names = kept.map((k) => k.variant.name);
  const out = sites.map((site): AlignedSite & { nested: boolean } => {
    const context: ClassifyReading[] = [];
    const readings: Reading[] = site.readings.flatMap((r, k) => {
      const one = kept[k];
      if (site.absent?.includes(k) || !one) return [];
      const fs = toFoldedIndex(one.encoded, r.start);
      const fe = toFoldedIndex(one.encoded, r.end);
      const range = toOriginalRange(one.folded, fs, fe);
      context.push(contextOf(one.variant, one.folded, fs, fe));
      return [
        {
          variant: one.variant.id,
          start: range.start,
          end: range.end,
          text: one.variant.text.slice(range.start, range.end),
        },
      ];
    });
    return {
      id: '',
      readings,
      majority: majorityOf(
        context.map((r) => r.text),
        readings,
      ),
      ...(site.kind !== 'change' ? { kind: site.kind } : {}),
      ...noteOf(site, names),
      context,
      nested: site.nested === true,
    };
  });
  return out
    .filter((site) => !onlySetInCapitals(site))
    .map(({ nested: _, ...site }, n) => ({ ...site, id: `${storyId}-f${n + 1}` }));
}

/**
 * True when the readings (those that print the place, inside an omission) differ only in letter case and one of them is set in capitals (By JANE
 * ROE / By Jane Roe, a headline or a byline in capitals): how a page sets a line, not a difference
 * of its words. A case change inside running text (LaFontaine / Lafontaine) stays a flag.
 */
function onlySetInCapitals(site: AlignedSite & { nested: boolean }): boolean {
  if (site.kind !== undefined) return false;
  // Inside a passage some variants omit, their empty readings are the omission's, not this site's.
  const texts = site.context.map((r) => r.text).filter((t) => !site.nested || t !== '');
  if (texts.length < 2) return false;
  const lower = texts.map((t) => t.toLowerCase());
  if (lower.some((t) => t !== lower[0] || !/\p{L}/u.test(t))) return false;
  return site.context.some((r) => {
    // The reading grown to whole words: a capital inside a word set in lower case (LaFontaine) is
    // the word's own spelling, not capitals.
    const head = /[\p{L}\p{M}]*$/u.exec(r.before)?.[0] ?? '';
    const tail = /^[\p{L}\p{M}]*/u.exec(r.after)?.[0] ?? '';
    const words = `${head}${r.text}${tail}`;
    return (words.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\p{Ll}/u.test(words);
  });
}

/** True when folded [start, end) starts at a line start and ends at a line end of its variant. */
function coversLines(f: FoldedText, start: number, end: number): boolean {
  if (end <= start) return false;
  const starts = f.lineStarts;
  const startsLine = binaryHas(starts, start);
  const endsLine = end === f.text.length || binaryHas(starts, end);
  return startsLine && endsLine;
}

/** The text with a line break before each paragraph start (folding may have joined them). */
export function paragraphLines(text: string, starts: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const start of starts) {
    if (start <= at || start >= text.length) continue;
    parts.push(text.slice(at, start));
    at = start;
  }
  parts.push(text.slice(at));
  return parts.join('\n');
}

/** The start of the paragraph holding folded offset `at` (the last paragraph start ≤ at). */
function paragraphStartAt(starts: readonly number[], at: number): number {
  const next = upperBound(starts, at);
  return next > 0 ? (starts[next - 1] as number) : 0;
}

/** The first paragraph start after folded offset `at` (or `length`). */
function nextParagraphStart(starts: readonly number[], at: number, length: number): number {
  return starts[upperBound(starts, at)] ?? length;
}

/** True when `value` is in the ascending `sorted`. */
function binaryHas(sorted: readonly number[], value: number): boolean {
  return sorted[lowerBound(sorted, value)] === value;
}

/** A flag's note for its shape: who ends where, a move, a swap. */
function noteOf(site: ShapedSite, names: readonly string[]): { note?: string } {
  if (site.kind === 'truncation' && site.endsHere) {
    return {
      note: `${site.endsHere.map((k) => names[k]).join(', ')} ends here: the rest of the story is not reprinted.`,
    };
  }
  if (site.kind === 'move')
    return { note: 'This passage stands in a different place in some variants.' };
  if (site.kind === 'swap') return { note: 'The same words in a different order.' };
  return {};
}
