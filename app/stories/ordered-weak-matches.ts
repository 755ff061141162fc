/**
 * Weak paragraph matches that the order of the pages vouches for. A heavily reworded reprint (the
 * figures written otherwise, words swapped in every sentence) keeps only a third or so of each
 * paragraph's 4-grams: below the containment a single pair needs (MIN_CONTAINMENT), yet far above
 * what two unrelated paragraphs share. What tells such a pair from a chance resemblance on the
 * same subject is the story around it: its neighbours correspond too, in the same order.
 */
import type { MatchUnit, UnitMatch } from './match-blocks';

/**
 * The containment a weak pair needs: a third of the 4-grams, where two different paragraphs on
 * one subject share well under a fifth.
 */
export const WEAK_CONTAINMENT = 0.3;

/**
 * The weak pairs to accept, best first: each pair is the best match of both its paragraphs on the
 * other's page (no better candidate either way), and the paragraph right before (or after) it on
 * one page corresponds to the paragraph right before (or after) it on the other — already in one
 * group (`sameGroup`) or itself such a mutual weak pair. A lone resemblance has no such neighbour.
 */
export function orderedWeakMatches(
  units: readonly MatchUnit[],
  strong: readonly UnitMatch[],
  weak: readonly UnitMatch[],
  sameGroup: (a: number, b: number) => boolean,
): UnitMatch[] {
  if (weak.length === 0) return [];
  // The best containment of each unit on each other page, over every candidate pair.
  const best = new Map<string, number>();
  const note = (u: number, other: number, c: number): void => {
    const key = `${u}:${(units[other] as MatchUnit).variant}`;
    if ((best.get(key) ?? 0) < c) best.set(key, c);
  };
  for (const m of [...strong, ...weak]) {
    note(m.a, m.b, m.containment);
    note(m.b, m.a, m.containment);
  }
  const bestOf = (u: number, other: number): number =>
    best.get(`${u}:${(units[other] as MatchUnit).variant}`) ?? 0;
  const mutual = weak.filter(
    (m) => bestOf(m.a, m.b) === m.containment && bestOf(m.b, m.a) === m.containment,
  );
  const pairKey = (x: number, y: number): string => (x < y ? `${x}:${y}` : `${y}:${x}`);
  const eligible = new Set(mutual.map((m) => pairKey(m.a, m.b)));
  /** The unit `d` places after `u` on the same page, if any. */
  const step = (u: number, d: number): number | undefined => {
    const next = units[u + d];
    return next !== undefined && next.variant === (units[u] as MatchUnit).variant
      ? u + d
      : undefined;
  };
  const corresponds = (x: number | undefined, y: number | undefined): boolean =>
    x !== undefined && y !== undefined && (eligible.has(pairKey(x, y)) || sameGroup(x, y));
  return mutual
    .filter((m) => [-1, 1].some((d) => corresponds(step(m.a, d), step(m.b, d))))
    .sort((x, y) => y.containment - x.containment || y.shared - x.shared || x.a - y.a || x.b - y.b);
}
