/**
 * Candidate pairs of matching paragraphs, counted through an inverted index of their shingles
 * (match-blocks.ts groups them). Pairs are counted between classes of identical paragraphs, so a
 * story printed alike on many pages costs what one copy costs.
 */
import type { MatchUnit, UnitMatch } from './match-blocks';
import { WEAK_CONTAINMENT } from './ordered-weak-matches';

/**
 * Containment needed for a match. Each changed character spoils up to four shingles, so a
 * reprint with a word changed every 20 characters still keeps ~0.8; unrelated paragraphs on the
 * same topic share well under 0.2 of their 4-grams. 0.5 sits between with room on both sides,
 * and also accepts a paragraph that another paper merged with its neighbour.
 */
export const MIN_CONTAINMENT = 0.5;

/** At least this many shared shingles, so two short paragraphs do not match on one common phrase. */
export const MIN_SHARED = 4;

/** The informative shingle postings of a set of units, with identical units classed together. */
interface Postings {
  /** Per unit, the shingles that are not boilerplate: containment is measured against these. */
  readonly informative: Int32Array;
  /** The representatives of posting p are postingUnits[postingStart[p] .. postingEnd[p]), ascending. */
  readonly postingUnits: Int32Array;
  readonly postingStart: readonly number[];
  readonly postingEnd: readonly number[];
  /** Per unit, the postings it is in (representatives only). */
  readonly postingsOfUnit: readonly number[][];
  readonly classes: IdenticalClasses;
  readonly isRep: readonly boolean[];
}

/** Builds the postings of `units` from `pageCount` pages. */
function buildPostings(units: readonly MatchUnit[], pageCount: number): Postings {
  // The inverted index as one sorted array of (shingle, unit) keys: hash · 2^20 + unit fits a
  // double exactly (32 + 20 bits), and a native numeric sort beats a Map of 300k small arrays.
  const UNIT_BITS = 2 ** 20;
  if (units.length >= UNIT_BITS) throw new Error(`Too many paragraphs to match (${units.length}).`);
  // Paragraphs printed identically on many pages (a day's editions) form one class: pairs are
  // counted between class representatives only, and each class is joined by a star of
  // containment-1 matches from its first member. Counting every pair of identical copies made
  // this quadratic in the pages carrying a story (11k pairs per shingle of a story on 150 pages).
  // Only representatives go into the index, each standing for its class's size: a posting's size
  // is the same sum, and the sort is over the distinct paragraphs, not every copy.
  const classes = identicalClasses(units);
  const isRep = classes.repOf.map((rep, u) => rep === u);
  let total = 0;
  units.forEach((unit, u) => {
    if (isRep[u]) total += unit.shingles.length;
  });
  const keys = new Float64Array(total);
  let w = 0;
  units.forEach((unit, u) => {
    if (isRep[u]) for (const h of unit.shingles) keys[w++] = h * UNIT_BITS + u;
  });
  keys.sort();

  // A shingle found in more paragraphs than this is boilerplate (新华社北京, 习近平总书记) and says
  // nothing about which paragraphs correspond; a genuinely shared paragraph appears at most once
  // or twice per variant, hence the bound scales with the number of variants.
  const maxPosting = Math.max(16, 3 * pageCount);
  const n = units.length;
  // Per unit, the shingles that are not boilerplate: containment is measured against these.
  const informative = new Int32Array(n);
  // The informative postings as one flat list of representatives (postingStart[p]..postingEnd[p]),
  // ascending, and per representative the postings it is in: pairs are then counted unit by unit
  // in a dense scratch array. (A Map keyed by pair cost ~10 s on 150 pages, where a story carried
  // by 50 pages makes every one of its shingles a posting of 50 units; the scratch array does the
  // same counting in ms.)
  const postingUnits = new Int32Array(total);
  const postingStart: number[] = [];
  const postingEnd: number[] = [];
  const postingsOfUnit = units.map(() => [] as number[]);
  let at = 0;
  for (let start = 0; start < total;) {
    const hash = Math.floor((keys[start] as number) / UNIT_BITS);
    let end = start + 1;
    let size = (classes.members[(keys[start] as number) % UNIT_BITS] as number[]).length;
    while (end < total && Math.floor((keys[end] as number) / UNIT_BITS) === hash) {
      size += (classes.members[(keys[end] as number) % UNIT_BITS] as number[]).length;
      end++;
    }
    if (size <= maxPosting) {
      const p = postingStart.length;
      postingStart.push(at);
      for (let k = start; k < end; k++) {
        const u = (keys[k] as number) % UNIT_BITS;
        postingUnits[at++] = u;
        informative[u] = (informative[u] as number) + 1;
        postingsOfUnit[u]?.push(p);
      }
      postingEnd.push(at);
    }
    start = end;
  }
  // A class's other members have its shingles, so its count.
  classes.repOf.forEach((rep, u) => {
    if (rep !== u) informative[u] = informative[rep] as number;
  });
  return { informative, postingUnits, postingStart, postingEnd, postingsOfUnit, classes, isRep };
}

/**
 * The candidate pairs of units: `candidates` at MIN_CONTAINMENT or more (with each class of
 * identical units joined by containment-1 pairs from its representative), `weak` between
 * WEAK_CONTAINMENT and MIN_CONTAINMENT, taken only where order vouches for them.
 */
export function candidatePairs(
  units: readonly MatchUnit[],
  pageCount: number,
): { candidates: UnitMatch[]; weak: UnitMatch[] } {
  const { informative, postingUnits, postingStart, postingEnd, postingsOfUnit, classes, isRep } =
    buildPostings(units, pageCount);
  const n = units.length;
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
  return { candidates, weak };
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
