/**
 * Finds the paragraphs that several variants share: shingle the normalised text of every
 * paragraph, look up candidate pairs through an inverted index, and keep pairs whose containment
 * (shared shingles over the smaller set) is high. Matched paragraphs are grouped transitively.
 */
import type { SegmentedPage } from '../segment/block-types';
import type { FinderContext } from './finder-context';
import { shingleHashes } from './normalize';
import { orderedWeakMatches, WEAK_CONTAINMENT } from './ordered-weak-matches';

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
export function matchBlocks(
  pages: readonly SegmentedPage[],
  context: FinderContext,
): BlockMatching {
  const units: MatchUnit[] = [];
  const unitOfBlock: number[][] = pages.map((p) => p.blocks.map(() => -1));
  pages.forEach((page, variant) => {
    page.blocks.forEach((block, index) => {
      if (block.kind !== 'paragraph' || block.otherColumn === true) return;
      const norm = context.normalize(page.text.slice(block.start, block.end));
      if (norm.length < MIN_UNIT_CHARS) return;
      (unitOfBlock[variant] as number[])[index] = units.length;
      units.push({
        variant,
        block: index,
        shingles: shingleHashes(norm),
        ...(block.column !== undefined ? { column: block.column } : {}),
      });
    });
  });

  // The inverted index as one sorted array of (shingle, unit) keys: hash · 2^20 + unit fits a
  // double exactly (32 + 20 bits), and a native numeric sort beats a Map of 300k small arrays.
  const UNIT_BITS = 2 ** 20;
  if (units.length >= UNIT_BITS) throw new Error(`Too many paragraphs to match (${units.length}).`);
  let total = 0;
  for (const unit of units) total += unit.shingles.length;
  const keys = new Float64Array(total);
  let w = 0;
  units.forEach((unit, u) => {
    for (const h of unit.shingles) keys[w++] = h * UNIT_BITS + u;
  });
  keys.sort();

  // A shingle found in more paragraphs than this is boilerplate (新华社北京, 习近平总书记) and says
  // nothing about which paragraphs correspond; a genuinely shared paragraph appears at most once
  // or twice per variant, hence the bound scales with the number of variants.
  const maxPosting = Math.max(16, 3 * pages.length);
  const n = units.length;
  // Per unit, the shingles that are not boilerplate: containment is measured against these.
  const informative = new Int32Array(n);
  // The informative postings as one flat list of units (postingStart[p]..postingStart[p+1]), and
  // per unit the postings it is in: pairs are then counted unit by unit in a dense scratch array.
  // (A Map keyed by pair cost ~10 s on 150 pages, where a story carried by 50 pages makes every
  // one of its shingles a posting of 50 units; the scratch array does the same counting in ms.)
  const postingUnits = new Int32Array(total);
  const postingStart: number[] = [0];
  const postingEnd: number[] = [];
  for (let start = 0; start < total;) {
    const hash = Math.floor((keys[start] as number) / UNIT_BITS);
    let end = start + 1;
    while (end < total && Math.floor((keys[end] as number) / UNIT_BITS) === hash) end++;
    if (end - start <= maxPosting) {
      let at = postingStart[postingStart.length - 1] as number;
      for (let k = start; k < end; k++) {
        const u = (keys[k] as number) % UNIT_BITS;
        postingUnits[at++] = u;
        informative[u] = (informative[u] as number) + 1;
      }
      postingStart.push(at);
    }
    start = end;
  }
  // Paragraphs printed identically on many pages (a day's editions) form one class: pairs are
  // counted between class representatives only, and each class is joined by a star of
  // containment-1 matches from its first member. Counting every pair of identical copies made
  // this quadratic in the pages carrying a story (11k pairs per shingle of a story on 150 pages).
  const classes = identicalClasses(units);
  const isRep = classes.repOf.map((rep, u) => rep === u);
  const postingsOfUnit = units.map(() => [] as number[]);
  for (let p = 0; p + 1 < postingStart.length; p++) {
    let w = postingStart[p] as number;
    const from = w;
    // Keep only representatives in each posting (their order stays ascending).
    for (let k = from; k < (postingStart[p + 1] as number); k++) {
      const u = postingUnits[k] as number;
      if (isRep[u]) postingUnits[w++] = u;
    }
    for (let k = from; k < w; k++) postingsOfUnit[postingUnits[k] as number]?.push(p);
    postingEnd[p] = w;
  }

  const candidates: UnitMatch[] = [];
  // Pairs below MIN_CONTAINMENT but above WEAK_CONTAINMENT: taken only where order vouches for them.
  const weak: UnitMatch[] = [];
  const counts = new Int32Array(n);
  const touched: number[] = [];
  for (let a = 0; a < n; a++) {
    if (!isRep[a]) continue;
    const variant = (units[a] as MatchUnit).variant;
    const single = (classes.members[a] as number[]).length === 1;
    for (const p of postingsOfUnit[a] as number[]) {
      // Units of a posting are in ascending order (the keys were sorted): count only b > a.
      for (let k = (postingEnd[p] as number) - 1; k >= (postingStart[p] as number); k--) {
        const b = postingUnits[k] as number;
        if (b <= a) break;
        if (
          single &&
          (classes.members[b] as number[]).length === 1 &&
          (units[b] as MatchUnit).variant === variant
        )
          continue;
        if (counts[b] === 0) touched.push(b);
        counts[b] = (counts[b] as number) + 1;
      }
    }
    for (const b of touched) {
      const shared = counts[b] as number;
      counts[b] = 0;
      if (shared < MIN_SHARED) continue;
      const smaller = Math.min(informative[a] as number, informative[b] as number);
      const containment = shared / smaller;
      if (containment < WEAK_CONTAINMENT) continue;
      // The first pair of members on different pages stands for the two classes.
      const pair = crossPair(units, classes.members[a] as number[], classes.members[b] as number[]);
      if (pair)
        (containment < MIN_CONTAINMENT ? weak : candidates).push({
          a: pair[0],
          b: pair[1],
          shared,
          containment,
        });
    }
    touched.length = 0;
    const members = classes.members[a] as number[];
    const own = informative[a] as number;
    if (own >= MIN_SHARED)
      for (let i = 1; i < members.length; i++)
        candidates.push({ a, b: members[i] as number, shared: own, containment: 1 });
  }
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

/** Units with identical shingle sets, each on a different page: `members` of a class at its representative (its first unit). */
interface IdenticalClasses {
  readonly repOf: readonly number[];
  readonly members: readonly (number[] | undefined)[];
}

/**
 * Groups units whose shingle sets are identical. A unit that is a column line, or whose class
 * already holds a unit of its page (a paragraph a page prints twice), stays in a class of its own,
 * so that pairs on one page are still never counted.
 */
function identicalClasses(units: readonly MatchUnit[]): IdenticalClasses {
  const repOf = units.map((_, u) => u);
  const members: (number[] | undefined)[] = units.map((_, u) => [u]);
  const byKey = new Map<string, number[]>();
  units.forEach((unit, u) => {
    if (unit.column !== undefined || unit.shingles.length === 0) return;
    const key = signature(unit.shingles);
    const reps = byKey.get(key) ?? [];
    const rep = reps.find(
      (r) =>
        sameShingles((units[r] as MatchUnit).shingles, unit.shingles) &&
        !(members[r] as number[]).some((m) => (units[m] as MatchUnit).variant === unit.variant),
    );
    if (rep === undefined) {
      reps.push(u);
      byKey.set(key, reps);
      return;
    }
    repOf[u] = rep;
    (members[rep] as number[]).push(u);
    members[u] = undefined;
  });
  return { repOf, members };
}

/** A hash key of a sorted shingle set (collisions are checked by sameShingles). */
function signature(shingles: Uint32Array): string {
  let h1 = 0x811c9dc5;
  let h2 = shingles.length;
  for (const s of shingles) {
    h1 = Math.imul(h1 ^ s, 0x01000193);
    h2 = (Math.imul(h2, 31) + s) | 0;
  }
  return `${shingles.length}:${h1 >>> 0}:${h2 >>> 0}`;
}

function sameShingles(x: Uint32Array, y: Uint32Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The first pair (a < b) of members of two classes that lie on different pages, or null. */
function crossPair(
  units: readonly MatchUnit[],
  left: readonly number[],
  right: readonly number[],
): [number, number] | null {
  for (const x of left) {
    for (const y of right) {
      if ((units[x] as MatchUnit).variant !== (units[y] as MatchUnit).variant)
        return x < y ? [x, y] : [y, x];
    }
  }
  return null;
}
