/**
 * One variant against the base: a character diff (diff-match-patch) turned into edits in base
 * coordinates and a position map from base gaps to variant positions.
 *
 * Library choice: the original `diff-match-patch` 1.0.5. The maintained fork
 * `@sanity/diff-match-patch` is not installed here and its algorithm is the same Myers bisect; the
 * one defect that matters to us (splitting surrogate pairs) is avoided by code-point encoding
 * before the diff (code-points.ts), so the fork would buy nothing measurable.
 */
import type { DiffList } from './diff-runs';
import {
  absorbShortEqualities,
  separateMarksFromRepeats,
  shiftToSentences,
  splitReplacements,
} from './anchor-cleanup';
import { boundedDmp } from './bounded-dmp';
import { diffLong, LONG_TEXT } from './long-diff';

/** One contiguous edit: base [baseStart, baseEnd) reads variant [varStart, varEnd). */
export interface Edit {
  readonly baseStart: number;
  readonly baseEnd: number;
  readonly varStart: number;
  readonly varEnd: number;
}

/** The alignment of one variant to the base. */
export interface PairAlignment {
  readonly edits: readonly Edit[];
  /** For base gap p (before base char p), the variant position before any insertion there. */
  readonly gapBefore: Int32Array;
  /** For base gap p, the variant position after the insertion there (where base char p aligns). */
  readonly gapAfter: Int32Array;
  /** Code units the two texts share in equal runs. */
  readonly shared: number;
  /** Code points (both sides) of paragraphs whose anchors stand out of order (block-align.ts). */
  readonly moved?: number;
  /**
   * The paragraphs paired out of order (block-align.ts): base [baseStart, baseEnd) holds the text
   * of variant [varStart, varEnd) printed in another place. Evidence that a deletion and an
   * insertion there are one passage moved, however much it was edited (shapes.ts mergeMoves).
   */
  readonly movedBlocks?: readonly Edit[];
}

/**
 * How the raw diff is cleaned up. 'semantic' is diff-match-patch's cleanupSemantic (absorbs
 * coincidental one-character equalities inside an omitted paragraph, at the cost of sometimes
 * widening two nearby small changes into one); 'efficiency' uses cleanupEfficiency; 'none' keeps
 * the minimal diff.
 */
export type Cleanup = 'anchors' | 'semantic' | 'efficiency' | 'none';

/** Options for one pairwise diff. */
export interface PairOptions {
  readonly cleanup: Cleanup;
  /**
   * Diffs already made for this story, by their texts (pairDiffs fills it): a day's editions
   * print most paragraphs alike, so the same pair of chunks comes back for many variants (one
   * chunk pair of a day of 150 pages was diffed 16 times). A diff is a function of its texts, so
   * a remembered one is the one pairDiffs would make again. Absent, nothing is remembered.
   */
  readonly made?: Map<string, DiffList>;
}

/** Diffs `variant` against `base` (both code-point encoded) and maps it onto base positions. */
export function alignPair(base: string, variant: string, options: PairOptions): PairAlignment {
  return alignmentOfDiffs(pairDiffs(base, variant, options), base.length);
}

/** The cleaned-up character diff of `variant` against `base`: [op, text] with op -1/0/1. */
export function pairDiffs(base: string, variant: string, options: PairOptions): DiffList {
  const { made } = options;
  if (made === undefined) return freshPairDiffs(base, variant, options);
  const key = `${options.cleanup}\u0000${base.length}\u0000${base}${variant}`;
  let diffs = made.get(key);
  if (diffs === undefined) {
    diffs = freshPairDiffs(base, variant, options);
    made.set(key, diffs);
  }
  // Callers may edit the list they get: each gets its own copy.
  return diffs.map(([op, text]) => [op, text]);
}

/** pairDiffs, made anew. */
function freshPairDiffs(base: string, variant: string, options: PairOptions): DiffList {
  // Bounded by size, not by the clock: the same texts give the same diff under any load.
  const dmp = boundedDmp();
  dmp.Diff_EditCost = 4;
  // Very long texts (a 20 MB single line) are diffed by content-defined chunks first (long-diff.ts).
  const diffs =
    base.length + variant.length > LONG_TEXT
      ? diffLong(dmp, base, variant)
      : dmp.diff_main(base, variant, false);
  if (options.cleanup === 'anchors') {
    // Sentence bounds first, so that a dropped sentence leaves its neighbour's full stop in the
    // equality before it (公里[。据介绍……纪录] → 公里。[据介绍……纪录。]) for the anchor rules.
    shiftToSentences(diffs);
    absorbShortEqualities(dmp, diffs);
    splitReplacements(dmp, diffs);
    separateMarksFromRepeats(dmp, diffs);
  } else if (options.cleanup === 'semantic') dmp.diff_cleanupSemantic(diffs);
  else if (options.cleanup === 'efficiency') dmp.diff_cleanupEfficiency(diffs);
  shiftToSentences(diffs);
  // Sliding can leave an empty equality between two edits; drop it so they form one edit run.
  for (let k = diffs.length - 1; k >= 0; k--)
    if ((diffs[k] as [number, string])[1].length === 0) diffs.splice(k, 1);
  return diffs;
}

/**
 * The edits and position maps of a diff list over a base of length `n`. An empty equality in the
 * list is a wall: the edits on either side stay two edits (block-align.ts puts one between
 * aligned blocks, so that a difference never runs into the next block).
 */
export function alignmentOfDiffs(diffs: DiffList, n: number): PairAlignment {
  const gapBefore = new Int32Array(n + 1);
  const gapAfter = new Int32Array(n + 1);
  const edits: Edit[] = [];
  let b = 0;
  let v = 0;
  let shared = 0;
  let i = 0;
  // True right after an edit: its end gap already holds the insertion and must not be overwritten.
  let afterEdit = false;
  // True when a wall (an empty equality) stands between the last edit and the next one.
  let wall = false;
  while (i < diffs.length) {
    const [op, text] = diffs[i] as [number, string];
    if (op === 0 && text.length === 0) {
      wall = afterEdit;
      i += 1;
      continue;
    }
    if (op === 0) {
      wall = false;
      for (let k = afterEdit ? 1 : 0; k < text.length; k++) {
        gapBefore[b + k] = v + k;
        gapAfter[b + k] = v + k;
      }
      b += text.length;
      v += text.length;
      shared += text.length;
      i += 1;
      afterEdit = false;
      continue;
    }
    // Gather one run of deletions and insertions into a single edit.
    let deleted = 0;
    let inserted = 0;
    while (i < diffs.length && (diffs[i] as [number, string])[0] !== 0) {
      const [op2, text2] = diffs[i] as [number, string];
      if (op2 < 0) deleted += text2.length;
      else inserted += text2.length;
      i += 1;
    }
    // Deleted base chars align to the start of the inserted text; the insertion sits at the gap
    // after them, so a site covering the deleted chars and that gap reads the whole replacement.
    // Behind a wall the gap before b already holds where the previous edit's insertion starts.
    for (let k = 0; k < deleted; k++) {
      if (!(wall && k === 0)) gapBefore[b + k] = v;
      gapAfter[b + k] = v;
    }
    edits.push({ baseStart: b, baseEnd: b + deleted, varStart: v, varEnd: v + inserted });
    if (!(wall && deleted === 0)) gapBefore[b + deleted] = v;
    b += deleted;
    v += inserted;
    gapAfter[b] = v;
    afterEdit = true;
    wall = false;
  }
  if (!afterEdit) {
    gapBefore[n] = v;
    gapAfter[n] = v;
  }
  return { edits, gapBefore, gapAfter, shared };
}

/**
 * The cells of the base grid an edit covers. Cell 2p is the gap before base char p, cell 2p+1 is
 * base char p; a replacement covers its deleted chars and the gap after them (where its inserted
 * text sits).
 */
export function editCells(edit: Edit): { readonly first: number; readonly last: number } {
  const inserted = edit.varEnd > edit.varStart;
  if (edit.baseEnd === edit.baseStart)
    return { first: 2 * edit.baseStart, last: 2 * edit.baseStart };
  return {
    first: 2 * edit.baseStart + 1,
    last: inserted ? 2 * edit.baseEnd : 2 * edit.baseEnd - 1,
  };
}

/** The variant position before grid cell `cell`. */
export function positionBefore(pair: PairAlignment, cell: number): number {
  const p = cell >> 1;
  return (cell & 1) === 0 ? (pair.gapBefore[p] ?? 0) : (pair.gapAfter[p] ?? 0);
}

/** The variant position after grid cell `cell`. */
export function positionAfter(pair: PairAlignment, cell: number): number {
  const p = cell >> 1;
  return (cell & 1) === 0 ? (pair.gapAfter[p] ?? 0) : (pair.gapBefore[p + 1] ?? 0);
}
