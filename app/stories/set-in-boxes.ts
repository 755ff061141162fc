/**
 * Finds boxes a paper sets into a shared story or right after it that no other page prints: a
 * 相关链接 or 小贴士 box, a chart's caption and data rows, an English fact box (FAST FACTS, a
 * short heading in capitals over figures). They are the paper's, not the story's, and are made
 * notes, which stay out of the story's span as captions do; kept in, the engine flags them as an
 * insertion. A box is told from a paragraph only one reprint keeps (an omission the editor must
 * see) by its shape (app/segment/box-lines.ts): a box label or a short heading, and short lines of
 * figures or labelled values, never running sentences. And by its support: a list of figures whose
 * rows other pages print too (the same labels, whatever their figures) is the story's own list, in
 * which the papers' figures may differ; only a box that one page alone prints is the paper's.
 */
import type { Block, SegmentedPage } from '../segment/block-types';
import { endsSentence } from '../segment/classify-line';
import { boxHead, isBoxRow, isListItem, type BoxHead } from '../segment/box-lines';

/** Pages and the matched group of each block (-1 when unmatched), as matchBlocks gives them. */
export interface BoxedPages {
  readonly pages: readonly SegmentedPage[];
  readonly groupOfBlock: readonly (readonly number[])[];
}

/**
 * Returns the pages with set-in boxes made notes and unmatched (pages without any are returned as
 * they are).
 */
export function markSetInBoxes(
  pages: readonly SegmentedPage[],
  groupOfBlock: readonly (readonly number[])[],
): BoxedPages {
  const labels = pages.map(rowLabels);
  const out = pages.map((page, v) => {
    const groups = ownGroups(page, groupOfBlock[v] ?? []);
    const elsewhere = (label: string): boolean => labels.some((l, w) => w !== v && l.has(label));
    const boxes = new Set<number>();
    for (let k = 0; k < page.blocks.length; k++) {
      const found = boxAt(page, groups, k, boxes);
      const box = printedElsewhere(page, found, elsewhere) ? [] : found;
      for (const b of box) boxes.add(b);
      if (found.length > 0) k = found[found.length - 1] as number;
    }
    if (boxes.size === 0) return { page, groups: groupOfBlock[v] ?? [] };
    return {
      page: {
        text: page.text,
        blocks: page.blocks.map((b, k): Block =>
          boxes.has(k) ? { kind: 'note', start: b.start, end: b.end } : b,
        ),
      },
      groups: (groupOfBlock[v] ?? []).map((g, k) => (boxes.has(k) ? -1 : g)),
    };
  });
  return { pages: out.map((o) => o.page), groupOfBlock: out.map((o) => o.groups) };
}

/**
 * The page's groups with a short block's group cleared when a longer block of the same page holds
 * the same group: a box line repeating a figure of the story (First boat: 5:40 a.m.) matches the
 * paragraph it repeats, which the other pages print, but is no more printed elsewhere than the box.
 */
function ownGroups(page: SegmentedPage, groups: readonly number[]): number[] {
  const longest = new Map<number, number>();
  groups.forEach((g, k) => {
    const b = page.blocks[k] as Block;
    if (g >= 0) longest.set(g, Math.max(longest.get(g) ?? 0, b.end - b.start));
  });
  return groups.map((g, k) => {
    const b = page.blocks[k] as Block;
    return g >= 0 && b.end - b.start < (longest.get(g) ?? 0) && isBoxRow(textOf(page, b)) ? -1 : g;
  });
}

/**
 * The labels of a row (the words before its colon, its wide gap or its first figure), folded:
 * Juice concentrate: $31.00 and 游客 约2.3万人次 (a wide gap between) are labelled juice concentrate and 游客. Empty
 * for a line that starts with its figure.
 */
function rowLabel(line: string): string {
  const head = line.normalize('NFKC').split(/[:：]|\s{2,}|\u3000|\d/u)[0] ?? '';
  return head.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The labels of every line of a page's title and paragraph blocks that reads as a box row. */
function rowLabels(page: SegmentedPage): Set<string> {
  const out = new Set<string>();
  for (const block of page.blocks) {
    if (!mayBeBoxLine(block) && block.kind !== 'note') continue;
    for (const line of textOf(page, block).split('\n')) {
      const label = rowLabel(line);
      if (label.length >= 2 && isBoxRow(line)) out.add(label);
    }
  }
  return out;
}

/**
 * True when most labelled rows of the box (at least two) are rows another page prints too: the
 * list is the story's, shared by the papers however their figures differ.
 */
function printedElsewhere(
  page: SegmentedPage,
  box: readonly number[],
  elsewhere: (label: string) => boolean,
): boolean {
  let labelled = 0;
  let shared = 0;
  for (const k of box) {
    for (const line of textOf(page, page.blocks[k] as Block).split('\n')) {
      const label = rowLabel(line);
      if (label.length < 2 || !isBoxRow(line)) continue;
      labelled += 1;
      if (elsewhere(label)) shared += 1;
    }
  }
  return shared >= 2 && 2 * shared >= labelled;
}

/** Block kinds a box's lines are segmented into. */
function mayBeBoxLine(block: Block): boolean {
  return (
    (block.kind === 'title' || block.kind === 'paragraph') &&
    block.opensStory !== true &&
    block.otherColumn !== true
  );
}

/** The blocks of a box starting at block k, or none. */
function boxAt(
  page: SegmentedPage,
  groups: readonly number[],
  k: number,
  boxes: ReadonlySet<number>,
): number[] {
  const block = page.blocks[k] as Block;
  if (groups[k] !== -1 || !mayBeBoxLine(block)) return [];
  const text = textOf(page, block);
  const head = boxHead(firstLine(text));
  const rows = text.split('\n').every((line) => isBoxRow(line));
  if (head === undefined && !rows) return [];
  // Set into a shared story or right after it: the text before is a paragraph other pages print.
  const anchor = storyParagraphBefore(page, groups, k, boxes);
  if (anchor === undefined) return [];
  // A label says it is a box whatever the story's last sentence did (the page may have left it
  // open); a bare heading or a row of figures could be the rest of an unfinished sentence.
  if (head !== 'label' && !endsSentence(textOf(page, anchor))) return [];
  const out = [k];
  for (let j = k + 1; j < page.blocks.length; j++) {
    const next = page.blocks[j] as Block;
    if (groups[j] !== -1 || !mayBeBoxLine(next)) break;
    const sameChunk = !BLANK_LINE.test(
      page.text.slice((page.blocks[j - 1] as Block).end, next.start),
    );
    const lines = textOf(page, next).split('\n');
    // Under a label, the lines of its chunk and a numbered list are the box's; else only rows.
    const ofLabel = head === 'label' && (sameChunk || lines.every((line) => isListItem(line)));
    if (!(lines.every((line) => isBoxRow(line)) || ofLabel)) break;
    out.push(j);
  }
  return enough(head, out.length) ? out : [];
}

/**
 * A labelled heading is a box alone (相关链接：… on one line); a heading in capitals needs a line of
 * figures under it (else it is a headline over a story); rows without a heading need company, as
 * one short line with a figure may be a fragment of text.
 */
function enough(head: BoxHead | undefined, blocks: number): boolean {
  if (head === 'label') return true;
  return blocks >= 2;
}

/**
 * The story paragraph that the box at block k follows, skipping captions, notes, earlier boxes and
 * a closing credit (（记者 林晓帆）, after which the story's tail is still read); undefined when none
 * does.
 */
function storyParagraphBefore(
  page: SegmentedPage,
  groups: readonly number[],
  k: number,
  boxes: ReadonlySet<number>,
): Block | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const block = page.blocks[j] as Block;
    if (
      boxes.has(j) ||
      block.kind === 'caption' ||
      block.kind === 'note' ||
      block.kind === 'furniture' ||
      block.kind === 'byline'
    )
      continue;
    return block.kind === 'paragraph' && (groups[j] ?? -1) >= 0 ? block : undefined;
  }
  return undefined;
}

/** Two line breaks with only white space between them. */
const BLANK_LINE = /\n[^\S\n]*\r?\n/u;

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

function textOf(page: SegmentedPage, block: Block): string {
  return page.text.slice(block.start, block.end);
}
