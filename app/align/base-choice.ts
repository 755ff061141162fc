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

/** The variants carrying the whole story first, each group longest first. */
export function byLength(texts: readonly string[], partial: readonly boolean[]): number[] {
  return texts
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(partial[a] === true) - Number(partial[b] === true) ||
        (texts[b] as string).length - (texts[a] as string).length,
    );
}

/** What the others leave unexplained against base `c` (see unexplainedLength). */
function unexplainedAgainst(
  c: number,
  texts: readonly string[],
  paragraphStarts: readonly (readonly number[])[],
): number {
  const base = texts[c] as string;
  const starts = paragraphStarts[c] ?? [];
  let prepared: PreparedBase | undefined;
  const once = (): PreparedBase => (prepared ??= prepareBase(base, starts));
  let unexplained = 0;
  texts.forEach((text, i) => {
    if (i !== c)
      unexplained += unexplainedLength(base, text, starts, paragraphStarts[i] ?? [], once);
  });
  return unexplained;
}

/**
 * A better base than `current` among the candidates (whole, nearly as long as the longest), or
 * undefined. Called only when some variant has paragraphs out of order against `current`: most
 * stories have none, and then the longest stays the base at no cost.
 */
export function betterBase(
  texts: readonly string[],
  paragraphStarts: readonly (readonly number[])[],
  partial: readonly boolean[],
  current: number,
): number | undefined {
  const order = byLength(texts, partial);
  const longest = (texts[order[0] ?? 0] ?? '').length;
  const candidates = order
    .filter((i) => !partial[i] && (texts[i] as string).length >= NEAR_LONGEST * longest)
    .slice(0, MAX_CANDIDATES);
  if (texts.length < 3 || !candidates.includes(current) || candidates.length < 2) return undefined;
  let best = current;
  let bestScore = unexplainedAgainst(current, texts, paragraphStarts);
  for (const c of candidates) {
    if (c === current) continue;
    const score = unexplainedAgainst(c, texts, paragraphStarts);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best === current ? undefined : best;
}
