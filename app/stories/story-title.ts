/**
 * Turns a story's blocks in one variant into spans, and picks the story's headline: the title
 * most variants print, else the first variant's.
 */
import type { Span } from '../model/types';
import type { SegmentedPage } from '../segment/block-types';
import { normalizeForMatching } from './normalize';

/**
 * Spans of the chosen blocks (indices in order): consecutive blocks make one span, so a span ends
 * wherever a block that does not belong (a caption, a notice, another story) lies between.
 */
export function blocksToSpans(
  page: SegmentedPage,
  blocks: readonly number[],
  variant: string,
): Span[] {
  const spans: Span[] = [];
  let startBlock = -1;
  let lastBlock = -1;
  const flush = (): void => {
    if (startBlock < 0) return;
    const start = page.blocks[startBlock]?.start ?? 0;
    const end = page.blocks[lastBlock]?.end ?? start;
    spans.push({ variant, start, end });
  };
  for (const b of blocks) {
    if (startBlock >= 0 && b === lastBlock + 1) {
      lastBlock = b;
      continue;
    }
    flush();
    startBlock = b;
    lastBlock = b;
  }
  flush();
  return spans;
}

/** The first headline among the story's blocks before its first paragraph, or null. */
export function titleOfBlocks(page: SegmentedPage, blocks: readonly number[]): string | null {
  for (const b of blocks) {
    const block = page.blocks[b];
    if (block === undefined || block.kind === 'paragraph') return null;
    if (block.kind === 'title')
      return page.text.slice(block.start, block.end).replace(/\s+/gu, ' ').trim();
  }
  return null;
}

/** The headline most variants print (compared after normalisation); ties go to the earlier variant. */
export function chooseTitle(titles: readonly (string | null)[]): string | null {
  const counts = new Map<string, { count: number; text: string; first: number }>();
  titles.forEach((title, i) => {
    if (title === null || title.length === 0) return;
    const key = normalizeForMatching(title);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { count: 1, text: title, first: i });
  });
  let best: { count: number; text: string; first: number } | null = null;
  for (const entry of counts.values()) {
    if (
      best === null ||
      entry.count > best.count ||
      (entry.count === best.count && entry.first < best.first)
    )
      best = entry;
  }
  return best?.text ?? null;
}
