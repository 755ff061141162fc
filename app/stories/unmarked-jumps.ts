/**
 * Tells a story split across two files whose continuation marks were lost (OCR dropped the
 * （下转A04版） line) from two stories that different pages print: the part one page prints alone
 * ends that page, and the part another page prints alone opens it. Nothing after the first part
 * could be more of the story on its page, and nothing before the second part could be its start.
 */
import type { Block } from '../segment/block-types';
import type { PageView } from './page-view';

/** Blocks that may stand after a story's part at the foot of a page, or before one at its top. */
function isPageMatter(block: Block): boolean {
  return (
    block.kind === 'furniture' ||
    block.kind === 'caption' ||
    block.kind === 'notice' ||
    block.kind === 'note' ||
    block.kind === 'continuation'
  );
}

/**
 * True when every page in `endPages` prints its part of the earlier story (`early`) last on the
 * page, and every page in `startPages` prints its part of the later story (`late`) first (a
 * repeated headline above it allowed): the shape of one story jumping from page to page.
 */
export function jumpsUnmarked(
  views: readonly PageView[],
  endPages: readonly number[],
  early: (group: number) => boolean,
  startPages: readonly number[],
  late: (group: number) => boolean,
): boolean {
  return (
    endPages.every((v) => endsPage(views[v], early)) &&
    startPages.every((v) => opensPage(views[v], late))
  );
}

function endsPage(view: PageView | undefined, inStory: (group: number) => boolean): boolean {
  if (view === undefined) return false;
  const last = [...view.matched].reverse().find((b) => inStory(view.groups[b] as number));
  if (last === undefined) return false;
  return view.page.blocks.slice(last + 1).every(isPageMatter);
}

function opensPage(view: PageView | undefined, inStory: (group: number) => boolean): boolean {
  if (view === undefined) return false;
  const first = view.matched.find((b) => inStory(view.groups[b] as number));
  if (first === undefined) return false;
  return view.page.blocks.slice(0, first).every((b) => isPageMatter(b) || b.kind === 'title');
}
