/**
 * The classification stage of the compare pipeline: builds the story's context once — its folded
 * text and the blocks segmentation found in each variant, placed in that variant's folded text —
 * and turns every aligned site into a flag with its category, rule and explanation.
 */
import type { AlignedSite, AlignedStory } from '../align/align-story';
import type { Flag } from '../model/types';
import type { Block } from '../segment/block-types';
import { lowerBound } from '../model/binary-search';
import type { FoldedText } from '../text/fold';
import { classifySites, type WhyLanguage } from './classify';
import { storyContext, type ContextBlock, type StoryContext } from './context';
import { creditsIn, withCredits } from './credits';

/** The first folded offset whose original offset is at or after `original` (folded.starts is ascending). */
function foldedIndex(folded: FoldedText, original: number): number {
  return lowerBound(folded.starts, original);
}

/**
 * The blocks of a page placed in the variant's folded story text. A story split across pages is
 * folded as its spans in reading order, so offsets may step back: a block is placed only where
 * its folded range is non-empty and ascending.
 */
function placeBlocks(blocks: readonly Block[], folded: FoldedText): ContextBlock[] {
  const placed: ContextBlock[] = [];
  for (const block of blocks) {
    const start = foldedIndex(folded, block.start);
    const end = foldedIndex(folded, block.end);
    if (
      end > start &&
      (placed.length === 0 || start >= (placed[placed.length - 1] as ContextBlock).end)
    )
      placed.push({ kind: block.kind, start, end });
  }
  return placed;
}

/**
 * The context of an aligned story: each variant's paragraph starts, its blocks when its page was
 * segmented, and the credits set inside its paragraphs.
 */
export function contextOf(
  aligned: Pick<AlignedStory, 'storyText' | 'folded'>,
  pageBlocks: ReadonlyMap<string, readonly Block[]> = new Map(),
): StoryContext {
  const blocks = new Map<string, ContextBlock[]>();
  const starts = new Map<string, readonly number[]>();
  for (const [variant, folded] of aligned.folded) {
    const page = pageBlocks.get(variant);
    // Credits set inside a paragraph ((记者 王某 摄)) are blocks of their own (credits.ts).
    blocks.set(variant, withCredits(page ? placeBlocks(page, folded) : [], creditsIn(folded.text)));
    starts.set(variant, folded.paragraphStarts);
  }
  return storyContext(aligned.storyText, blocks, starts);
}

/** Flags of the aligned sites: each decided by the rule table over the story's context. */
export function classifyAligned(
  sites: readonly AlignedSite[],
  story: StoryContext,
  language: WhyLanguage = 'en',
): Flag[] {
  const decisions = classifySites(
    sites.map((s) => ({ readings: s.context, ...(s.kind ? { kind: s.kind } : {}) })),
    story,
    language,
  );
  return sites.map((site, i) => {
    const decision = decisions[i] as (typeof decisions)[number];
    return {
      id: site.id,
      category: decision.category,
      readings: site.readings,
      majority: site.majority,
      ...(site.kind ? { kind: site.kind } : {}),
      ...(decision.numbers && decision.category === 'number' ? { numbers: decision.numbers } : {}),
      ...(site.note !== undefined ? { note: site.note } : {}),
      rule: decision.rule,
      why: decision.why,
    };
  });
}
