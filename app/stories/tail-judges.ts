/**
 * Builds, per story, the judge that decides which unmatched paragraphs after the story continue
 * it (topic-words.ts): the story's vocabulary is its matched paragraphs in every variant, the
 * background is every other paragraph of the pages. The page-wide counts are made once, lazily:
 * most stories end at a dateline or a headline and never ask.
 */
import type { Block } from '../segment/block-types';
import type { PageView } from './page-view';
import type { TokenSource } from './finder-context';
import { makeTailJudge, type StoryCopy, type TailJudge } from './topic-words';
import { appendAll } from '../model/bounded';

/**
 * The page-wide token counts of a finder's pages, made once for them: they read only the pages'
 * paragraphs, not which story a group is in, and the finder asks for them twice (the judges of
 * minority-tails.ts and its own), ~0.1-0.3 s each on a day of 150 pages.
 */
const pageCountsOf = new WeakMap<readonly PageView[], Map<string, number>>();

/** Returns a function giving the judge of story `s` (created on first use of its `continuing`). */
export function makeTailJudges(
  views: readonly PageView[],
  storyOfGroup: readonly number[],
  source: TokenSource,
): (s: number) => TailJudge {
  /** Tokens of every paragraph, and how many paragraphs carry each token. */
  const counts = (): Map<string, number> => {
    let pageCounts = pageCountsOf.get(views);
    if (pageCounts !== undefined) return pageCounts;
    const texts: string[] = [];
    for (const view of views) {
      for (const block of view.page.blocks)
        if (block.kind === 'paragraph') texts.push(textOf(view, block));
    }
    pageCounts = countTokens(texts, source);
    pageCountsOf.set(views, pageCounts);
    return pageCounts;
  };
  return (s) => {
    let judge: TailJudge | null = null;
    const made = (): TailJudge => {
      if (judge === null) {
        const copies: StoryCopy[] = [];
        const own: string[] = [];
        for (const view of views) {
          const titles: string[] = [];
          const paragraphs: string[] = [];
          view.groups.forEach((g, b) => {
            if (g < 0 || storyOfGroup[g] !== s) return;
            paragraphs.push(textOf(view, view.page.blocks[b] as Block));
            if (paragraphs.length > 1) return;
            // The headline and deck just above the story's first paragraph name its topic.
            for (let k = b - 1; k >= Math.max(0, b - HEAD_REACH); k--) {
              const above = view.page.blocks[k] as Block;
              if (above.kind === 'title' || above.kind === 'subtitle')
                titles.push(textOf(view, above));
              else if (above.kind === 'paragraph') break;
            }
          });
          if (paragraphs.length > 0) copies.push({ titles, paragraphs });
          appendAll(own, paragraphs);
        }
        // The background is the pages without the story's own paragraphs.
        const ownCounts = countTokens(own, source);
        const all = counts();
        judge = makeTailJudge(
          copies,
          (token) => (all.get(token) ?? 0) - (ownCounts.get(token) ?? 0),
          source,
        );
      }
      return judge;
    };
    let paragraphsOf: Map<number, Set<string>> | null = null;
    /** The story's matched paragraphs on every page, by group. */
    const byGroup = (): Map<number, Set<string>> => {
      if (paragraphsOf !== null) return paragraphsOf;
      paragraphsOf = new Map();
      for (const view of views)
        view.groups.forEach((g, b) => {
          if (g < 0 || storyOfGroup[g] !== s) return;
          const texts = paragraphsOf?.get(g) ?? new Set<string>();
          texts.add(textOf(view, view.page.blocks[b] as Block));
          paragraphsOf?.set(g, texts);
        });
      return paragraphsOf;
    };
    return {
      continuing: (paragraphs, copies) => made().continuing(paragraphs, copies),
      echoes: (paragraph) => made().echoes?.(paragraph) === true,
      mentions: (text) => made().mentions?.(text) !== false,
      namesText: (text) => made().namesText?.(text) !== false,
      rewords: (paragraph, present) => rewordsAny(paragraph, present, byGroup(), source),
    };
  };
}

/**
 * Share of a paragraph's tokens (Han bigrams, Latin words) that a rewording keeps of the text it
 * rewrites: 颁奖结束后已是深夜十一点 for 颁奖结束时已是深夜11点 keeps about two in five; two unrelated
 * paragraphs share a few everyday words (今年, 记者), under one in ten.
 */
const REWORD_SHARE = 0.3;

/** Fewest shared tokens for a rewording: a short line sharing two words proves nothing. */
const REWORD_MIN = 5;

/** True when `paragraph` rewords one of the story's paragraphs whose group is not `present`. */
function rewordsAny(
  paragraph: string,
  present: ReadonlySet<number>,
  byGroup: ReadonlyMap<number, ReadonlySet<string>>,
  source: TokenSource,
): boolean {
  const tokens = source.tokens(paragraph);
  for (const [g, texts] of byGroup) {
    if (present.has(g)) continue;
    for (const text of texts) {
      const other = source.tokens(text);
      let shared = 0;
      for (const t of tokens) if (other.has(t)) shared += 1;
      if (shared >= REWORD_MIN && shared >= REWORD_SHARE * tokens.size) return true;
    }
  }
  return false;
}

/**
 * How many of the texts carry each token. A day's pages print most paragraphs identically on many
 * pages: each distinct text's tokens are counted once, times its copies (the same counts).
 */
function countTokens(texts: readonly string[], source: TokenSource): Map<string, number> {
  const copies = new Map<string, number>();
  for (const text of texts) copies.set(text, (copies.get(text) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [text, n] of copies)
    for (const token of source.tokens(text)) counts.set(token, (counts.get(token) ?? 0) + n);
  return counts;
}

/** Blocks looked back over for a headline: headline, deck, byline, dateline. */
const HEAD_REACH = 4;

function textOf(view: PageView, block: Block): string {
  return view.page.text.slice(block.start, block.end);
}
