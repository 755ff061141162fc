/**
 * Finds short paragraphs that repeat a sentence of a paragraph near them on the same page: a pull
 * quote set in large type inside a story, a photo caption without a credit that repeats the
 * story's opening sentence. They are the page's display text, not more of the story, and would
 * otherwise be matched with the paragraph they repeat and taken into the story twice.
 */
import type { Block, SegmentedPage } from '../segment/block-types';
import type { FinderContext } from './finder-context';

/**
 * A repeat is at least this long (normalised characters): shorter paragraphs (你好。) repeat
 * by chance; and at most this long: a pull quote is a sentence or two, not a paragraph.
 */
const MIN_REPEAT = 12;
const MAX_REPEAT = 200;

/** Blocks either side searched for the paragraph repeated: a pull quote sits within a few paragraphs of its source. */
const REACH = 6;

/** Returns the pages with such repeats made notes (pages without any are returned as they are). */
export function markRepeatedPassages(
  pages: readonly SegmentedPage[],
  context: FinderContext,
): SegmentedPage[] {
  return pages.map((page) => {
    const norms = page.blocks.map((b) =>
      b.kind === 'paragraph' ? context.normalize(page.text.slice(b.start, b.end)) : '',
    );
    let blocks: Block[] | null = null;
    page.blocks.forEach((block, k) => {
      const own = norms[k] ?? '';
      if (own.length < MIN_REPEAT || own.length > MAX_REPEAT) return;
      for (let j = Math.max(0, k - REACH); j <= Math.min(page.blocks.length - 1, k + REACH); j++) {
        const other = norms[j] ?? '';
        if (j === k || other.length <= own.length || !other.includes(own)) continue;
        blocks ??= [...page.blocks];
        blocks[k] = { kind: 'note', start: block.start, end: block.end };
        return;
      }
    });
    return blocks === null ? page : { text: page.text, blocks };
  });
}
