/**
 * Finds the stories that several variants share. Each page is segmented into blocks, paragraphs
 * are matched across pages by shingle containment, matched paragraphs are chained into stories,
 * and each story is located in every variant as spans that take in its headline, byline and
 * datelines and leave out captions, notices and other stories' paragraphs.
 */
import type { Span, UniqueStory, VariantText } from '../model/types';
import type { SegmentedPage } from '../segment/block-types';
import { segmentPage } from '../segment/segment-page';
import { linkGroups } from './link-groups';
import { matchBlocks } from './match-blocks';
import { makePageView, type PageView } from './page-view';
import { storyBlocks } from './story-extent';
import { blocksToSpans, chooseTitle, titleOfBlocks } from './story-title';
import { findUniqueStories } from './unique-stories';

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
  const pages = variants.map((v) => segmentPage(v.text));
  return findStoriesInPages(variants, pages);
}

/** As findStories, for pages already segmented (the bench times both steps separately). */
export function findStoriesInPages(variants: readonly VariantText[], pages: readonly SegmentedPage[]): StoryFinding {
  const matching = matchBlocks(pages);
  const views: PageView[] = pages.map((page, v) => makePageView(page, matching.groupOfBlock[v] ?? []));
  const storyOfGroup = linkGroups(views, matching.groupCount);
  const storyCount = storyOfGroup.reduce((max, s) => Math.max(max, s + 1), 0);

  interface Draft {
    readonly perVariant: (readonly number[])[];
    readonly order: readonly [number, number];
  }
  const drafts: Draft[] = [];
  for (let s = 0; s < storyCount; s++) {
    const inStory = (g: number): boolean => g >= 0 && storyOfGroup[g] === s;
    const perVariant = views.map((view) => storyBlocks(view, inStory));
    const first = perVariant.findIndex((blocks) => blocks.length > 0);
    if (first < 0) continue;
    const firstBlock = pages[first]?.blocks[perVariant[first]?.[0] ?? 0];
    drafts.push({ perVariant, order: [first, firstBlock?.start ?? 0] });
  }
  drafts.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);

  const covered: Set<number>[] = pages.map(() => new Set<number>());
  const shared: StoryLocation[] = drafts.map((draft, n) => {
    const spans: Span[] = [];
    const missing: string[] = [];
    const titles: (string | null)[] = [];
    draft.perVariant.forEach((blocks, v) => {
      const variant = variants[v] as VariantText;
      const page = pages[v] as SegmentedPage;
      if (blocks.length === 0) {
        missing.push(variant.id);
        titles.push(null);
        return;
      }
      for (const b of blocks) covered[v]?.add(b);
      spans.push(...blocksToSpans(page, blocks, variant.id));
      titles.push(titleOfBlocks(page, blocks));
    });
    const fallback = firstParagraphStart(pages, draft.perVariant);
    return { id: `s${n + 1}`, title: chooseTitle(titles) ?? fallback, spans, missing };
  });

  const unique = findUniqueStories(variants, pages, covered);
  return { shared, unique };
}

/** The start of the story's first paragraph, for a story printed without a headline. */
function firstParagraphStart(pages: readonly SegmentedPage[], perVariant: readonly (readonly number[])[]): string {
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
  const clause = text.split(/[。！？!?，,；;]/u)[0] ?? text;
  return clause.replace(/\s+/gu, ' ').trim().slice(0, 30);
}
