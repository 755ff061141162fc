/**
 * One variant's page as the story finder sees it: its blocks, the matched group of each block,
 * and the questions asked between two consecutive matched blocks — does a story end after the
 * first, does one start at the second.
 */
import type { Block, SegmentedPage } from '../segment/block-types';
import type { FinderContext } from './finder-context';

/** A segmented page with the group (shared paragraph) of every block, -1 when unmatched. */
export interface PageView {
  readonly page: SegmentedPage;
  readonly groups: readonly number[];
  /** Indices of the matched blocks, in reading order. */
  readonly matched: readonly number[];
  /**
   * Matched blocks after which this page prints foreign text that the other pages do not have
   * between the same two paragraphs (interleaved columns, a boxed sidebar): see foreign-runs.ts.
   */
  readonly foreignAfter?: ReadonlySet<number>;
  /** The finder run's memory of texts (normalised letters, topic tokens), shared by all views. */
  readonly context: FinderContext;
}

/** Builds the view of one page. */
export function makePageView(
  page: SegmentedPage,
  groups: readonly number[],
  context: FinderContext,
): PageView {
  const matched: number[] = [];
  groups.forEach((g, i) => {
    if (g >= 0) matched.push(i);
  });
  return { page, groups, matched, context };
}

/** A block that announces a new story: a top-level heading, a deck, a byline, an opening dateline. */
export function isOpeningMark(block: Block): boolean {
  switch (block.kind) {
    case 'title':
      return block.level === 1;
    case 'subtitle':
    case 'byline':
      return true;
    case 'dateline':
      return block.closesStory !== true;
    case 'paragraph':
      return block.opensStory === true;
    default:
      return false;
  }
}

/** A dateline that closes the story above it. */
export function isClosingMark(block: Block): boolean {
  return block.kind === 'dateline' && block.closesStory === true;
}

/**
 * True when the story of block `i` ends before block `next` (the next matched block, or the end
 * of the page): a closing dateline follows before any 转第N版 mark (which says the story jumps and
 * goes on elsewhere).
 */
export function endsAfter(view: PageView, i: number, next: number): boolean {
  const blocks = view.page.blocks;
  for (let k = i + 1; k < next; k++) {
    const b = blocks[k] as Block;
    if (otherColumn(blocks[i], b)) continue;
    if (b.kind === 'continuation') return false;
    if (isClosingMark(b)) return true;
  }
  return false;
}

/**
 * True when a story starts at block `j`, looking back to block `prev` (the previous matched block,
 * or -1): `j` opens with a dateline, or an opening mark or a closing dateline stands between
 * them after the last 上接 mark (a 上接 mark says the story comes back, it does not start).
 */
export function startsAt(view: PageView, j: number, prev: number): boolean {
  const blocks = view.page.blocks;
  if ((blocks[j] as Block).opensStory === true && !introUnderHeadline(view, j, prev)) return true;
  for (let k = j - 1; k > prev; k--) {
    const b = blocks[k] as Block;
    if (otherColumn(blocks[j], b)) continue;
    if (b.kind === 'continuation') return b.direction === 'to';
    if (isOpeningMark(b) || isClosingMark(b)) return true;
  }
  return false;
}

/**
 * True when block `prev` is one paragraph set right under a headline and right above block `j`,
 * and does not open a story itself: a reprint that moved a paragraph above the story's dateline
 * lead (a headline, 村里新修的水渠…, then 新华社某地某日电…). The dateline does not
 * open another story there: a story under a headline of one paragraph, followed by a story with no
 * headline, is no page's layout.
 */
function introUnderHeadline(view: PageView, j: number, prev: number): boolean {
  const blocks = view.page.blocks;
  const before = blocks[prev];
  if (prev < 0 || prev + 1 !== j || before?.kind !== 'paragraph' || before.opensStory === true)
    return false;
  for (let k = prev - 1; k >= 0; k--) {
    const b = blocks[k] as Block;
    if (b.kind === 'caption' || b.kind === 'note' || b.kind === 'furniture') continue;
    return b.kind === 'title' || b.kind === 'subtitle';
  }
  return false;
}

/** True when a continuation mark stands between blocks i and j. */
export function hasContinuationBetween(view: PageView, i: number, j: number): boolean {
  const blocks = view.page.blocks;
  for (let k = i + 1; k < j; k++)
    if (blocks[k]?.kind === 'continuation' && !otherColumn(blocks[i], blocks[k] as Block))
      return true;
  return false;
}

/**
 * True when `block` is a line of another column of an interleaved run than `from` (Block.column):
 * its marks (a closing dateline, a byline) belong to the other column's story.
 */
function otherColumn(from: Block | undefined, block: Block): boolean {
  return from?.column !== undefined && block.column !== undefined && block.column !== from.column;
}

/** The number of unmatched paragraphs between blocks i and j. */
export function unmatchedParagraphsBetween(view: PageView, i: number, j: number): number {
  let n = 0;
  for (let k = i + 1; k < j; k++) {
    const block = view.page.blocks[k];
    if (block?.kind === 'paragraph' && block.otherColumn !== true && view.groups[k] === -1) n++;
  }
  return n;
}

/** The matched block before and after position `k` in `view.matched` order (-1 / block count at the ends). */
export function neighbours(view: PageView, matchedIndex: number): { prev: number; next: number } {
  const prev = matchedIndex > 0 ? (view.matched[matchedIndex - 1] as number) : -1;
  const next =
    matchedIndex + 1 < view.matched.length
      ? (view.matched[matchedIndex + 1] as number)
      : view.page.blocks.length;
  return { prev, next };
}

/**
 * The most unmatched paragraphs allowed between two paragraphs of one story. An abridged reprint
 * can drop a run of paragraphs (one sample drops seven in a row); more than ten unknown
 * paragraphs between two shared ones is more likely another story.
 */
export const MAX_GAP_PARAGRAPHS = 10;

/**
 * True when the text runs on from matched block i to matched block j (i < j) as one story:
 * nothing between ends a story or starts one, no continuation mark, no long unknown gap — or
 * what stands between is foreign text other pages show is not there.
 */
export function runsOn(view: PageView, i: number, j: number): boolean {
  if (view.foreignAfter?.has(i) === true) return true;
  return (
    !endsAfter(view, i, j) &&
    !startsAt(view, j, i) &&
    !hasContinuationBetween(view, i, j) &&
    unmatchedParagraphsBetween(view, i, j) <= MAX_GAP_PARAGRAPHS
  );
}

/**
 * The position in `view.matched` of the matched block that follows the `x`-th one in its text,
 * or `view.matched.length`: the next one, but for a printed line of an interleaved run
 * (Block.column) the next line of the same column, skipping the other columns' lines; after a
 * column's last line, the first matched block past the run.
 */
export function nextInText(view: PageView, x: number): number {
  return stepInText(view, x, 1);
}

/** As nextInText, backwards: the position of the matched block before, or -1. */
export function previousInText(view: PageView, x: number): number {
  return stepInText(view, x, -1);
}

function stepInText(view: PageView, x: number, step: 1 | -1): number {
  const blocks = view.page.blocks;
  const column = blocks[view.matched[x] as number]?.column;
  let y = x + step;
  if (column !== undefined) {
    while (y >= 0 && y < view.matched.length) {
      const other = blocks[view.matched[y] as number]?.column;
      if (other === undefined || other === column) break;
      y += step;
    }
  }
  return step > 0 ? Math.min(y, view.matched.length) : Math.max(y, -1);
}
