/**
 * Finds the paragraphs that several variants share: shingle the normalised text of every
 * paragraph, look up candidate pairs through an inverted index, and keep pairs whose containment
 * (shared shingles over the smaller set) is high. Matched paragraphs are grouped transitively.
 */
import type { SegmentedPage } from '../segment/block-types';
import { normalizeForMatching, shingleHashes } from './normalize';

/** A paragraph taking part in matching. */
export interface MatchUnit {
  readonly variant: number;
  readonly block: number;
  readonly shingles: Uint32Array;
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

/**
 * Containment needed for a match. Each changed character spoils up to four shingles, so a
 * reprint with a word changed every 20 characters still keeps ~0.8; unrelated paragraphs on the
 * same topic share well under 0.2 of their 4-grams. 0.5 sits between with room on both sides,
 * and also accepts a paragraph that another paper merged with its neighbour.
 */
export const MIN_CONTAINMENT = 0.5;

/** At least this many shared shingles, so two short paragraphs do not match on one common phrase. */
export const MIN_SHARED = 4;

/** Matches the paragraphs of the pages against each other. */
export function matchBlocks(pages: readonly SegmentedPage[]): BlockMatching {
  const units: MatchUnit[] = [];
  const unitOfBlock: number[][] = pages.map((p) => p.blocks.map(() => -1));
  pages.forEach((page, variant) => {
    page.blocks.forEach((block, index) => {
      if (block.kind !== 'paragraph') return;
      const norm = normalizeForMatching(page.text.slice(block.start, block.end));
      if (norm.length < MIN_UNIT_CHARS) return;
      (unitOfBlock[variant] as number[])[index] = units.length;
      units.push({ variant, block: index, shingles: shingleHashes(norm) });
    });
  });

  const index = new Map<number, number[]>();
  units.forEach((unit, u) => {
    for (const h of unit.shingles) {
      const list = index.get(h);
      if (list) list.push(u);
      else index.set(h, [u]);
    }
  });

  // A shingle found in more paragraphs than this is boilerplate (新华社北京, 习近平总书记) and says
  // nothing about which paragraphs correspond; a genuinely shared paragraph appears at most once
  // or twice per variant, hence the bound scales with the number of variants.
  const maxPosting = Math.max(16, 3 * pages.length);
  const counts = new Map<number, number>();
  const n = units.length;
  // Per unit, the shingles that are not boilerplate: containment is measured against these.
  const informative = new Array<number>(n).fill(0);
  for (const list of index.values()) {
    if (list.length > maxPosting) continue;
    for (const u of list) informative[u] = (informative[u] ?? 0) + 1;
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      const ux = list[x] as number;
      const vx = (units[ux] as MatchUnit).variant;
      for (let y = x + 1; y < list.length; y++) {
        const uy = list[y] as number;
        if ((units[uy] as MatchUnit).variant === vx) continue;
        const key = ux * n + uy;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }

  const matches: UnitMatch[] = [];
  const parent = units.map((_, i) => i);
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
  for (const [key, shared] of counts) {
    if (shared < MIN_SHARED) continue;
    const a = Math.floor(key / n);
    const b = key % n;
    const smaller = Math.min(informative[a] ?? 0, informative[b] ?? 0);
    const containment = shared / smaller;
    if (containment < MIN_CONTAINMENT) continue;
    matches.push({ a, b, shared, containment });
    parent[find(a)] = find(b);
  }

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
  const groupOfBlock = unitOfBlock.map((row) => row.map((u) => (u < 0 ? -1 : (groupOfUnit[u] as number))));
  return { units, matches, groupOfUnit, groupOfBlock, groupCount: groupId.size };
}
