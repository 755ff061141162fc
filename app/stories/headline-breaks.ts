/**
 * Tells whether a bare headline between two shared paragraphs ends one story and starts
 * another. A page may print a second story under a headline alone (no byline, no dateline, and
 * no closing dateline after the first), so nothing but the headline marks the boundary; a long
 * story's subhead looks the same. The text under the headline decides: a subhead's section goes
 * on with the story's people, places and things (topic-words.ts), another story does not. The
 * evidence of the other pages is weighed in link-groups.ts: one that prints the two paragraphs
 * back to back without the headline, or prints the second story without the first.
 */
import type { Block } from '../segment/block-types';
import { normalizeForMatching } from './normalize';
import { isClosingMark, isOpeningMark, type PageView } from './page-view';
import { keyWeight, MIN_SHARED_KEYS, occurrences, sharedTopicTokens, topicTokens } from './topic-words';

/**
 * Paragraphs read under the headline: a subhead's section may open with a scene or a quote that
 * names little of the story; within three paragraphs it comes back to it.
 */
const AFTER_PARAGRAPHS = 3;

/** Paragraphs of the story above the headline taken as its vocabulary: enough to name its topic. */
const BEFORE_PARAGRAPHS = 12;

/**
 * The bare headline between blocks i and j (exclusive), or -1: a title that is no top-level
 * heading and stands apart, a blank line above and below it, or whose words some page prints as
 * such a headline (`apart`, from setApartTitles). A short line inside a run of lines is more
 * often a column's printed line that happens to start after a full stop.
 */
export function headlineBetween(view: PageView, i: number, j: number, apart: ReadonlySet<string>): number {
  const { blocks, text } = view.page;
  for (let k = i + 1; k < j; k++) {
    const block = blocks[k] as Block;
    if (block.kind !== 'title' || block.level === 1) continue;
    if (standsApart(view, k) || apart.has(normalizeForMatching(text.slice(block.start, block.end)))) return k;
  }
  return -1;
}

/** The normalised text of every bare headline of the pages that stands apart (see headlineBetween). */
export function setApartTitles(views: readonly PageView[]): Set<string> {
  const out = new Set<string>();
  for (const view of views) {
    view.page.blocks.forEach((block, k) => {
      if (block.kind === 'title' && block.level !== 1 && standsApart(view, k)) out.add(normalizeForMatching(view.page.text.slice(block.start, block.end)));
    });
  }
  return out;
}

/** True when block k has a blank line above and below it, and text on both sides. */
function standsApart(view: PageView, k: number): boolean {
  const { blocks, text } = view.page;
  const block = blocks[k] as Block;
  const before = blocks[k - 1];
  const after = blocks[k + 1];
  if (before === undefined || after === undefined) return false;
  return BLANK_LINE.test(text.slice(before.end, block.start)) && BLANK_LINE.test(text.slice(block.end, after.start));
}

/** Two line breaks with only white space between them. */
const BLANK_LINE = /\n[^\S\n]*\r?\n/u;

/**
 * True when the text under the bare headline `headline` does not go on with the story above it.
 * Every word counts, however common on the pages: a long story's own later sections would
 * otherwise make its vocabulary look common (the lead sample story repeats 社会工作 throughout).
 */
export function headlineChangesTopic(view: PageView, headline: number): boolean {
  const blocks = view.page.blocks;
  const titles: string[] = [];
  const paragraphs: string[] = [];
  for (let k = headline - 1; k >= 0 && paragraphs.length < BEFORE_PARAGRAPHS; k--) {
    const block = blocks[k] as Block;
    if (block.otherColumn === true || block.kind === 'caption' || block.kind === 'note' || block.kind === 'notice' || block.kind === 'furniture') continue;
    if (block.kind === 'paragraph') paragraphs.unshift(textOf(view, block));
    else if (block.kind === 'title' || block.kind === 'subtitle') titles.unshift(textOf(view, block));
    if (isClosingMark(block) || block.kind === 'continuation') break;
    // The section ends upwards at the headline or subhead above it (a story's earlier sections
    // would do, but the walk cannot tell them from the story before, whose words would make any
    // text look continued), or where a story opens; the headline and deck over an opening are its.
    if ((block.kind === 'title' && paragraphs.length > 0) || block.opensStory === true) break;
    if (isOpeningMark(block) && block.kind !== 'paragraph') {
      for (let t = k - 1; t >= 0 && (blocks[t]?.kind === 'title' || blocks[t]?.kind === 'subtitle'); t--) titles.unshift(textOf(view, blocks[t] as Block));
      break;
    }
  }
  const after: string[] = [];
  for (let k = headline + 1; k < blocks.length && after.length < AFTER_PARAGRAPHS; k++) {
    const block = blocks[k] as Block;
    if (block.kind === 'caption' || block.kind === 'note' || block.otherColumn === true) continue;
    if (block.kind !== 'paragraph') break;
    after.push(textOf(view, block));
  }
  if (paragraphs.length === 0 || after.length === 0) return false;
  after[0] = `${textOf(view, blocks[headline] as Block)}\n${after[0] ?? ''}`;
  // The story's key words: its headline's, and those it uses twice (topic-words.ts). A section
  // names two of them as separate words; one bigram may sit inside another word (十年 in 三十年).
  const keys = new Set(titles.flatMap((t) => [...topicTokens(t)]));
  for (const [token, n] of occurrences(paragraphs)) if (n >= 2) keys.add(token);
  const words = (text: string): number => keyWeight(sharedTopicTokens(topicTokens(text), keys, () => 0, 1), new Set());
  return !after.some((text) => words(text) >= MIN_SHARED_KEYS);
}

function textOf(view: PageView, block: Block): string {
  return view.page.text.slice(block.start, block.end);
}
