/**
 * Undoes line-by-line interleaving: text extracted across two columns, so that the printed lines
 * of two stories alternate (one by one, or in blocks of two or three). Segmentation glues such
 * lines into blocks that mix both stories. Here each line is scored by how much of it another
 * page prints; a run of lines whose score flips back and forth in mid-sentence, many times, is
 * re-cut into line blocks: the lines other pages print stay paragraphs, the others are marked
 * `otherColumn` and kept out of the story. Only a story that other pages print whole can be
 * told apart this way; when both columns' stories are shared, or neither, the page is left as is.
 */
import type { Block, SegmentedPage } from '../segment/block-types';
import { endsSentence, visibleLength } from '../segment/classify-line';
import { normalizeForMatching, shingleHashes } from './normalize';

/** Fewer lines than this in a run without blank lines cannot show sustained alternation. */
const MIN_RUN_LINES = 8;

/**
 * Line scores: a line of the shared story keeps most of its shingles on another page even with
 * OCR errors or a changed word (0.5); a line of the other column shares almost none (0.2).
 * Lines in between, or too short to score, follow their neighbour.
 */
const SHARED_AT = 0.5;
const OWN_AT = 0.2;

/** Normalised characters a line needs to be scored: two shingles' worth. */
const MIN_SCORED_CHARS = 5;

/**
 * Mid-sentence flips needed: at least 4, and one per 5 lines. Alternation in blocks of three
 * lines flips every third line; a reprint that rewrote a sentence or two inside a paragraph
 * flips twice in a long run, and a dropped paragraph flips at sentence ends.
 */
const MIN_FLIPS = 4;
const LINES_PER_FLIP = 5;

/** A line's verdict: printed elsewhere, not, undecided, or too short to score. */
type Score = boolean | null | 'short';

/** A line this much wider than the run's median line spans both columns. */
const WIDE = 1.5;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Returns the pages with interleaved runs re-cut into line blocks (pages without any are returned as they are). */
export function splitInterleavedLines(pages: readonly SegmentedPage[]): SegmentedPage[] {
  if (pages.length < 2) return [...pages];
  const runsOf = pages.map((page) => lineRuns(page.text).filter(isColumnSet));
  if (runsOf.every((runs) => runs.length === 0)) return [...pages];
  // Which page prints each shingle of the candidate lines: its index, or -1 when several do.
  const owner = new Map<number, number>();
  for (const runs of runsOf) for (const run of runs) for (const line of run) for (const h of shingleHashes(normalizeForMatching(line.text))) owner.set(h, -2);
  pages.forEach((page, v) => {
    for (const h of shingleHashes(normalizeForMatching(page.text))) {
      const seen = owner.get(h);
      if (seen !== undefined) owner.set(h, seen === -2 || seen === v ? v : -1);
    }
  });
  return pages.map((page, v) => {
    let blocks: readonly Block[] = page.blocks;
    for (const run of runsOf[v] ?? []) {
      const kinds = classify(run, owner, v);
      if (kinds === null) continue;
      blocks = recut(blocks, run.slice(kinds.first), kinds.kinds.slice(kinds.first));
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

/** Runs of consecutive non-blank lines, with their offsets (line ends trimmed). */
function lineRuns(text: string): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push({ start: at + lead, end: at + lead + body.length, text: body });
    }
    at += raw.length + 1;
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length >= MIN_RUN_LINES);
}

/**
 * Per line, true when other pages print it, and the first line scored (a headline line above it
 * keeps its block); null when the run is not interleaved.
 */
function classify(run: readonly Line[], owner: ReadonlyMap<number, number>, v: number): { kinds: boolean[]; first: number } | null {
  const scores = run.map((line): Score => {
    const normalized = normalizeForMatching(line.text);
    if (normalized.length < MIN_SCORED_CHARS) return 'short';
    const hashes = shingleHashes(normalized);
    let shared = 0;
    for (const h of hashes) {
      const o = owner.get(h);
      if (o !== undefined && o !== v) shared++;
    }
    const score = shared / hashes.length;
    return score >= SHARED_AT ? true : score <= OWN_AT ? false : null;
  });
  const decided = (i: number, step: number): boolean | undefined => {
    for (let k = i + step; k >= 0 && k < scores.length; k += step) {
      const s = scores[k];
      if (typeof s === 'boolean') return s;
    }
    return undefined;
  };
  // Columns read across alternate by rows: with `period` lines of each in turn, a line is of the
  // same column as the line 2 × period before or after it, short fragments included.
  const cycle = 2 * period(scores);
  const kinds: boolean[] = [];
  for (let i = 0; i < run.length; i++) {
    const s = scores[i];
    const before = kinds[i - 1] ?? decided(i, 1);
    if (before === undefined) return null;
    const row = scores[i - cycle] ?? scores[i + cycle];
    if (typeof s === 'boolean') kinds.push(s);
    else if (s === 'short' && typeof row === 'boolean') kinds.push(row);
    else if (s === 'short' && i > 0 && !endsSentence((run[i - 1] as Line).text) && decided(i, 1) === before) {
      // A paragraph's last few characters between two lines of one column, the first of them
      // mid-sentence: that sentence goes on in the next line, so the fragment is the other column's.
      kinds.push(!before);
    } else kinds.push(before);
  }
  let flips = 0;
  for (let i = 0; i + 1 < run.length; i++) if (kinds[i] !== kinds[i + 1] && !endsSentence((run[i] as Line).text)) flips++;
  const shared = kinds.filter(Boolean).length;
  if (shared === 0 || shared === kinds.length) return null;
  // Leading lines wider than a column line (a headline set across both columns) keep their blocks.
  const widths = run.map((line) => visibleLength(line.text)).sort((a, b) => a - b);
  const column = widths[Math.floor(widths.length / 2)] ?? 0;
  let first = scores.findIndex((score) => typeof score === 'boolean');
  while (first >= 0 && first < run.length - 1 && visibleLength((run[first] as Line).text) > WIDE * column) first++;
  return flips >= MIN_FLIPS && flips * LINES_PER_FLIP >= run.length ? { kinds, first } : null;
}

/** The typical number of consecutive scored lines of one column: the median length of same-verdict runs. */
function period(scores: readonly Score[]): number {
  const lengths: number[] = [];
  let last: boolean | undefined;
  for (const s of scores) {
    if (typeof s !== 'boolean') continue;
    if (s === last) lengths[lengths.length - 1] = (lengths[lengths.length - 1] ?? 0) + 1;
    else lengths.push(1);
    last = s;
  }
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 1;
}

/** The blocks with those overlapping the run replaced by one block per stretch of same-kind lines. */
function recut(blocks: readonly Block[], run: readonly Line[], kinds: readonly boolean[]): Block[] {
  const lo = (run[0] as Line).start;
  const hi = (run[run.length - 1] as Line).end;
  const fresh: Block[] = [];
  for (let i = 0; i < run.length; ) {
    let j = i;
    while (j + 1 < run.length && kinds[j + 1] === kinds[i]) j++;
    const block: Block = { kind: 'paragraph', start: (run[i] as Line).start, end: (run[j] as Line).end };
    fresh.push(kinds[i] === true ? block : { ...block, otherColumn: true });
    i = j + 1;
  }
  const before = blocks.filter((b) => b.end <= lo);
  const after = blocks.filter((b) => b.start >= hi);
  return [...before, ...fresh, ...after];
}
