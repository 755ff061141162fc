/**
 * Aligns one story across all its variants: fold, encode by code point, choose a base
 * (base-choice.ts), align every variant to it block by block (align-all.ts), stand in for the
 * parts a variant does not carry (not-carried.ts), shape the sites (shape-sites.ts), and report
 * each site in original offsets with its readings in context (aligned-sites.ts), for the
 * classification stage (app/classify, run by app/compare.ts) to decide its category.
 */
import type { StyleKind, VariantText } from '../model/types';
import { foldText, type FoldedText, type TextRange } from '../text/fold';
import { alignAll, type CancelSignal } from './align-all';
import { paragraphLines, toAlignedSites, type AlignedSite } from './aligned-sites';
import { betterBase, byLength } from './base-choice';
import { CodePointTable, type EncodedText } from './code-points';
import { restoreStandIns, standInNotCarried } from './not-carried';
import type { Cleanup, PairAlignment } from './pairwise';
import { shapeSites } from './shape-sites';
import { encodedParagraphStarts } from './split-paragraphs';
import { joinHeadlineSites } from './headline-sites';

export type { CancelSignal } from './align-all';
export type { AlignedSite } from './aligned-sites';

/** Options of one story alignment. */
export interface AlignOptions {
  readonly cleanup?: Cleanup;
  /**
   * Per variant id: its part opens with a mark that it comes from elsewhere (上接01版, From Page
   * A1) or closes with one that it goes on elsewhere. Such a variant is no witness for the part it
   * does not print (see not-carried.ts).
   */
  readonly continues?: ReadonlyMap<string, { readonly from: boolean; readonly to: boolean }>;
  /** Called with the fraction done (0..1) after each variant is aligned. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: CancelSignal;
}

/** One variant of the story: its text and the ranges that belong to the story, in reading order. */
export interface StoryVariant {
  readonly variant: VariantText;
  readonly ranges: readonly TextRange[];
}

/** One variant of the story: its text and the ranges that belong to the story, in reading order. */
export interface StoryVariant {
  readonly variant: VariantText;
  readonly ranges: readonly TextRange[];
}

/** The aligned story: its sites plus the variants that turned out not to carry it. */
export interface AlignedStory {
  readonly sites: AlignedSite[];
  /** The base variant's folded story text with each paragraph on a line (the classifier's story text). */
  readonly storyText: string;
  /** Each kept variant's folded story text, by variant id (to place segmentation's blocks in it). */
  readonly folded: ReadonlyMap<string, FoldedText>;
  readonly missing: string[];
  /** Style noise folded per variant id. */
  readonly styleCounts: ReadonlyMap<string, Readonly<Record<StyleKind, number>>>;
}

/**
 * Other bases are weighed only when more than this share of all the variants' text stands out of
 * order against the longest (a swapped paragraph in a 4 x 600 story is over a tenth): a stray
 * out-of-order sentence in 10 x 100k variants (0.05%) does not pay for weighing three bases.
 */
const MOVED_SHARE = 0.01;

/** The base and every variant's alignment to it (null: the variant does not carry the story). */
function alignToBase(
  encoded: readonly EncodedText[],
  paragraphStarts: readonly (readonly number[])[],
  variants: readonly StoryVariant[],
  options: AlignOptions,
): { baseIndex: number; pairs: (PairAlignment | null)[] } {
  const texts = encoded.map((e) => e.text);
  const partial = variants.map((v) => {
    const marks = options.continues?.get(v.variant.id);
    return marks !== undefined && (marks.from || marks.to);
  });
  const order = byLength(texts, partial);
  const cleanup = options.cleanup ?? 'anchors';
  const carries = (pairs: readonly (PairAlignment | null)[]): boolean =>
    pairs.filter((p) => p !== null).length * 2 > variants.length;
  let baseIndex = order[0] ?? 0;
  let pairs: (PairAlignment | null)[] = [];
  // Try the longest variants as base until most of the others share it (the longest page may be
  // a different story altogether when the finder is unsure).
  for (let attempt = 0; attempt < Math.min(3, order.length); attempt++) {
    baseIndex = order[attempt] as number;
    pairs = alignAll(encoded, paragraphStarts, baseIndex, cleanup, options);
    if (carries(pairs)) break;
  }
  // A base that moved paragraphs the others print in order is a poor base (base-choice.ts).
  const moved = pairs.reduce((sum, p) => sum + (p?.moved ?? 0), 0);
  const total = texts.reduce((sum, t) => sum + t.length, 0);
  if (moved > MOVED_SHARE * total) {
    const better = betterBase(texts, paragraphStarts, partial, baseIndex);
    const again =
      better === undefined
        ? undefined
        : alignAll(encoded, paragraphStarts, better, cleanup, options);
    if (better !== undefined && again && carries(again)) return { baseIndex: better, pairs: again };
  }
  return { baseIndex, pairs };
}

/** Aligns the story across its variants and returns one flag per place of disagreement. */
export function alignStory(
  storyId: string,
  variants: readonly StoryVariant[],
  options: AlignOptions = {},
): AlignedStory {
  const folded = variants.map((v) => foldText(v.variant.text, v.ranges));
  const table = new CodePointTable(folded.map((f) => f.text));
  const encoded = folded.map((f) => table.encode(f.text));
  const styleCounts = new Map(
    variants.map((v, i) => [v.variant.id, (folded[i] as FoldedText).styleCounts]),
  );
  const paragraphStarts = folded.map((f, i) =>
    encodedParagraphStarts(f, encoded[i] as EncodedText),
  );
  const { baseIndex, pairs } = alignToBase(encoded, paragraphStarts, variants, options);
  const missing = variants.flatMap((v, i) => (pairs[i] === null ? [v.variant.id] : []));
  const kept = variants.map((_, i) => i).filter((i) => pairs[i] !== null);
  const ownTexts = kept.map((i) => (encoded[i] as EncodedText).text);
  const baseK = kept.indexOf(baseIndex);
  // A part a variant does not carry (a continuation page's missing half) is stood in for by the
  // base's text while sites are shaped, and taken away again afterwards (not-carried.ts).
  const stood = standInNotCarried(
    kept.map((i) => pairs[i] as PairAlignment),
    ownTexts,
    kept.map((i) => paragraphStarts[i] as number[]),
    kept.map((i) => options.continues?.get((variants[i] as StoryVariant).variant.id)),
    baseK,
  );
  const shaped = shapeSites({
    pairs: stood.pairs,
    texts: stood.texts,
    paragraphStarts: stood.paragraphStarts,
    baseK,
    cleanup: options.cleanup ?? 'anchors',
  });
  const keptVariants = kept.map((i) => ({
    variant: (variants[i] as StoryVariant).variant,
    folded: folded[i] as FoldedText,
    encoded: encoded[i] as EncodedText,
  }));
  const sites = toAlignedSites(
    storyId,
    joinHeadlineSites(restoreStandIns(shaped, stood.standIns, ownTexts), keptVariants),
    keptVariants,
  );
  // The base text with its paragraphs on lines of their own: a headline folded onto its story's
  // first line is still told apart from running text by the classifier.
  const baseFolded = folded[baseIndex] as FoldedText;
  const foldedById = new Map(
    kept.map((i) => [(variants[i] as StoryVariant).variant.id, folded[i] as FoldedText]),
  );
  return {
    sites,
    storyText: paragraphLines(baseFolded.text, baseFolded.paragraphStarts),
    folded: foldedById,
    missing,
    styleCounts,
  };
}
