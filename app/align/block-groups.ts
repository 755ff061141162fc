/**
 * Anchor groups: an anchored pair of paragraphs grows over the neighbours its counterpart
 * contains (a paragraph a column break split in two, two paragraphs a reprint merged), so that the
 * group is diffed as one and a split paragraph is no omission.
 */
import { MIN_CONTAINMENT, type Para } from './block-anchors';

/** A group of base text and variant text diffed together; one side may be empty. */
export interface Chunk {
  readonly b0: number;
  readonly b1: number;
  readonly v0: number;
  readonly v1: number;
}

/** Both texts' paragraphs and what anchor finding learnt about them. */
export interface Layout {
  readonly bp: readonly Para[];
  readonly vp: readonly Para[];
  readonly baseLength: number;
  readonly variantLength: number;
  /** Paragraphs of an anchor out of order (a moved paragraph), on each side. */
  readonly movedB: ReadonlySet<number>;
  readonly movedV: ReadonlySet<number>;
  /** Shared informative 4-grams of base paragraph i and variant paragraph j over the smaller's. */
  readonly containment: (i: number, j: number) => number;
}

/** An anchor group: paragraph index ranges [b0, b1] × [v0, v1] (inclusive). */
export interface Group {
  b0: number;
  b1: number;
  v0: number;
  v1: number;
}

/** Where base paragraph i starts (the text's end past the last). */
export function bAt(layout: Layout, i: number): number {
  return i < layout.bp.length ? (layout.bp[i] as Para).start : layout.baseLength;
}

/** Where variant paragraph j starts (the text's end past the last). */
export function vAt(layout: Layout, j: number): number {
  return j < layout.vp.length ? (layout.vp[j] as Para).start : layout.variantLength;
}

/**
 * A group grows over a neighbouring paragraph only while its side is shorter than this fraction
 * of the other side: a paragraph split at a column break leaves its counterpart's second half
 * unexplained, a reprint printed whole does not.
 */
const SPLIT_SHORT = 0.9;

/**
 * Containment from which a neighbouring paragraph joins a group that is short on its side (the
 * other side has text left unexplained): a paragraph a reprint merged into the one before it and
 * reworded keeps 0.35–0.5 of its informative 4-grams, while two different paragraphs of one story
 * share well under 0.3 (block-anchors.ts). The shortfall in length already says a paragraph is
 * missing there; the diff inside the group tells a merged one from one dropped beside it.
 */
const GROW_CONTAINMENT = 0.3;

/** True when none of [from, to) is a moved paragraph. */
function free(from: number, to: number, moved: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) if (moved.has(k)) return false;
  return true;
}

/**
 * Grows `g` (in place) over the neighbouring paragraphs it holds, never past the neighbouring
 * groups `prev` and `next`.
 */
export function growGroup(
  g: Group,
  prev: Group | undefined,
  next: Group | undefined,
  layout: Layout,
): void {
  const { movedB, movedV } = layout;
  const bLow = prev ? prev.b1 + 1 : 0;
  const vLow = prev ? prev.v1 + 1 : 0;
  const bHigh = next ? next.b0 - 1 : layout.bp.length - 1;
  const vHigh = next ? next.v0 - 1 : layout.vp.length - 1;
  const belongs = (i: number, j: number): boolean => layout.containment(i, j) >= GROW_CONTAINMENT;
  // Only while the group's other side has text left unexplained: a headline that repeats words
  // of the lead (126种药品新增进入医保目录) is no half of a lead printed whole in both.
  const bLength = (): number => bAt(layout, g.b1 + 1) - bAt(layout, g.b0);
  const vLength = (): number => vAt(layout, g.v1 + 1) - vAt(layout, g.v0);
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
  joinOneSidedGap(g, { bLow, vLow, bHigh, vHigh }, layout);
}

/** The paragraphs a group may grow over: [bLow, bHigh] × [vLow, vHigh], inclusive. */
interface Bounds {
  readonly bLow: number;
  readonly vLow: number;
  readonly bHigh: number;
  readonly vHigh: number;
}

/**
 * Grows a group that is still short on one side over the one-sided gap beside it (growGroup's
 * second step).
 */
function joinOneSidedGap(g: Group, bounds: Bounds, layout: Layout): void {
  const { movedB, movedV } = layout;
  const { bLow, vLow, bHigh, vHigh } = bounds;
  const belongs = (i: number, j: number): boolean => layout.containment(i, j) >= MIN_CONTAINMENT;
  const bLength = (): number => bAt(layout, g.b1 + 1) - bAt(layout, g.b0);
  const vLength = (): number => vAt(layout, g.v1 + 1) - vAt(layout, g.v0);
  const short = (a: number, b: number): boolean => a < SPLIT_SHORT * b;
  // Still short on one side, beside paragraphs only the other side of this side prints: a
  // paragraph merged with the next across a box set between them (法院审理查明…，then the box,
  // then the next paragraph) holds the base paragraphs before its anchor. The one-sided gap joins
  // the group, and the diff inside tells the merged text from a paragraph dropped beside it.
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
    if (g.v0 === vLow && g.b0 > bLow && free(bLow, g.b0, movedB) && someB(bLow, g.b0)) g.b0 = bLow;
    else if (
      g.v1 === vHigh &&
      g.b1 < bHigh &&
      free(g.b1 + 1, bHigh + 1, movedB) &&
      someB(g.b1 + 1, bHigh + 1)
    )
      g.b1 = bHigh;
  } else if (short(vLength(), bLength())) {
    if (g.b0 === bLow && g.v0 > vLow && free(vLow, g.v0, movedV) && someV(vLow, g.v0)) g.v0 = vLow;
    else if (
      g.b1 === bHigh &&
      g.v1 < vHigh &&
      free(g.v1 + 1, vHigh + 1, movedV) &&
      someV(g.v1 + 1, vHigh + 1)
    )
      g.v1 = vHigh;
  }
}

/**
 * Neighbouring groups joined where a paragraph break falls in different places in the two texts
 * (two OCR engines reading one page: the base's first paragraph holds the sentence the variant's
 * second one opens with). Each side's paragraph still anchors to its larger counterpart, but the
 * first group's base paragraph also holds most of the second group's variant paragraph (or the
 * mirror): diffed apart, that sentence would read as dropped at one place and added at the next.
 */
export function joinCrossedGroups(groups: readonly Group[], layout: Layout): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const last = out[out.length - 1];
    const crossed =
      last !== undefined &&
      g.b0 === last.b1 + 1 &&
      g.v0 === last.v1 + 1 &&
      (layout.containment(last.b1, g.v0) >= MIN_CONTAINMENT ||
        layout.containment(g.b0, last.v1) >= MIN_CONTAINMENT);
    if (last && crossed) {
      last.b1 = g.b1;
      last.v1 = g.v1;
    } else out.push({ ...g });
  }
  return out;
}
