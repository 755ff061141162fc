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
import type { TokenSource } from './finder-context';
import { isClosingMark, isOpeningMark, type PageView } from './page-view';
import { keyWeight, MIN_SHARED_KEYS, occurrences, sharedTopicTokens } from './topic-words';
import { maxOf } from '../model/bounded';

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
export function headlineBetween(
  view: PageView,
  i: number,
  j: number,
  apart: ReadonlySet<string>,
): number {
  const { blocks, text } = view.page;
  for (let k = i + 1; k < j; k++) {
    const block = blocks[k] as Block;
    if (block.kind !== 'title' || block.level === 1) continue;
    if (
      standsApart(view, k) ||
      apart.has(view.context.normalize(text.slice(block.start, block.end)))
    )
      return k;
  }
  return -1;
}

/** The normalised text of every bare headline of the pages that stands apart (see headlineBetween). */
export function setApartTitles(views: readonly PageView[]): Set<string> {
  const out = new Set<string>();
  for (const view of views) {
    view.page.blocks.forEach((block, k) => {
      if (block.kind === 'title' && block.level !== 1 && standsApart(view, k))
        out.add(view.context.normalize(view.page.text.slice(block.start, block.end)));
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
  return (
    BLANK_LINE.test(text.slice(before.end, block.start)) &&
    BLANK_LINE.test(text.slice(block.end, after.start))
  );
}

/** Two line breaks with only white space between them. */
const BLANK_LINE = /\n[^\S\n]*\r?\n/u;

/**
 * True when the text under the bare headline `headline` does not go on with the story above it.
 * Every word counts, however common on the pages: a long story's own later sections would
 * otherwise make its vocabulary look common (the lead sample story repeats 社会工作 throughout).
 * The text under it is compared with the section just above (up to the subhead over it) and, when
 * that names too little, with the whole story above back to its opening (headline, dateline lead,
 * every section), which the first paragraph under the headline must name: a wire story's sections
 * under short subheads may each keep to their own vocabulary and still name the story's subject.
 * A numbered subhead (（二）, 三、) never starts another story.
 */
export function headlineChangesTopic(view: PageView, headline: number): boolean {
  const blocks = view.page.blocks;
  if (ORDINAL_SUBHEAD.test(textOf(view, blocks[headline] as Block).trim())) return false;
  const section = sectionAbove(view, headline);
  const after: string[] = [];
  for (let k = headline + 1; k < blocks.length && after.length < AFTER_PARAGRAPHS; k++) {
    const block = blocks[k] as Block;
    if (block.kind === 'caption' || block.kind === 'note' || block.otherColumn === true) continue;
    if (block.kind !== 'paragraph') break;
    after.push(textOf(view, block));
  }
  if (section.paragraphs.length === 0 || after.length === 0) return false;
  after[0] = `${textOf(view, blocks[headline] as Block)}\n${after[0] ?? ''}`;
  if (storyWords(after, section, view.context) >= MIN_SHARED_KEYS) return false;
  // Against the whole story, the first paragraph under the headline must name it: a later
  // section names its story at once (记者在三号线各站看到…), another story of the same town may
  // mention it in passing further down (…乘坐地铁三号线在文化中心站下车即到).
  const story = storyAbove(view, headline);
  return (
    story === undefined || storyWords(after.slice(0, 1), story, view.context) < MIN_SHARED_KEYS
  );
}

/**
 * A subhead numbered as a section of a longer text: （二）, (3), 三、, 2. , 第二, . A story's
 * headline does not open with a number of its own.
 */
const ORDINAL_SUBHEAD =
  /^(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、．]|\d{1,2}\.\s|第[一二三四五六七八九十]{1,3}(?:[、，,：:\s]|部分))/u;

/** Headlines and paragraphs of some stretch of a story. */
interface StoryText {
  readonly titles: readonly string[];
  readonly paragraphs: readonly string[];
  /** The story's own headline and deck, over its opening, when the stretch reaches back to it. */
  readonly headline?: readonly string[];
}

/**
 * How many of the story's key words one of `after` names at most: its headlines' words and those
 * its paragraphs use twice (topic-words.ts), counted as separate words; one bigram may sit inside
 * another word (十年 in 三十年). Numerals (二十, 三千) are no topic: any two stories have some.
 */
function storyWords(after: readonly string[], story: StoryText, source: TokenSource): number {
  const keys = new Set(story.titles.flatMap((t) => [...source.tokens(t)]));
  for (const [token, n] of occurrences(story.paragraphs, source)) if (n >= 2) keys.add(token);
  for (const token of keys) if (NUMERAL.test(token)) keys.delete(token);
  // A word of three characters or more from the story's headline names the story by itself
  // (三号线 under 江州地铁三号线开通运营), as it does for the tails of stories (topic-words.ts).
  const named = new Set((story.headline ?? []).flatMap((t) => [...source.tokens(t)]));
  const words = (text: string): number =>
    keyWeight(
      sharedTopicTokens(source.tokens(text), keys, () => 0, 1),
      named,
    );
  return maxOf(after.map(words));
}

/** A token made of Chinese numerals only. */
const NUMERAL = /^[一二三四五六七八九十百千万亿两零〇]+$/u;

/** Blocks never read as the story's text. */
function isAside(block: Block): boolean {
  return (
    block.otherColumn === true ||
    block.kind === 'caption' ||
    block.kind === 'note' ||
    block.kind === 'notice' ||
    block.kind === 'furniture'
  );
}

/** The section of the story just above the headline: back to the headline or subhead over it. */
function sectionAbove(view: PageView, headline: number): StoryText {
  const blocks = view.page.blocks;
  const titles: string[] = [];
  const paragraphs: string[] = [];
  for (let k = headline - 1; k >= 0 && paragraphs.length < BEFORE_PARAGRAPHS; k--) {
    const block = blocks[k] as Block;
    if (isAside(block)) continue;
    if (block.kind === 'paragraph') paragraphs.unshift(textOf(view, block));
    else if (block.kind === 'title' || block.kind === 'subtitle')
      titles.unshift(textOf(view, block));
    if (isClosingMark(block) || block.kind === 'continuation') break;
    // The section ends upwards at the headline or subhead above it (a story's earlier sections
    // would do, but the walk cannot tell them from the story before, whose words would make any
    // text look continued), or where a story opens; the headline and deck over an opening are its.
    if ((block.kind === 'title' && paragraphs.length > 0) || block.opensStory === true) break;
    if (isOpeningMark(block) && block.kind !== 'paragraph') {
      titlesAbove(view, k, titles);
      break;
    }
  }
  return { titles, paragraphs };
}

/**
 * Paragraphs read back for the whole story above: a long wire story's sections up to its lead.
 * Beyond this the walk has most likely left the story.
 */
const STORY_PARAGRAPHS = 40;

/**
 * The whole story above the headline, back to where it opens (a dateline lead, a byline or
 * dateline, a top-level headline) with the headline over the opening; undefined when no opening
 * is reached before a closing dateline, a continuation mark or the page's top: the text above is
 * then not known to be one story, and the words of several would make any text look continued.
 */
function storyAbove(view: PageView, headline: number): StoryText | undefined {
  const blocks = view.page.blocks;
  const titles: string[] = [];
  const paragraphs: string[] = [];
  for (let k = headline - 1; k >= 0 && paragraphs.length < STORY_PARAGRAPHS; k--) {
    const block = blocks[k] as Block;
    if (isAside(block)) continue;
    if (isClosingMark(block) || block.kind === 'continuation') return undefined;
    if (block.kind === 'paragraph') paragraphs.unshift(textOf(view, block));
    else if (block.kind === 'title' || block.kind === 'subtitle')
      titles.unshift(textOf(view, block));
    if (isOpeningMark(block)) {
      const headline: string[] = [];
      titlesAbove(view, k, headline);
      if (block.kind === 'title' || block.kind === 'subtitle') headline.push(titles.shift() ?? '');
      return { titles: [...headline, ...titles], paragraphs, headline };
    }
    // A bare headline above that itself changes the topic opens the story above (three stories
    // under bare headlines: the first's words must not make the third look like the second's).
    if (block.kind === 'title' && paragraphs.length > 0 && changesTopic(view, k))
      return { titles, paragraphs };
  }
  return undefined;
}

/** Verdicts of headlineChangesTopic per page and headline: a walk back asks about every headline it passes. */
const verdicts = new WeakMap<PageView, Map<number, boolean>>();

/** headlineChangesTopic, remembered per page. */
function changesTopic(view: PageView, headline: number): boolean {
  let known = verdicts.get(view);
  if (known === undefined) {
    known = new Map();
    verdicts.set(view, known);
  }
  const seen = known.get(headline);
  if (seen !== undefined) return seen;
  const verdict = headlineChangesTopic(view, headline);
  known.set(headline, verdict);
  return verdict;
}

/** Adds the headlines and decks right above block k (the opening of a story) to `titles`. */
function titlesAbove(view: PageView, k: number, titles: string[]): void {
  const blocks = view.page.blocks;
  for (
    let t = k - 1;
    t >= 0 && (blocks[t]?.kind === 'title' || blocks[t]?.kind === 'subtitle');
    t--
  )
    titles.unshift(textOf(view, blocks[t] as Block));
}

function textOf(view: PageView, block: Block): string {
  return view.page.text.slice(block.start, block.end);
}
