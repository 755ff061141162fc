/**
 * Which variant is the base every other is aligned to. The longest carries the most text, so
 * little of the story is an insertion; but a reprint that moved or swapped paragraphs is a poor
 * base even when it is the longest: against it every other variant has those paragraphs out of
 * order, and moves are the shape the aligner reads least well. A variant that carries only part
 * of the story (a continuation page) is a poor base too: the others' text beyond its part would
 * be insertions instead of a part it does not carry.
 *
 * So the candidates are the variants that carry the whole story and are nearly as long as the
 * longest, and among them the one whose paragraphs the others share best, in order (the least
 * text outside in-order block anchors, on both sides: moved paragraphs, and paragraphs reworded or
 * printed by one side only) comes first; ties go to the longer.
 */
import { unexplainedLength } from './block-align';
import { prepareBase, type PreparedBase } from './block-anchors';

/** A candidate for the base must be at least this fraction of the longest variant's length. */
const NEAR_LONGEST = 0.75;

/** Most candidates weighed (each costs one anchor pass per other variant). */
const MAX_CANDIDATES = 3;

/**
 * The variant indexes in the order they should be tried as the base: the best candidate first,
 * then the rest by length (align-story falls back along this order when a base shares too little
 * with the others).
 */
export function baseOrder(
  texts: readonly string[],
  paragraphStarts: readonly (readonly number[])[],
  partial: readonly boolean[],
): number[] {
  const byLength = texts
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(partial[a] === true) - Number(partial[b] === true) ||
        (texts[b] as string).length - (texts[a] as string).length,
    );
  const longest = (texts[byLength[0] ?? 0] ?? '').length;
  const candidates = byLength
    .filter((i) => !partial[i] && (texts[i] as string).length >= NEAR_LONGEST * longest)
    .slice(0, MAX_CANDIDATES);
  if (texts.length < 3 || candidates.length < 2) return byLength;
  const scores = new Map<number, number>();
  for (const c of candidates) {
    const base = texts[c] as string;
    const starts = paragraphStarts[c] ?? [];
    let prepared: PreparedBase | undefined;
    const once = (): PreparedBase => (prepared ??= prepareBase(base, starts));
    let unexplained = 0;
    texts.forEach((text, i) => {
      if (i !== c)
        unexplained += unexplainedLength(base, text, starts, paragraphStarts[i] ?? [], once);
    });
    scores.set(c, unexplained);
    // Every paragraph of every variant anchored in order to the longest: none can do better.
    if (unexplained === 0) break;
  }
  const best = [...scores.entries()].sort((a, b) => a[1] - b[1])[0]?.[0];
  return best === undefined ? byLength : [best, ...byLength.filter((i) => i !== best)];
}
