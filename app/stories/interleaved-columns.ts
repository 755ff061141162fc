/**
 * The columns of an interleaved run (interleaved-lines.ts): each printed line scored by how much of
 * it other pages print, followed to the paragraph of one reference page that prints it, and the
 * run read as columns when the verdicts flip back and forth in mid-sentence often enough.
 */
import { endsSentence, visibleLength } from '../segment/classify-line';
import type { FinderContext } from './finder-context';
import { shingleHashes } from './normalize';

/**
 * Line scores: a line of the shared story keeps most of its shingles on another page even with
 * OCR errors or a changed word (0.5); a line of the other column shares almost none (0.2).
 * Lines in between, or too short to score, follow their neighbour.
 */
const SHARED_AT = 0.5;
const OWN_AT = 0.2;

/**
 * Shingle length for Latin-script text. Four letters are a fragment of a word (tion, ther, comm),
 * which any two English lines share; eight letters are a word or two, as four Han characters are.
 */
const LATIN_SHINGLE = 8;

/** A text's shingles for line scoring: four characters, or LATIN_SHINGLE for Latin-script text. */
export function lineShingles(normalized: string): Uint32Array {
  const latin = (normalized.match(/\p{Script=Latin}/gu) ?? []).length;
  return latin * 2 > normalized.length
    ? shingleHashes(normalized, LATIN_SHINGLE)
    : shingleHashes(normalized);
}

/** Normalised characters a line needs to be scored: two shingles' worth. */
const MIN_SCORED_CHARS = 5;

/**
 * Mid-sentence flips needed: at least 4, and one per 5 lines. Alternation in blocks of three
 * lines flips every third line; a reprint that rewrote a sentence or two inside a paragraph
 * flips twice in a long run, and a dropped paragraph flips at sentence ends.
 */
const MIN_FLIPS = 4;
const LINES_PER_FLIP = 5;

/** Labels (page × BLOCKS_PER_PAGE + block, non-negative) are stored above this offset among the verdicts. */
const LABELLED = 1;

/** A line's verdict: its column (-1: printed nowhere else), undecided, or too short to score. */
type Score = number | null | 'short';

/** Labels of the pages' blocks: page × BLOCKS_PER_PAGE + block (later blocks are not indexed). */
export const BLOCKS_PER_PAGE = 65536;

/**
 * A column's next line lies in the same paragraph of the other page as its last one, or in one of
 * the next two (the column's paragraph ended; the other page may have split it differently).
 */
const CHAIN_STEP = 2;

/** A line this much wider than the run's median line spans both columns. */
const WIDE = 1.5;

/** A printed line of a run, trimmed, with its offsets in the page. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Per line, its column: the index of the chain of other pages' paragraphs it follows (a shared
 * story), or -1 for a line no other page prints; and the first line scored (a headline line above
 * it keeps its block). Null when the run is not interleaved.
 */
export function classify(
  run: readonly Line[],
  labelsOf: ReadonlyMap<number, readonly number[]>,
  v: number,
  context: FinderContext,
): { kinds: number[]; first: number } | null {
  const hashesOf = run.map((line) => {
    const normalized = context.normalize(line.text);
    return normalized.length < MIN_SCORED_CHARS ? null : lineShingles(normalized);
  });
  const scores = chainLabels(lineLabels(hashesOf, labelsOf, v));
  const kinds = readColumns(run, scores);
  if (kinds === null) return null;
  let flips = 0;
  for (let i = 0; i + 1 < run.length; i++)
    if (kinds[i] !== kinds[i + 1] && !endsSentence((run[i] as Line).text)) flips++;
  if (new Set(kinds).size < 2 || kinds.every((k) => k < 0)) return null;
  // Leading lines wider than a column line (a headline set across both columns) keep their blocks.
  const widths = run.map((line) => visibleLength(line.text)).sort((a, b) => a - b);
  const column = widths[Math.floor(widths.length / 2)] ?? 0;
  let first = scores.findIndex((score) => typeof score === 'number');
  while (
    first >= 0 &&
    first < run.length - 1 &&
    visibleLength((run[first] as Line).text) > WIDE * column
  )
    first++;
  return flips >= MIN_FLIPS && flips * LINES_PER_FLIP >= run.length ? { kinds, first } : null;
}

/**
 * Per line, the paragraph of the reference page it follows (a label, offset by LABELLED), or its
 * verdict: -1 printed nowhere else, null undecided, 'short' too short to score.
 */
function lineLabels(
  hashesOf: readonly (Uint32Array | null)[],
  labelsOf: ReadonlyMap<number, readonly number[]>,
  v: number,
): Score[] {
  const { references, pagesOf } = referencePages(hashesOf, labelsOf, v);
  return hashesOf.map((hashes, i): Score => {
    if (hashes === null) return 'short';
    let shared = 0;
    for (const h of hashes)
      if ((labelsOf.get(h) ?? []).some((label) => Math.floor(label / BLOCKS_PER_PAGE) !== v))
        shared++;
    const score = shared / hashes.length;
    if (score <= OWN_AT) return -1;
    if (score < SHARED_AT) return null;
    // The first reference page that prints the line is the one its column is followed through.
    const pages = pagesOf[i] ?? new Map<number, number>();
    const reference = references.find((w) => pages.has(w)) ?? -1;
    const votes = new Map<number, number>();
    for (const h of hashes) {
      for (const label of new Set(labelsOf.get(h) ?? []))
        if (Math.floor(label / BLOCKS_PER_PAGE) === reference)
          votes.set(label, (votes.get(label) ?? 0) + 1);
    }
    let best = -1;
    for (const [label, n] of votes) if (best < 0 || n > (votes.get(best) ?? 0)) best = label;
    // Printed elsewhere but not on the reference page: no column to follow, so the previous line's.
    return best < 0 ? null : best + LABELLED;
  });
}

/** The labels with each paragraph label replaced by the column (chain) it follows. */
function chainLabels(labels: readonly Score[]): Score[] {
  const chains: number[] = [];
  return labels.map((label, i): Score => {
    if (typeof label !== 'number' || label < LABELLED) return label;
    let next: number | undefined;
    for (let k = i + 1; k < labels.length && next === undefined; k++) {
      const l = labels[k];
      if (typeof l === 'number' && l >= LABELLED) next = l - LABELLED;
    }
    return chainOf(chains, label - LABELLED, next);
  });
}

/**
 * Per line, its column: its own verdict, or for a line without one the column of the line a
 * cycle of columns away, or of its neighbours. Null when the run's first lines have no verdict.
 */
function readColumns(run: readonly Line[], scores: readonly Score[]): number[] | null {
  const decided = (i: number, step: number): number | undefined => {
    for (let k = i + step; k >= 0 && k < scores.length; k += step) {
      const s = scores[k];
      if (typeof s === 'number') return s;
    }
    return undefined;
  };
  // Columns read across alternate by rows: with `period` lines of each in turn, a line is of the
  // same column as the line 2 × period before or after it, short fragments and lines that share
  // only some words with another page (Halden Island, in a local story) included.
  const cycle = 2 * period(scores);
  const kinds: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const s = scores[i];
    const before = kinds[i - 1] ?? decided(i, 1);
    if (before === undefined) return null;
    const row = scores[i - cycle] ?? scores[i + cycle];
    if (typeof s === 'number') kinds.push(s);
    else if ((s === 'short' || s === null) && typeof row === 'number') kinds.push(row);
    else if (
      s === 'short' &&
      i > 0 &&
      !endsSentence((run[i - 1] as Line).text) &&
      decided(i, 1) === before
    ) {
      // A paragraph's last few characters between two lines of one column, the first of them
      // mid-sentence: that sentence goes on in the next line, so the fragment is the other column's.
      kinds.push(otherThan(kinds, before));
    } else kinds.push(before);
  }
  return kinds;
}

/**
 * A second reference page must print at least this many lines the first does not: a line or two
 * that one OCR transcription garbled and another kept are no column of their own.
 */
const MIN_REFERENCE_LINES = 4;

/**
 * The other pages the run's columns are followed through, best first. Columns are followed
 * through one page where possible: with several copies of the same text (OCR transcriptions of
 * one page), lines would hop between their copies. A further page is added only for lines the
 * pages before it do not print, when it prints enough of them: two columns whose stories two
 * different files print, one each. Also returns, per line, the other pages that print its shingles.
 */
function referencePages(
  hashesOf: readonly (Uint32Array | null)[],
  labelsOf: ReadonlyMap<number, readonly number[]>,
  v: number,
): { references: number[]; pagesOf: Map<number, number>[] } {
  const pagesOf = hashesOf.map((hashes) => {
    const votes = new Map<number, number>();
    for (const h of hashes ?? []) {
      for (const w of new Set(
        (labelsOf.get(h) ?? []).map((label) => Math.floor(label / BLOCKS_PER_PAGE)),
      )) {
        if (w !== v) votes.set(w, (votes.get(w) ?? 0) + 1);
      }
    }
    return votes;
  });
  const references: number[] = [];
  let remaining = pagesOf.filter((votes) => votes.size > 0);
  while (remaining.length > 0) {
    // Shingle votes pick the page; lines count towards the bar.
    const total = new Map<number, number>();
    for (const votes of remaining)
      for (const [w, n] of votes) total.set(w, (total.get(w) ?? 0) + n);
    let best = -1;
    for (const [w, n] of total) if (best < 0 || n > (total.get(best) ?? 0)) best = w;
    const lines = remaining.filter((votes) => votes.has(best)).length;
    if (references.length > 0 && lines < MIN_REFERENCE_LINES) break;
    references.push(best);
    remaining = remaining.filter((votes) => !votes.has(best));
  }
  return { references, pagesOf };
}

/** The column whose last line's paragraph (on another page) `label` follows; a new column when none does. */
function chainOf(chains: number[], label: number, next: number | undefined): number {
  let best = -1;
  chains.forEach((last, c) => {
    const step = label - last;
    // A column that the next line carries on in the same paragraph has not moved on: this line,
    // a paragraph or two ahead, is the other column's (the same story, further on).
    if (step > 0 && next === last) return;
    if (step >= 0 && step <= CHAIN_STEP && (best < 0 || step < label - (chains[best] as number)))
      best = c;
  });
  if (best < 0) {
    chains.push(label);
    return chains.length - 1;
  }
  chains[best] = label;
  return best;
}

/** The last column before the end of `kinds` other than `kind` (for two columns, the other one). */
function otherThan(kinds: readonly number[], kind: number): number {
  for (let k = kinds.length - 1; k >= 0; k--) if (kinds[k] !== kind) return kinds[k] as number;
  return kind;
}

/** The typical number of consecutive scored lines of one column: the median length of same-verdict runs. */
function period(scores: readonly Score[]): number {
  const lengths: number[] = [];
  let last: number | undefined;
  for (const s of scores) {
    if (typeof s !== 'number') continue;
    if (s === last) lengths[lengths.length - 1] = (lengths[lengths.length - 1] ?? 0) + 1;
    else lengths.push(1);
    last = s;
  }
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 1;
}
