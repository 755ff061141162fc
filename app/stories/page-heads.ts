/**
 * The page's own headings stacked above a story's headline, which the climb over headline, deck
 * and byline (story-extent.ts) takes in with it: the masthead at the top of the page over its
 * date line or navigation, and a section label (ENVIRONMENT, Local News, 生态) right over the
 * headline. Told by shape and by support: a heading another page prints over the story is the
 * story's, whatever its shape.
 */
import type { Block } from '../segment/block-types';
import { classifyLine, visibleLength } from '../segment/classify-line';
import { isLatinLine } from '../segment/latin-lines';
import type { PageView } from './page-view';

/** Most words of an English section label (SPORTS IN BRIEF, Local News). */
const LABEL_WORDS = 3;

/**
 * Most characters of a Chinese section label (要闻, 生态环境, 乡村振兴). A kicker over the headline
 * (关注绿色发展) says more and is the story's.
 */
const LABEL_CHARS = 4;

function textOf(view: PageView, block: Block): string {
  return view.page.text.slice(block.start, block.end).replace(/\s+/gu, ' ').trim();
}

/** Words of an English line, characters of any other. */
function size(line: string): number {
  return isLatinLine(line) ? line.split(' ').length : visibleLength(line);
}

/**
 * A section label: a heading of a few words or characters over a longer headline. In English its
 * words are capitalised (ENVIRONMENT, Local News, AROUND THE STATE): the first line of a headline
 * broken in two (Fine-free library / gets its books back) is not.
 */
function isSectionLabel(label: string, headline: string): boolean {
  if (size(headline) <= size(label)) return false;
  return isLabelShaped(label) && !(isLatinLine(label) && /^\p{Ll}/u.test(headline));
}

/**
 * True when a heading is no longer than a section label: up to four characters, or up to three
 * English words, each capitalised (ENVIRONMENT, Local News, SPORTS IN BRIEF).
 */
export function isLabelShaped(line: string): boolean {
  const label = line.replace(/\s+/gu, ' ').trim();
  // A byline (By JANE ROE) or any other line with a shape of its own is no label.
  if (classifyLine(label, undefined).kind !== 'title') return false;
  if (!isLatinLine(label)) return size(label) <= LABEL_CHARS;
  const words = label.split(' ');
  const capitalised = words.every(
    (w) => /^\p{Lu}/u.test(w) || /^(?:in|of|the|and|on|at)$/iu.test(w),
  );
  return words.length <= LABEL_WORDS && capitalised;
}

/**
 * A masthead: a heading with nothing but page furniture above it, page furniture (the date line,
 * the site's navigation) right under it, and the story's headline after that.
 */
function isMasthead(view: PageView, k: number, below: number): boolean {
  const blocks = view.page.blocks;
  for (let j = 0; j < k; j++) if (blocks[j]?.kind !== 'furniture') return false;
  return blocks[k + 1]?.kind === 'furniture' && k + 1 < below;
}

/**
 * The blocks `taken` above and at a story's start (in any order), without the page's headings
 * stacked on top of them; in reading order.
 */
export function withoutPageHeads(
  view: PageView,
  taken: readonly number[],
  sharedTitles: ReadonlySet<string>,
  /** True when a text names any word of the story's paragraphs (TailJudge.namesText). */
  mentions?: (text: string) => boolean,
): number[] {
  const order = [...taken].sort((a, b) => a - b);
  const blocks = view.page.blocks;
  const shared = (k: number): boolean =>
    sharedTitles.has(view.context.normalize(textOf(view, blocks[k] as Block)));
  let top = 0;
  while (top < order.length - 1) {
    const k = order[top] as number;
    const below = order[top + 1] as number;
    const block = blocks[k] as Block;
    const next = blocks[below] as Block;
    if (block.kind !== 'title' || next.kind !== 'title') break;
    const text = textOf(view, block);
    if (shared(k)) break;
    if (
      !isMasthead(view, k, below) &&
      !isSectionLabel(text, textOf(view, next)) &&
      !isOwnLineOverSharedHeadline(text, order.slice(top + 1), blocks, shared, mentions)
    )
      break;
    top += 1;
  }
  return order.slice(top);
}

/** Fewest space-set fields of a page's line over a headline (a headline has one or two parts). */
const FIELDS = 3;

/**
 * A headline-shaped line of this page alone, stacked over the headline other pages print over
 * the story, set in fields (three or more parts apart by spaces: a weather line 天气 今天 晴 -9℃～4℃,
 * a masthead's extra line 统一刊号 CN… 今日8版) and naming nothing of the story: the page's, not
 * the story's. A kicker (关注绿色发展) is one phrase, and the story's even when it names none of
 * the story's words.
 */
function isOwnLineOverSharedHeadline(
  text: string,
  below: readonly number[],
  blocks: readonly Block[],
  shared: (k: number) => boolean,
  mentions: ((text: string) => boolean) | undefined,
): boolean {
  if (text.split(/[ \u3000]+/u).length < FIELDS || mentions === undefined || mentions(text))
    return false;
  for (const k of below) {
    if ((blocks[k] as Block).kind !== 'title') return false;
    if (shared(k)) return true;
  }
  return false;
}
