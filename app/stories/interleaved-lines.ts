/**
 * Undoes line-by-line interleaving: text extracted across two columns, so that the printed lines
 * of two stories alternate (one by one, or in blocks of two or three). Segmentation glues such
 * lines into blocks that mix both stories. Here each line is scored by how much of it another
 * page prints; a run of lines whose score flips back and forth in mid-sentence, many times, is
 * re-cut into line blocks: the lines other pages print stay paragraphs, the others are marked
 * `otherColumn` and kept out of the story. Each shared line is followed to the paragraph of one
 * reference page that prints it, so two shared columns are told apart too: their blocks carry
 * the column, and the story finder chains each column's lines on their own (link-groups.ts).
 * When neither column's story is printed elsewhere, the page is left as is.
 */
import type { Block, SegmentedPage } from '../segment/block-types';
import { classifyLine, COLUMN_GAP, endsSentence, type LineShape } from '../segment/classify-line';
import type { FinderContext } from './finder-context';
import { BLOCKS_PER_PAGE, classify, lineShingles, type Line } from './interleaved-columns';

/** Fewer lines than this in a run without blank lines cannot show sustained alternation. */
const MIN_RUN_LINES = 8;

/** Returns the pages with interleaved runs re-cut into line blocks (pages without any are returned as they are). */
export function splitInterleavedLines(
  pages: readonly SegmentedPage[],
  context: FinderContext,
): SegmentedPage[] {
  if (pages.length < 2) return [...pages];
  const runsOf = pages.map((page) => lineRuns(page.text).filter(isColumnSet));
  if (runsOf.every((runs) => runs.length === 0)) return [...pages];
  // Where the pages print each shingle of the candidate lines: page and block, as labels. Every
  // block kind counts: OCR of narrow columns makes many a short line a headline-shaped block.
  const labelsOf = new Map<number, number[]>();
  for (const runs of runsOf)
    for (const run of runs)
      for (const line of run)
        for (const h of lineShingles(context.normalize(line.text))) labelsOf.set(h, []);
  pages.forEach((page, w) => {
    page.blocks.forEach((block, b) => {
      if (b >= BLOCKS_PER_PAGE) return;
      for (const h of lineShingles(context.normalize(page.text.slice(block.start, block.end))))
        labelsOf.get(h)?.push(w * BLOCKS_PER_PAGE + b);
    });
  });
  return pages.map((page, v) => {
    let blocks: readonly Block[] = page.blocks;
    for (const run of runsOf[v] ?? []) {
      const kinds = classify(run, labelsOf, v, context);
      if (kinds === null) continue;
      const columns = kinds.kinds.slice(kinds.first);
      blocks = headColumns(
        page.text,
        recut(blocks, run.slice(kinds.first), columns),
        (run[kinds.first] as Line).start,
        columns,
      );
    }
    return blocks === page.blocks ? page : { text: page.text, blocks };
  });
}

/**
 * True when most lines of the run stop in mid-sentence: printed lines of a narrow column, not
 * paragraphs one per line (where interleaving cannot be told from an abridged reprint anyway).
 */
function isColumnSet(run: readonly Line[]): boolean {
  return run.filter((line) => !endsSentence(line.text)).length * 2 >= run.length;
}

/**
 * Runs of consecutive non-blank lines, with their offsets (line ends trimmed). A line that holds
 * two columns side by side gives two lines, the left one first: the columns then alternate line
 * by line, the shape classify() reads.
 */
function lineRuns(text: string): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const body = raw.trim();
    if (body === '') {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      let from = 0;
      for (const gap of [...raw.matchAll(COLUMN_GAP), null]) {
        const to = gap === null ? raw.length : gap.index;
        const piece = raw.slice(from, to);
        const lead = piece.length - piece.trimStart().length;
        const trimmed = piece.trim();
        if (trimmed !== '')
          run.push({
            start: at + from + lead,
            end: at + from + lead + trimmed.length,
            text: trimmed,
          });
        if (gap !== null) from = gap.index + gap[0].length;
      }
    }
    at += raw.length + 1;
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length >= MIN_RUN_LINES);
}

/**
 * Headlines printed side by side on the line above the run, one per shared column (segment-page
 * splits such a line): the first heads the column whose lines come first, and so on. Each gets
 * its column, so that a story takes its own headline and not its neighbour's.
 */
function headColumns(
  text: string,
  blocks: readonly Block[],
  runStart: number,
  kinds: readonly number[],
): Block[] {
  const order = [...new Set(kinds.filter((k) => k >= 0))];
  const first = blocks.findIndex((b) => b.start >= runStart);
  const heads: number[] = [];
  for (
    let k = first - 1;
    k >= 0 && blocks[k]?.kind === 'title' && blocks[k]?.column === undefined;
    k--
  ) {
    const next = blocks[k + 1] as Block;
    // Side by side: on one physical line with the headline after it (the run itself is below).
    if (heads.length > 0 && text.slice((blocks[k] as Block).end, next.start).includes('\n')) break;
    heads.unshift(k);
  }
  if (order.length < 2 || heads.length !== order.length) return [...blocks];
  return blocks.map((b, k) =>
    heads.includes(k) ? { ...b, column: order[heads.indexOf(k)] as number } : b,
  );
}

/** Kinds a printed line keeps inside a re-cut run; headline-shaped lines are column lines that stop short. */
const MARK_KINDS: ReadonlySet<Block['kind']> = new Set([
  'dateline',
  'byline',
  'caption',
  'notice',
  'furniture',
  'continuation',
  'note',
]);

/** The blocks with those overlapping the run replaced by one block per stretch of same-kind lines. */
function recut(blocks: readonly Block[], run: readonly Line[], kinds: readonly number[]): Block[] {
  const lo = (run[0] as Line).start;
  const hi = (run[run.length - 1] as Line).end;
  const fresh: Block[] = [];
  // A line that is a mark by its own shape (a dateline, byline, credit, continuation mark) keeps
  // its kind: it still ends or opens a story inside its column, and is never matched as text.
  const shapes = run.map((line) => classifyLine(line.text, undefined));
  const isMark = (i: number): boolean => MARK_KINDS.has(shapes[i]?.kind ?? 'paragraph');
  for (let i = 0; i < run.length;) {
    let j = i;
    if (!isMark(i)) while (j + 1 < run.length && kinds[j + 1] === kinds[i] && !isMark(j + 1)) j++;
    const shape = shapes[i] as LineShape;
    const block: Block = {
      kind: isMark(i) ? shape.kind : 'paragraph',
      start: (run[i] as Line).start,
      end: (run[j] as Line).end,
      ...(shape.direction !== undefined ? { direction: shape.direction } : {}),
      ...(shape.opensStory === true ? { opensStory: true } : {}),
      ...(shape.closesStory === true ? { closesStory: true } : {}),
    };
    const column = kinds[i] ?? -1;
    fresh.push(column >= 0 ? { ...block, column } : { ...block, otherColumn: true });
    i = j + 1;
  }
  const before = blocks.filter((b) => b.end <= lo);
  const after = blocks.filter((b) => b.start >= hi);
  return [...before, ...fresh, ...after];
}
