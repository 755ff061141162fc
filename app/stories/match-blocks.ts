/**
 * Finds the paragraphs that several variants share: shingle the normalised text of every
 * paragraph, look up candidate pairs through an inverted index, and keep pairs whose containment
 * (shared shingles over the smaller set) is high. Matched paragraphs are grouped transitively.
 */
import type { SegmentedPage } from '../segment/block-types';
import type { FinderContext } from './finder-context';
import { shingleHashes } from './normalize';
import { candidatePairs } from './match-pairs';
import { orderedWeakMatches } from './ordered-weak-matches';

/** A paragraph taking part in matching. */
export interface MatchUnit {
  readonly variant: number;
  readonly block: number;
  readonly shingles: Uint32Array;
  /** The column of an interleaved run the paragraph's lines belong to (Block.column). */
  readonly column?: number;
}

/** Two units of different variants that carry the same paragraph (or one contains the other). */
export interface UnitMatch {
  readonly a: number;
  readonly b: number;
  readonly shared: number;
  /** Shared shingles over the smaller unit's shingles (boilerplate shingles left out of both). */
  readonly containment: number;
}

/** What matching found: the units, the matches, and a group id per unit (-1 when unmatched). */
export interface BlockMatching {
  readonly units: readonly MatchUnit[];
  readonly matches: readonly UnitMatch[];
  readonly groupOfUnit: readonly number[];
  /** Per variant, per block: the group id of the block, or -1. */
  readonly groupOfBlock: readonly (readonly number[])[];
  readonly groupCount: number;
}

/** Paragraphs shorter than this (normalised characters) are too short to match on their own. */
export const MIN_UNIT_CHARS = 8;

/** Matches the paragraphs of the pages against each other. */
export function matchBlocks(
  pages: readonly SegmentedPage[],
  context: FinderContext,
): BlockMatching {
  const { units, unitOfBlock } = collectUnits(pages, context);
  const { candidates, weak } = candidatePairs(units, pages.length);
  const { matches, find } = joinMatches(units, candidates, weak);
  const groupId = new Map<number, number>();
  const matched = new Set<number>();
  for (const m of matches) {
    matched.add(m.a);
    matched.add(m.b);
  }
  const groupOfUnit = units.map((_, u) => {
    if (!matched.has(u)) return -1;
    const root = find(u);
    let g = groupId.get(root);
    if (g === undefined) {
      g = groupId.size;
      groupId.set(root, g);
    }
    return g;
  });
  const groupOfBlock = unitOfBlock.map((row) =>
    row.map((u) => (u < 0 ? -1 : (groupOfUnit[u] as number))),
  );
  return { units, matches, groupOfUnit, groupOfBlock, groupCount: groupId.size };
}

/** The paragraphs of the pages long enough to match, and each block's unit (-1 when none). */
function collectUnits(
  pages: readonly SegmentedPage[],
  context: FinderContext,
): { units: MatchUnit[]; unitOfBlock: number[][] } {
  const units: MatchUnit[] = [];
  const unitOfBlock: number[][] = pages.map((p) => p.blocks.map(() => -1));
  // A day's editions print most paragraphs alike: each distinct text is shingled once, and its
  // units share the (never changed) shingle array.
  const shingled = new Map<string, Uint32Array>();
  pages.forEach((page, variant) => {
    page.blocks.forEach((block, index) => {
      if (block.kind !== 'paragraph' || block.otherColumn === true) return;
      const norm = context.normalize(page.text.slice(block.start, block.end));
      if (norm.length < MIN_UNIT_CHARS) return;
      (unitOfBlock[variant] as number[])[index] = units.length;
      let shingles = shingled.get(norm);
      if (shingles === undefined) {
        shingles = shingleHashes(norm);
        shingled.set(norm, shingles);
      }
      units.push({
        variant,
        block: index,
        shingles,
        ...(block.column !== undefined ? { column: block.column } : {}),
      });
    });
  });
  return { units, unitOfBlock };
}

/**
 * Joins matched units into groups, strong candidates first, then the weak ones that order
 * vouches for. Returns the matches taken and the group root of a unit.
 */
function joinMatches(
  units: readonly MatchUnit[],
  candidates: UnitMatch[],
  weak: readonly UnitMatch[],
): { matches: UnitMatch[]; find: (unit: number) => number } {
  // Best matches first; a match that would put two distant paragraphs of one page into one group
  // is refused. That happens when a column break glued half a paragraph of one story to a
  // paragraph of another: the glued block matches both, and must not make them one paragraph.
  candidates.sort(
    (x, y) => y.containment - x.containment || y.shared - x.shared || x.a - y.a || x.b - y.b,
  );
  const parent = units.map((_, i) => i);
  const members = units.map((_, i) => [i]);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[x] !== r) {
      const next = parent[x] as number;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const matches: UnitMatch[] = [];
  // A match refused now may fit once the paragraphs between have joined: a column's printed lines
  // interleaved with another's join their paragraph in any order, and the last line is next to
  // the group only after the lines before it are in. Refused matches are retried until none fits.
  let pending = candidates;
  for (let changed = true; changed && pending.length > 0;) {
    changed = false;
    const refused: UnitMatch[] = [];
    for (const match of pending) {
      const ra = find(match.a);
      const rb = find(match.b);
      if (ra !== rb) {
        const left = members[ra] as number[];
        const right = members[rb] as number[];
        if (!compatible(units, left, right)) {
          refused.push(match);
          continue;
        }
        parent[ra] = rb;
        members[rb] = right.concat(left);
        members[ra] = [];
        changed = true;
      }
      matches.push(match);
    }
    pending = refused;
  }
  for (const match of orderedWeakMatches(units, candidates, weak, (x, y) => find(x) === find(y))) {
    const ra = find(match.a);
    const rb = find(match.b);
    if (ra === rb || !compatible(units, members[ra] as number[], members[rb] as number[])) continue;
    parent[ra] = rb;
    members[rb] = (members[rb] as number[]).concat(members[ra] as number[]);
    members[ra] = [];
    matches.push(match);
  }
  return { matches, find };
}

/**
 * The paragraphs one group holds on one page must be next to each other: at most this many
 * other paragraphs between two of them. A paper that printed a paragraph in two, or the whole
 * story as one line, gives runs of neighbours; one skipped paragraph allows for a duplicate.
 */
const MAX_UNITS_BETWEEN = 1;

/**
 * True when the union of two groups keeps each page's paragraphs together. Units are numbered
 * page by page in reading order, so two units of one page have (difference - 1) units between.
 */
function compatible(
  units: readonly MatchUnit[],
  left: readonly number[],
  right: readonly number[],
): boolean {
  const all = [...left, ...right].sort((x, y) => x - y);
  for (let i = 1; i < all.length; i++) {
    const x = all[i - 1] as number;
    const y = all[i] as number;
    const ux = units[x] as MatchUnit;
    const uy = units[y] as MatchUnit;
    // Lines of two columns of an interleaved run: a paragraph goes on from the foot of one column
    // to the head of the next, which text extraction puts far apart.
    if (ux.column !== undefined && uy.column !== undefined && ux.column !== uy.column) continue;
    if (ux.variant === uy.variant && y - x - 1 > MAX_UNITS_BETWEEN) return false;
  }
  return true;
}
