/**
 * Structure before characters: the paragraphs (blocks) of a variant are aligned to the base's by
 * content, and the character diff runs only inside each aligned group of blocks. A difference can
 * then never migrate into a neighbouring paragraph, a paragraph a reprint dropped is one clean
 * deletion, a cut tail is a deletion of whole paragraphs after the last printed one (whose own
 * differences are still diffed against its counterpart), and a moved paragraph is a deletion at
 * one place and an insertion at the other (mergeMoves in shapes.ts joins them).
 *
 * How blocks are paired: anchors (block-anchors.ts) in the same order in both texts (a longest
 * increasing subsequence) are kept in place, the others moved. Paragraphs between anchors are
 * grouped with the anchor they belong to (block-groups.ts: a paragraph a column break split in
 * two) or, between groups, paired weakly, diffed as a group of their own (a rewritten paragraph)
 * or taken as pure deletions and insertions (block-gaps.ts).
 */
import type { DiffList } from './diff-runs';
import {
  alignmentOfDiffs,
  pairDiffs,
  type Edit,
  type PairAlignment,
  type PairOptions,
} from './pairwise';
import { appendAll } from '../model/bounded';
import {
  findAnchors,
  anchorsInOrder,
  paragraphsOf,
  prepareBase,
  type Para,
  type PreparedBase,
} from './block-anchors';
import { chunksAround, gapChunks } from './block-gaps';
import { growGroup, joinCrossedGroups, type Chunk, type Group, type Layout } from './block-groups';

/** A paragraph's length, 0 for none. */
function paraLength(p: Para | undefined): number {
  return p ? p.end - p.start : 0;
}

/**
 * The chunks of base and variant that are diffed together, in order in both texts, and how much
 * text (code points, both sides) stands in anchors out of order (moved paragraphs). Null when no
 * paragraph pairs with confidence: then the whole texts are one chunk, as before.
 */
function blockStructure(
  base: string,
  variant: string,
  baseStarts: readonly number[],
  variantStarts: readonly number[],
  prepared?: () => PreparedBase,
): { chunks: Chunk[]; moved: number; movedBlocks: Edit[] } | null {
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
  const inOrder = anchorsInOrder(pairs.map(([, j]) => j));
  const out = pairs.filter((_, k) => !inOrder.has(k));
  const layout: Layout = {
    bp,
    vp,
    baseLength: base.length,
    variantLength: variant.length,
    movedB: new Set(out.map(([i]) => i)),
    movedV: new Set(out.map(([, j]) => j)),
    containment,
  };
  const groups: Group[] = pairs
    .filter((_, k) => inOrder.has(k))
    .map(([i, j]) => ({ b0: i, b1: i, v0: j, v1: j }));
  groups.forEach((g, k) => growGroup(g, groups[k - 1], groups[k + 1], layout));
  const chunks = chunksAround(layout, joinCrossedGroups(groups, layout), gapChunks, [
    0,
    bp.length,
    0,
    vp.length,
  ]);
  const moved = out.reduce((sum, [i, j]) => sum + paraLength(bp[i]) + paraLength(vp[j]), 0);
  const movedBlocks = out.map(([i, j]) => {
    const b = bp[i] as Para;
    const v = vp[j] as Para;
    return { baseStart: b.start, baseEnd: b.end, varStart: v.start, varEnd: v.end };
  });
  return { chunks, moved, movedBlocks };
}

/**
 * The chunks of base and variant that are diffed together, in order in both texts. Null when
 * no paragraph pairs with confidence: then the whole texts are one chunk, as before.
 */
export function blockChunks(
  base: string,
  variant: string,
  baseStarts: readonly number[],
  variantStarts: readonly number[],
  /** The base prepared once for many variants (prepareBase); made here when absent or for another base. */
  prepared?: () => PreparedBase,
): Chunk[] | null {
  return blockStructure(base, variant, baseStarts, variantStarts, prepared)?.chunks ?? null;
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
  const structure = blockStructure(base, variant, baseStarts, variantStarts, prepared);
  if (!structure) return alignmentOfDiffs(pairDiffs(base, variant, options), base.length);
  const diffs: DiffList = [];
  for (const c of structure.chunks) {
    const b = base.slice(c.b0, c.b1);
    const v = variant.slice(c.v0, c.v1);
    // An empty equality between chunks is a wall: edits on either side stay apart.
    if (diffs.length > 0) diffs.push([0, '']);
    if (b.length === 0 && v.length === 0) continue;
    if (b.length === 0) diffs.push([1, v]);
    else if (v.length === 0) diffs.push([-1, b]);
    else appendAll(diffs, pairDiffs(b, v, options));
  }
  return {
    ...alignmentOfDiffs(diffs, base.length),
    moved: structure.moved,
    ...(structure.movedBlocks.length > 0 ? { movedBlocks: structure.movedBlocks } : {}),
  };
}

/**
 * How much of the two texts the base's block structure does not explain: the code points, on both
 * sides, of the paragraphs that are not in the heaviest run of anchors in order — moved or swapped
 * paragraphs, and paragraphs reworded past anchoring or printed by one side only. Anchors only, no
 * character diff: cheap enough to weigh every candidate for the base.
 */
export function unexplainedLength(
  base: string,
  variant: string,
  baseStarts: readonly number[],
  variantStarts: readonly number[],
  prepared?: () => PreparedBase,
): number {
  const vp = paragraphsOf(variantStarts, variant.length);
  const given = prepared?.();
  const basePrepared =
    given && given.text === base && given.starts === baseStarts
      ? given
      : prepareBase(base, baseStarts);
  const { pairs } = findAnchors(basePrepared, variant, vp);
  const inOrder = anchorsInOrder(pairs.map(([, j]) => j));
  let explained = 0;
  pairs.forEach(([i, j], k) => {
    if (!inOrder.has(k)) return;
    const b = basePrepared.paragraphs[i];
    const v = vp[j];
    // An anchor explains the smaller paragraph on both sides (anchors are containment over the
    // smaller: a headline inside a paragraph that also holds the lead explains the headline only).
    explained += 2 * Math.min(paraLength(b), paraLength(v));
  });
  return base.length + variant.length - explained;
}
