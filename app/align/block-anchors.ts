/**
 * Block anchors: which base paragraph and which variant paragraph hold the same text. 4-gram
 * containment (the story finder's measure, match-blocks.ts) between every base and variant
 * paragraph; pairs that are each other's best and share most of the smaller paragraph are
 * anchors (block-align.ts keeps those in the same order in both texts in place).
 */
import { slotOf } from './gram-set';

/** A paragraph: [start, end) of an encoded text. */
export interface Para {
  readonly start: number;
  readonly end: number;
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
export const MIN_CONTAINMENT = 0.5;

/** Splits [0, length) at the paragraph starts. */
export function paragraphsOf(starts: readonly number[], length: number): Para[] {
  const cuts = [0, ...starts.filter((s) => s > 0 && s < length), length];
  const out: Para[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k] as number;
    const end = cuts[k + 1] as number;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * The distinct 4-grams of texts, numbered in order of first sight. A gram is its four UTF-16
 * units as two 32-bit halves, compared whole in an open-addressing table (exact, as comparing
 * the substrings): numbering a paragraph's grams costs no substring and no string hash, which
 * were most of anchor finding when a story is printed by many pages.
 */
export class GramNumbers {
  private his = new Uint32Array(1 << 12);
  private los = new Uint32Array(1 << 12);
  /** Per slot, the gram's number + 1 (0: empty). */
  private ids = new Int32Array(1 << 12);
  private count = 0;
  /** Per gram number, the last `distinct` call that met it (see `distinct`). */
  private met = new Int32Array(1 << 11);
  private call = 0;

  /** The numbers of the distinct grams of text[start, end), in order of first occurrence. */
  distinct(text: string, start: number, end: number): number[] {
    const call = ++this.call;
    const out: number[] = [];
    for (let i = start; i + GRAM <= end; i++) {
      const g = this.number(text, i);
      if (g >= this.met.length) {
        const grown = new Int32Array(this.met.length * 2);
        grown.set(this.met);
        this.met = grown;
      }
      if (this.met[g] === call) continue;
      this.met[g] = call;
      out.push(g);
    }
    return out;
  }

  /** The number of text[at, at + GRAM), given it if new. */
  private number(text: string, at: number): number {
    const hi = ((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)) >>> 0;
    const lo = ((text.charCodeAt(at + 2) << 16) | text.charCodeAt(at + 3)) >>> 0;
    const mask = this.ids.length - 1;
    for (let slot = slotOf(hi, lo, mask); ; slot = (slot + 1) & mask) {
      const id = this.ids[slot] as number;
      if (id === 0) {
        this.his[slot] = hi;
        this.los[slot] = lo;
        this.ids[slot] = ++this.count;
        if (this.count * 2 > this.ids.length) this.grow();
        return this.count - 1;
      }
      if (this.his[slot] === hi && this.los[slot] === lo) return id - 1;
    }
  }

  private grow(): void {
    const { his, los, ids } = this;
    const capacity = ids.length * 2;
    this.his = new Uint32Array(capacity);
    this.los = new Uint32Array(capacity);
    this.ids = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let k = 0; k < ids.length; k++) {
      if (ids[k] === 0) continue;
      const hi = his[k] as number;
      const lo = los[k] as number;
      let slot = slotOf(hi, lo, mask);
      while (this.ids[slot] !== 0) slot = (slot + 1) & mask;
      this.his[slot] = hi;
      this.los[slot] = lo;
      this.ids[slot] = ids[k] as number;
    }
  }
}

/** The numbers of the distinct 4-grams of paragraph `p`, in order of first occurrence. */
function gramsOf(text: string, p: Para, numbers: GramNumbers): number[] {
  return numbers.distinct(text, p.start, p.end);
}

/**
 * Indexes of a heaviest strictly increasing subsequence of `values` (each index weighing
 * `weights[i]`), by a Fenwick tree of prefix maxima: O(n log n).
 */
function heaviestIncreasing(values: readonly number[], weights: readonly number[]): Set<number> {
  let size = 0;
  for (const x of values) size = Math.max(size, x + 1);
  const treeBest = new Float64Array(size + 1);
  const treeAt = new Int32Array(size + 1).fill(-1);
  const prev = new Int32Array(values.length).fill(-1);
  const total = new Float64Array(values.length);
  let bestEnd = -1;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    let best = 0;
    let at = -1;
    // The heaviest chain ending below x: tree positions 1..x hold values 0..x-1.
    for (let q = x; q > 0; q -= q & -q)
      if ((treeBest[q] as number) > best) {
        best = treeBest[q] as number;
        at = treeAt[q] as number;
      }
    total[i] = best + (weights[i] ?? 0);
    prev[i] = at;
    for (let u = x + 1; u <= size; u += u & -u)
      if ((total[i] as number) > (treeBest[u] as number)) {
        treeBest[u] = total[i] as number;
        treeAt[u] = i;
      }
    if (bestEnd < 0 || (total[i] as number) > (total[bestEnd] as number)) bestEnd = i;
  }
  const keep = new Set<number>();
  for (let i = bestEnd; i >= 0; i = prev[i] as number) keep.add(i);
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
  /** The numbering of grams, the base's first; the variants' grams are numbered on as they come. */
  readonly numbers: GramNumbers;
  /** Per base paragraph, its distinct grams' numbers. */
  readonly grams: readonly (readonly number[])[];
  /** Per gram number, the base paragraphs that hold it, ascending (none for a gram the base lacks). */
  readonly index: readonly (readonly number[] | undefined)[];
  readonly informative: readonly number[];
}

/** Prepares `base` (with its paragraph starts) for blockChunks / alignByBlocks against many variants. */
export function prepareBase(base: string, baseStarts: readonly number[]): PreparedBase {
  const paragraphs = paragraphsOf(baseStarts, base.length);
  const numbers = new GramNumbers();
  const grams = paragraphs.map((p) => gramsOf(base, p, numbers));
  const index: number[][] = [];
  grams.forEach((list, i) => {
    for (const g of list) (index[g] ??= []).push(i);
  });
  const informative = grams.map((list) => informativeCount(list, index));
  return { text: base, starts: baseStarts, paragraphs, numbers, grams, index, informative };
}

/** Grams of the list that are not boilerplate (in at most BOILERPLATE base paragraphs). */
function informativeCount(
  grams: readonly number[],
  index: readonly (readonly number[] | undefined)[],
): number {
  let n = 0;
  for (const g of grams) if ((index[g]?.length ?? 0) <= BOILERPLATE) n += 1;
  return n;
}

/** Anchors: [base paragraph, variant paragraph] pairs that are each other's best match. */
export function findAnchors(
  prepared: PreparedBase,
  variant: string,
  vp: readonly Para[],
): { pairs: [number, number][]; containment: (bi: number, vj: number) => number } {
  const bp = prepared.paragraphs;
  const index = prepared.index;
  const vGrams = vp.map((p) => gramsOf(variant, p, prepared.numbers));
  const shared = new Map<number, number>();
  // i × (variant paragraphs) + j: unique for any page size (a fixed 65536 mixed up pairs once a
  // page had more paragraphs than that), and exact in a double up to 2^53.
  const width = Math.max(vp.length, 1);
  const key = (i: number, j: number): number => i * width + j;
  vGrams.forEach((grams, j) => {
    for (const g of grams) {
      const list = index[g];
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
 * The anchors kept in place: the most anchors in order (one paragraph moved across several is
 * that one moved, not the several), and among as many, those the variant prints first. Of two
 * paragraphs swapped, the one the variant prints later is the one that moved: a desk moves a
 * paragraph down below the next (the paragraph is demoted), and that is how an editor names it.
 * With the base in the majority's order (base-choice.ts), the moved paragraph is the one whose
 * place the other printings do not share. Its copy is still diffed against its counterpart
 * (shapes.ts mergeMoves), so which of the two is called moved decides one flag, not the
 * differences inside them.
 */
export function anchorsInOrder(values: readonly number[]): Set<number> {
  let size = 1;
  for (const v of values) size = Math.max(size, v + 1);
  // Each anchor weighs 1 and a little more the earlier the variant prints it; the little parts of
  // a whole chain add up to less than one anchor, so the count always comes first.
  const scale = size * (values.length + 1);
  return heaviestIncreasing(
    values,
    values.map((v) => 1 + (size - v) / scale),
  );
}
