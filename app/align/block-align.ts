/**
 * Structure before characters: the paragraphs (blocks) of a variant are aligned to the base's by
 * content, and the character diff runs only inside each aligned group of blocks. A difference can
 * then never migrate into a neighbouring paragraph, a paragraph a reprint dropped is one clean
 * deletion, a cut tail is a deletion of whole paragraphs after the last printed one (whose own
 * differences are still diffed against its counterpart), and a moved paragraph is a deletion at
 * one place and an insertion at the other (mergeMoves in shapes.ts joins them).
 *
 * How blocks are paired: 4-gram containment (the story finder's measure, match-blocks.ts) between
 * every base and variant paragraph; pairs that are each other's best and share most of the
 * smaller paragraph are anchors; anchors in the same order in both texts (a longest increasing
 * subsequence) are kept in place, the others moved. Paragraphs between anchors are grouped with
 * the anchor they belong to (a paragraph a column break split in two) or diffed as a group of
 * their own (a rewritten paragraph); a one-sided group is a pure deletion or insertion.
 */
import type { DiffList } from './diff-runs';
import { alignmentOfDiffs, pairDiffs, type PairAlignment, type PairOptions } from './pairwise';
import { appendAll } from '../model/bounded';
import { partitionPoint } from '../model/binary-search';

/** A paragraph: [start, end) of an encoded text. */
interface Para {
  readonly start: number;
  readonly end: number;
}

/** A group of base text and variant text diffed together; one side may be empty. */
interface Chunk {
  readonly b0: number;
  readonly b1: number;
  readonly v0: number;
  readonly v1: number;
}

const GRAM = 4;

/** A 4-gram in more base paragraphs than this is boilerplate and says nothing about which pairs. */
const BOILERPLATE = 3;

/**
 * Paragraphs shorter than this (code points) are not anchors on their own: a headline or a
 * dateline of a few characters may repeat (新华社北京电) and pairs by chance.
 */
const MIN_ANCHOR = 12;

/**
 * Shared 4-grams over the smaller paragraph's for an anchor; as in match-blocks.ts, a reprint
 * with a change every 20 characters keeps ~0.8, two paragraphs of one story share well under 0.3.
 */
const MIN_CONTAINMENT = 0.5;

/**
 * A group grows over a neighbouring paragraph only while its side is shorter than this fraction
 * of the other side: a paragraph split at a column break leaves its counterpart's second half
 * unexplained, a reprint printed whole does not.
 */
const SPLIT_SHORT = 0.9;

/** Splits [0, length) at the paragraph starts. */
function paragraphsOf(starts: readonly number[], length: number): Para[] {
  const cuts = [0, ...starts.filter((s) => s > 0 && s < length), length];
  const out: Para[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k] as number;
    const end = cuts[k + 1] as number;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function gramsOf(text: string, p: Para): Set<string> {
  const grams = new Set<string>();
  for (let i = p.start; i + GRAM <= p.end; i++) grams.add(text.slice(i, i + GRAM));
  return grams;
}

/** Indexes of a longest strictly increasing subsequence of `values` (patience sorting). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const lo = partitionPoint(tails.length, (k) => (values[tails[k] as number] as number) < x);
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (
    let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
    i >= 0;
    i = prev[i] as number
  )
    keep.add(i);
  return keep;
}

/**
 * The base's side of anchor finding — its paragraphs, their 4-grams, the index of grams to
 * paragraphs, each paragraph's informative gram count — which is the same for every variant
 * aligned to one base: align-story.ts makes it once per base instead of once per variant.
 */
export interface PreparedBase {
  readonly text: string;
  readonly starts: readonly number[];
  readonly paragraphs: readonly Para[];
  readonly grams: readonly Set<string>[];
  readonly index: ReadonlyMap<string, readonly number[]>;
  readonly informative: readonly number[];
}

/** Prepares `base` (with its paragraph starts) for blockChunks / alignByBlocks against many variants. */
export function prepareBase(base: string, baseStarts: readonly number[]): PreparedBase {
  const paragraphs = paragraphsOf(baseStarts, base.length);
  const grams = paragraphs.map((p) => gramsOf(base, p));
  const index = new Map<string, number[]>();
  grams.forEach((set, i) => {
    for (const g of set) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  const informative = grams.map((set) => informativeCount(set, index));
  return { text: base, starts: baseStarts, paragraphs, grams, index, informative };
}

/** Grams of the set that are not boilerplate (in at most BOILERPLATE base paragraphs). */
function informativeCount(
  grams: ReadonlySet<string>,
  index: ReadonlyMap<string, readonly number[]>,
): number {
  let n = 0;
  for (const g of grams) if ((index.get(g)?.length ?? 0) <= BOILERPLATE) n += 1;
  return n;
}

/** Anchors: [base paragraph, variant paragraph] pairs that are each other's best match. */
function findAnchors(
  prepared: PreparedBase,
  variant: string,
  vp: readonly Para[],
): { pairs: [number, number][]; containment: (bi: number, vj: number) => number } {
  const bp = prepared.paragraphs;
  const index = prepared.index;
  const vGrams = vp.map((p) => gramsOf(variant, p));
  const shared = new Map<number, number>();
  // i × (variant paragraphs) + j: unique for any page size (a fixed 65536 mixed up pairs once a
  // page had more paragraphs than that), and exact in a double up to 2^53.
  const width = Math.max(vp.length, 1);
  const key = (i: number, j: number): number => i * width + j;
  vGrams.forEach((grams, j) => {
    for (const g of grams) {
      const list = index.get(g);
      // A 4-gram in many base paragraphs is boilerplate and says nothing about which pairs.
      if (!list || list.length > BOILERPLATE) continue;
      for (const i of list) shared.set(key(i, j), (shared.get(key(i, j)) ?? 0) + 1);
    }
  });
  // Containment over the informative 4-grams only: a story that repeats its phrases in many
  // paragraphs (数字化平台建设, 我们将稳步推动) would otherwise never reach the threshold.
  const infoB = prepared.informative;
  const infoV = vGrams.map((grams) => informativeCount(grams, index));
  const containment = (i: number, j: number): number => {
    const s = shared.get(key(i, j)) ?? 0;
    const smaller = Math.min(infoB[i] as number, infoV[j] as number);
    return smaller > 0 ? Math.min(1, s / smaller) : 0;
  };
  const bestOfB = new Int32Array(bp.length).fill(-1);
  const bestOfV = new Int32Array(vp.length).fill(-1);
  const scoreB = new Float64Array(bp.length);
  const scoreV = new Float64Array(vp.length);
  for (const [k, s] of shared) {
    const i = Math.floor(k / width);
    const j = k % width;
    const c = containment(i, j);
    // Ties go to the larger overlap: a paragraph split in two pairs with its larger half.
    const score = c + s * 1e-6;
    if (score > (scoreB[i] as number)) {
      scoreB[i] = score;
      bestOfB[i] = j;
    }
    if (score > (scoreV[j] as number)) {
      scoreV[j] = score;
      bestOfV[j] = i;
    }
  }
  const pairs: [number, number][] = [];
  bp.forEach((p, i) => {
    const j = bestOfB[i] as number;
    if (j < 0 || bestOfV[j] !== i) return;
    const q = vp[j] as Para;
    if (p.end - p.start < MIN_ANCHOR || q.end - q.start < MIN_ANCHOR) return;
    if (containment(i, j) < MIN_CONTAINMENT || (shared.get(key(i, j)) ?? 0) < 4) return;
    pairs.push([i, j]);
  });
  return { pairs, containment };
}

/**
 * The chunks of base and variant that are diffed together, in order in both texts. Null when
 * fewer than two anchors were found: then the whole texts are one chunk, as before.
 */
export function blockChunks(
  base: string,
  variant: string,
  baseStarts: readonly number[],
  variantStarts: readonly number[],
  /** The base prepared once for many variants (prepareBase); made here when absent or for another base. */
  prepared?: () => PreparedBase,
): Chunk[] | null {
  const bp = paragraphsOf(baseStarts, base.length);
  const vp = paragraphsOf(variantStarts, variant.length);
  if (bp.length < 2 && vp.length < 2) return null;
  const given = prepared?.();
  const { pairs, containment } = findAnchors(
    given && given.text === base && given.starts === baseStarts
      ? given
      : prepareBase(base, baseStarts),
    variant,
    vp,
  );
  if (pairs.length === 0) return null;
  const inOrder = longestIncreasing(pairs.map(([, j]) => j));
  const anchors = pairs.filter((_, k) => inOrder.has(k));
  const movedB = new Set(pairs.filter((_, k) => !inOrder.has(k)).map(([i]) => i));
  const movedV = new Set(pairs.filter((_, k) => !inOrder.has(k)).map(([, j]) => j));

  const bAt = (i: number): number => (i < bp.length ? (bp[i] as Para).start : base.length);
  const vAt = (j: number): number => (j < vp.length ? (vp[j] as Para).start : variant.length);
  // Anchor groups: [bFirst, bLast] × [vFirst, vLast] paragraph index ranges, grown over the
  // neighbours that the anchor's counterpart contains (a paragraph split at a column break).
  interface Group {
    b0: number;
    b1: number;
    v0: number;
    v1: number;
  }
  const groups: Group[] = anchors.map(([i, j]) => ({ b0: i, b1: i, v0: j, v1: j }));
  groups.forEach((g, k) => {
    const prev = groups[k - 1];
    const next = groups[k + 1];
    const bLow = prev ? prev.b1 + 1 : 0;
    const vLow = prev ? prev.v1 + 1 : 0;
    const bHigh = next ? next.b0 - 1 : bp.length - 1;
    const vHigh = next ? next.v0 - 1 : vp.length - 1;
    const belongs = (i: number, j: number): boolean => containment(i, j) >= MIN_CONTAINMENT;
    // Only while the group's other side has text left unexplained: a headline that repeats words
    // of the lead (126种药品新增进入医保目录) is no half of a lead printed whole in both.
    const bLength = (): number => bAt(g.b1 + 1) - bAt(g.b0);
    const vLength = (): number => vAt(g.v1 + 1) - vAt(g.v0);
    const short = (a: number, b: number): boolean => a < SPLIT_SHORT * b;
    while (
      g.v1 + 1 <= vHigh &&
      !movedV.has(g.v1 + 1) &&
      short(vLength(), bLength()) &&
      belongs(g.b1, g.v1 + 1)
    )
      g.v1 += 1;
    while (
      g.b1 + 1 <= bHigh &&
      !movedB.has(g.b1 + 1) &&
      short(bLength(), vLength()) &&
      belongs(g.b1 + 1, g.v1)
    )
      g.b1 += 1;
    while (
      g.v0 - 1 >= vLow &&
      !movedV.has(g.v0 - 1) &&
      short(vLength(), bLength()) &&
      belongs(g.b0, g.v0 - 1)
    )
      g.v0 -= 1;
    while (
      g.b0 - 1 >= bLow &&
      !movedB.has(g.b0 - 1) &&
      short(bLength(), vLength()) &&
      belongs(g.b0 - 1, g.v0)
    )
      g.b0 -= 1;
    // Still short on one side, beside paragraphs only the other side... of this side prints: a
    // paragraph merged with the next across a box set between them (法院审理查明…，then the box,
    // then the next paragraph) holds the base paragraphs before its anchor. The one-sided gap joins
    // the group, and the diff inside tells the merged text from a paragraph dropped beside it.
    const free = (from: number, to: number, moved: ReadonlySet<number>): boolean => {
      for (let k = from; k < to; k++) if (moved.has(k)) return false;
      return true;
    };
    // Only a gap that holds a paragraph the group's other side contains: the second half of a
    // split paragraph whose first half anchored the next group belongs to that group instead.
    const someB = (from: number, to: number): boolean => {
      for (let i = from; i < to; i++)
        for (let j = g.v0; j <= g.v1; j++) if (belongs(i, j)) return true;
      return false;
    };
    const someV = (from: number, to: number): boolean => {
      for (let j = from; j < to; j++)
        for (let i = g.b0; i <= g.b1; i++) if (belongs(i, j)) return true;
      return false;
    };
    if (short(bLength(), vLength())) {
      if (g.v0 === vLow && g.b0 > bLow && free(bLow, g.b0, movedB) && someB(bLow, g.b0))
        g.b0 = bLow;
      else if (
        g.v1 === vHigh &&
        g.b1 < bHigh &&
        free(g.b1 + 1, bHigh + 1, movedB) &&
        someB(g.b1 + 1, bHigh + 1)
      )
        g.b1 = bHigh;
    } else if (short(vLength(), bLength())) {
      if (g.b0 === bLow && g.v0 > vLow && free(vLow, g.v0, movedV) && someV(vLow, g.v0))
        g.v0 = vLow;
      else if (
        g.b1 === bHigh &&
        g.v1 < vHigh &&
        free(g.v1 + 1, vHigh + 1, movedV) &&
        someV(g.v1 + 1, vHigh + 1)
      )
        g.v1 = vHigh;
    }
  });

  const chunks: Chunk[] = [];
  /** The paragraphs [i0, i1) × [j0, j1) between two groups. */
  const gap = (i0: number, i1: number, j0: number, j1: number): void => {
    if (i0 >= i1 && j0 >= j1) return;
    const moves =
      [...Array(i1 - i0).keys()].some((d) => movedB.has(i0 + d)) ||
      [...Array(j1 - j0).keys()].some((d) => movedV.has(j0 + d));
    if (i0 < i1 && j0 < j1 && !moves) {
      chunks.push({ b0: bAt(i0), b1: bAt(i1), v0: vAt(j0), v1: vAt(j1) });
      return;
    }
    // One-sided, or holding a moved paragraph: deletions, then insertions, each moved paragraph
    // alone so that its copy at the other place can be recognised as the same passage.
    const runs = (from: number, to: number, moved: ReadonlySet<number>): [number, number][] => {
      const out: [number, number][] = [];
      for (let k = from; k < to; k++) {
        const last = out[out.length - 1];
        if (last && !moved.has(k) && !moved.has(last[1] - 1) && last[1] === k) last[1] = k + 1;
        else out.push([k, k + 1]);
      }
      return out;
    };
    for (const [x, y] of runs(i0, i1, movedB))
      chunks.push({ b0: bAt(x), b1: bAt(y), v0: vAt(j0), v1: vAt(j0) });
    for (const [x, y] of runs(j0, j1, movedV))
      chunks.push({ b0: bAt(i1), b1: bAt(i1), v0: vAt(x), v1: vAt(y) });
  };
  let bi = 0;
  let vj = 0;
  for (const g of groups) {
    gap(bi, g.b0, vj, g.v0);
    chunks.push({ b0: bAt(g.b0), b1: bAt(g.b1 + 1), v0: vAt(g.v0), v1: vAt(g.v1 + 1) });
    bi = g.b1 + 1;
    vj = g.v1 + 1;
  }
  gap(bi, bp.length, vj, vp.length);
  return chunks;
}

/**
 * Aligns `variant` to `base` block by block (see the module comment); falls back to one diff of
 * the whole texts when no paragraph pairs with confidence.
 */
export function alignByBlocks(
  base: string,
  variant: string,
  baseStarts: readonly number[],
  variantStarts: readonly number[],
  options: PairOptions,
  /** See blockChunks. */
  prepared?: () => PreparedBase,
): PairAlignment {
  const chunks = blockChunks(base, variant, baseStarts, variantStarts, prepared);
  if (!chunks) return alignmentOfDiffs(pairDiffs(base, variant, options), base.length);
  const diffs: DiffList = [];
  for (const c of chunks) {
    const b = base.slice(c.b0, c.b1);
    const v = variant.slice(c.v0, c.v1);
    // An empty equality between chunks is a wall: edits on either side stay apart.
    if (diffs.length > 0) diffs.push([0, '']);
    if (b.length === 0 && v.length === 0) continue;
    if (b.length === 0) diffs.push([1, v]);
    else if (v.length === 0) diffs.push([-1, b]);
    else appendAll(diffs, pairDiffs(b, v, options));
  }
  return alignmentOfDiffs(diffs, base.length);
}
