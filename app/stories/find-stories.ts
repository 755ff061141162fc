/**
 * Finds the stories that several variants share. Each page is segmented into blocks, paragraphs
 * are matched across pages by shingle containment, matched paragraphs are chained into stories,
 * and each story is located in every variant as spans that take in its headline, byline and
 * datelines and leave out captions, notices and other stories' paragraphs.
 */
import type { Span, UniqueStory, VariantText } from '../model/types';
import type { SegmentedPage } from '../segment/block-types';
import { segmentPage } from '../segment/segment-page';
import type { LineShapes } from '../segment/read-lines';
import { linkGroups } from './link-groups';
import { matchBlocks, MIN_UNIT_CHARS } from './match-blocks';
import { makeFinderContext } from './finder-context';
import { makePageView, type PageView } from './page-view';
import { storyExtent, titlesOnSeveralPages } from './story-extent';
import { blocksToSpans, chooseTitle, titleOfBlocks } from './story-title';
import { attachContinuedParts } from './continuations';
import { markForeignRuns } from './foreign-runs';
import { splitUncovered, toUniqueStories } from './unique-stories';
import { detachMinorityTails } from './minority-tails';
import { makeTailJudges } from './tail-judges';
import { cutTailCopies, endingsShared } from './cut-tails';
import { splitInterleavedLines } from './interleaved-lines';
import { markRepeatedPassages } from './repeated-passages';
import { markSetInBoxes } from './set-in-boxes';
import { shortTextStory } from './short-texts';
import { appendAll } from '../model/bounded';
import { CLAUSE_END } from '../lexicon/characters';

/** A story located in the variants, not yet aligned. */
export interface StoryLocation {
  readonly id: string;
  readonly title: string;
  /** Ranges per variant in reading order; several for one variant when the story is split. */
  readonly spans: readonly Span[];
  /** Variants that do not carry the story. */
  readonly missing: readonly string[];
}

/** What the finder returns: stories shared by two or more variants, and those found in one only. */
export interface StoryFinding {
  readonly shared: readonly StoryLocation[];
  readonly unique: readonly UniqueStory[];
}

/** Locates the shared stories of the variants, and the stories only one variant carries. */
export function findStories(variants: readonly VariantText[]): StoryFinding {
  const known: LineShapes = new Map();
  const pages = variants.map((v) => segmentPage(v.text, known));
  return findStoriesInPages(variants, pages);
}

/** As findStories, for pages already segmented (the bench times both steps separately). */
export function findStoriesInPages(
  variants: readonly VariantText[],
  segmented: readonly SegmentedPage[],
): StoryFinding {
  const context = makeFinderContext();
  const read = splitInterleavedLines(markRepeatedPassages(segmented, context), context);
  const matching = matchBlocks(read, context);
  const { pages, groupOfBlock } = markSetInBoxes(read, matching.groupOfBlock);
  const views: PageView[] = markForeignRuns(
    pages.map((page, v) => makePageView(page, groupOfBlock[v] ?? [], context)),
  );
  const storyOfGroup = detachMinorityTails(views, linkGroups(views, matching.groupCount), context);
  const storyCount = storyOfGroup.reduce((max, s) => Math.max(max, s + 1), 0);
  const judgeOf = makeTailJudges(views, storyOfGroup, context);
  const sharedTitles = titlesOnSeveralPages(pages, context);

  interface Draft {
    readonly perVariant: (readonly number[])[];
    readonly order: readonly [number, number];
  }
  const drafts: Draft[] = [];
  for (let s = 0; s < storyCount; s++) {
    const inStory = (g: number): boolean => g >= 0 && storyOfGroup[g] === s;
    const judge = judgeOf(s);
    const cut = cutTailCopies(views, inStory);
    const endsAlike = endingsShared(views, inStory);
    const extents = views.map((view, v) =>
      storyExtent(view, inStory, judge, cut[v], sharedTitles, endsAlike[v]),
    );
    // An ending that every copy prints differently is no copy's ending of the shared story: the
    // papers follow it with different pieces on the same subject. (A tail one reprint cut is
    // printed by the others, so some copy ends without a topical tail.)
    const carriers = extents.filter((e) => e.blocks.length > 0);
    const unsharedEndings = carriers.length >= 2 && carriers.every((e) => e.topicalTail.length > 0);
    const perVariant = extents.map((e) =>
      unsharedEndings ? e.blocks.filter((b) => !e.topicalTail.includes(b)) : e.blocks,
    );
    const first = perVariant.findIndex((blocks) => blocks.length > 0);
    if (first < 0) continue;
    const groups = storyOfGroup.filter((story) => story === s).length;
    if (
      groups === 1 &&
      !announced(views, storyOfGroup, s) &&
      isQuotedPassage(pages, views, storyOfGroup, s)
    )
      continue;
    const firstBlock = pages[first]?.blocks[perVariant[first]?.[0] ?? 0];
    drafts.push({ perVariant, order: [first, firstBlock?.start ?? 0] });
  }
  drafts.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);

  // Each block belongs to one story: an earlier story's headline or dateline stays its own.
  const covered: Set<number>[] = pages.map(() => new Set<number>());
  const finals: number[][][] = drafts.map((draft) =>
    draft.perVariant.map((claimed, v) => {
      const blocks = claimed.filter((b) => !covered[v]?.has(b));
      for (const b of blocks) covered[v]?.add(b);
      return blocks;
    }),
  );
  const leftovers = attachContinuedParts(pages, finals, splitUncovered(pages, covered, context));

  const shared = toSharedStories(variants, pages, finals);

  const unique = toUniqueStories(variants, pages, leftovers);
  if (shared.length === 0) return shortTexts(variants, unique) ?? { shared, unique };
  if (shared.length === 1 && (shared[0]?.missing.length ?? 0) > 0) {
    // Two papers print a short text alike, a third leaves out a sentence too short for shingles.
    const short = shortTexts(variants, unique);
    const fewerMissing = short?.shared[0]?.missing.length ?? Infinity;
    if (short !== undefined && fewerMissing < (shared[0]?.missing.length ?? 0)) return short;
  }
  return { shared, unique };
}

/** The shared stories, one per final claim: spans per carrier, the pages that miss it, a title. */
function toSharedStories(
  variants: readonly VariantText[],
  pages: readonly SegmentedPage[],
  finals: readonly (readonly number[])[][],
): StoryLocation[] {
  return finals.map((perVariant, n) => {
    const spans: Span[] = [];
    const missing: string[] = [];
    const titles: (string | null)[] = [];
    perVariant.forEach((blocks, v) => {
      const variant = variants[v] as VariantText;
      const page = pages[v] as SegmentedPage;
      if (blocks.length === 0) {
        missing.push(variant.id);
        titles.push(null);
        return;
      }
      appendAll(spans, blocksToSpans(page, blocks, variant.id));
      titles.push(titleOfBlocks(page, blocks));
    });
    const fallback = firstParagraphStart(pages, perVariant);
    return { id: `s${n + 1}`, title: chooseTitle(titles) ?? fallback, spans, missing };
  });
}

/**
 * Inputs of a sentence or two that the shingle matcher cannot link (short-texts.ts): the variants
 * that clearly print one sentence are one story over the whole of each, and none of them keeps a
 * unique story of its own.
 */
function shortTexts(
  variants: readonly VariantText[],
  unique: readonly UniqueStory[],
): StoryFinding | undefined {
  const story = shortTextStory(variants);
  const first = story?.spans[0];
  if (story === undefined || first === undefined) return undefined;
  const ids = new Set(story.members.map((i) => variants[i]?.id));
  const text = variants[story.members[0] ?? 0]?.text.slice(first.start, first.end) ?? '';
  return {
    shared: [
      {
        id: 's1',
        title: titleFromText(text),
        spans: story.spans,
        missing: variants.filter((v) => !ids.has(v.id)).map((v) => v.id),
      },
    ],
    unique: unique.filter((u) => !u.spans.some((s) => ids.has(s.variant))),
  };
}

/**
 * True when some variant prints the story's paragraph right under a headline, byline or dateline,
 * or opens it with a dateline. A single shared paragraph with none of these is more likely a
 * passage two stories both quote (a statement, a slogan) than a story of its own.
 */
function announced(
  views: readonly PageView[],
  storyOfGroup: readonly number[],
  s: number,
): boolean {
  return views.some((view) =>
    view.groups.some((g, b) => {
      if (g < 0 || storyOfGroup[g] !== s) return false;
      const blocks = view.page.blocks;
      if (blocks[b]?.opensStory === true) return true;
      let k = b - 1;
      while (k >= 0 && (blocks[k]?.kind === 'caption' || blocks[k]?.kind === 'note')) k--;
      const before = blocks[k];
      return (
        before !== undefined &&
        (before.kind === 'title' ||
          before.kind === 'subtitle' ||
          before.kind === 'byline' ||
          before.kind === 'dateline')
      );
    }),
  );
}

/**
 * Shared passages shorter than this (normalised characters, in the variant that prints least of
 * them) are quotations; a story with a single paragraph and no headline is longer than a quote.
 */
const QUOTE_MAX_CHARS = 100;

/**
 * True when the story's only shared paragraph reads like a quotation inside other stories: short
 * in some variant, and in every variant set among paragraphs that no other page shares.
 */
function isQuotedPassage(
  pages: readonly SegmentedPage[],
  views: readonly PageView[],
  storyOfGroup: readonly number[],
  s: number,
): boolean {
  let least = Infinity;
  let embedded = true;
  views.forEach((view, v) => {
    let chars = 0;
    view.groups.forEach((g, b) => {
      const block = pages[v]?.blocks[b];
      if (g < 0 || storyOfGroup[g] !== s || block === undefined) return;
      chars += view.context.normalize(view.page.text.slice(block.start, block.end)).length;
      const around = [pages[v]?.blocks[b - 1], pages[v]?.blocks[b + 1]];
      // Neighbours that could have matched and did not: other text of the page's own.
      const neighbours = around.filter(
        (x, i) =>
          x?.kind === 'paragraph' &&
          view.groups[b + (i === 0 ? -1 : 1)] === -1 &&
          view.context.normalize(view.page.text.slice(x.start, x.end)).length >= MIN_UNIT_CHARS,
      );
      if (neighbours.length === 0) embedded = false;
    });
    if (chars > 0) least = Math.min(least, chars);
  });
  return embedded && least < QUOTE_MAX_CHARS;
}

/** The start of the story's first paragraph, for a story printed without a headline. */
function firstParagraphStart(
  pages: readonly SegmentedPage[],
  perVariant: readonly (readonly number[])[],
): string {
  const v = perVariant.findIndex((blocks) => blocks.length > 0);
  const page = pages[v];
  if (page === undefined) return '';
  for (const b of perVariant[v] ?? []) {
    const block = page.blocks[b];
    if (block?.kind === 'paragraph') return titleFromText(page.text.slice(block.start, block.end));
  }
  return '';
}

/** The first clause of a paragraph, at most 30 characters: a stand-in headline. */
export function titleFromText(text: string): string {
  const clause = text.split(CLAUSE_END)[0] ?? text;
  return clause.replace(/\s+/gu, ' ').trim().slice(0, 30);
}
