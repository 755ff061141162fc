/**
 * Rows of a list a story sets out under a lead-in line: 男子全程前三名： then one name and time per
 * line, "Girls basketball:" then scores. Each row is short and unpunctuated, so segmentation takes
 * it for a headline-shaped line; but a row printed tight under a lead-in (no blank line between)
 * is the list the lead-in announces, not a slogan or an advertisement's name set into the story.
 */
import type { Block, SegmentedPage } from '../segment/block-types';

/** A line ending in one of these announces what follows it. */
const LEAD_IN_ENDS: ReadonlySet<string> = new Set(['：', ':']);

/** True when `line` ends in a colon: a lead-in. */
function isLeadIn(line: string): boolean {
  return LEAD_IN_ENDS.has(line.trimEnd().slice(-1));
}

/** True when the text between two blocks holds a blank line: the page sets what follows apart. */
function hasBlankLine(between: string): boolean {
  return between
    .split('\n')
    .some((line, i, lines) => i > 0 && i < lines.length - 1 && line.trim() === '');
}

/** True when block `k` follows block `k - 1` on the next printed line, with no blank line between. */
export function tightUnder(page: SegmentedPage, k: number): boolean {
  const above = page.blocks[k - 1];
  const block = page.blocks[k];
  if (above === undefined || block === undefined) return false;
  return !hasBlankLine(page.text.slice(above.end, block.start));
}

/**
 * True when headline-shaped block `k` is a row of a list: the lines above it up to a lead-in line
 * ending in a colon are all printed tight, each under the one before, and all headline-shaped rows.
 */
export function isListRow(page: SegmentedPage, k: number): boolean {
  const block = page.blocks[k];
  if (block === undefined || block.kind !== 'title' || block.level !== undefined) return false;
  for (let j = k - 1; j >= 0; j--) {
    if (!tightUnder(page, j + 1)) return false;
    const above = page.blocks[j] as Block;
    if (isLeadIn(page.text.slice(above.start, above.end))) return true;
    if (above.kind !== 'title' || above.level !== undefined) return false;
  }
  return false;
}
