/**
 * The held-out sentence rows of issue 12 (classification): JSON files, one per group, each row a
 * sentence as two or three papers printed it with exactly one discrepancy (or none, for style
 * only) and the category a newsroom proofreader gives it. This module reads and checks them; it
 * never runs the engine.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The categories a row may expect; 'none' means no flag at all. */
export const ROW_CATEGORIES = [
  'name',
  'number',
  'punctuation',
  'wording',
  'omission',
  'none',
] as const;

/** A row's expected category. */
export type RowCategory = (typeof ROW_CATEGORIES)[number];

/** One labelled row. */
export interface HeldoutRow {
  readonly texts: readonly string[];
  readonly category: RowCategory;
  readonly note: string;
  /** Set where a proofreader could defensibly give another category; the note says why this one. */
  readonly ambiguous?: boolean;
}

/** The row files, in report order. */
export const ROW_FILES = [
  'names.json',
  'numbers.json',
  'punctuation.json',
  'wording.json',
  'omission.json',
  'style-only.json',
  'english.json',
] as const;

/** Batch 2's row files (in batch-2/), labelled after batch 1's first run and left for the coordinator to run first. */
export const BATCH_2_FILES = [
  'batch-2/names.json',
  'batch-2/numbers.json',
  'batch-2/other.json',
  'batch-2/english.json',
] as const;

/** Batch 3's row files (in batch-3/), labelled this session and left for the coordinator to run first. */
export const BATCH_3_FILES = [
  'batch-3/names.json',
  'batch-3/numbers.json',
  'batch-3/other.json',
  'batch-3/english.json',
] as const;

/** Batch 4's row files (in batch-4/), labelled after batch 3 became seen: the coordinator's unseen measure, first run the coordinator's. */
export const BATCH_4_FILES = [
  'batch-4/names.json',
  'batch-4/numbers.json',
  'batch-4/other.json',
  'batch-4/english.json',
] as const;

/** Batch 5's row files (in batch-5/), labelled after batch 4 became seen: the coordinator's unseen measure, first run the coordinator's. */
export const BATCH_5_FILES = [
  'batch-5/names.json',
  'batch-5/numbers.json',
  'batch-5/other.json',
  'batch-5/english.json',
] as const;

/** Batch 6's row files (in batch-6/), labelled after batch 5 became seen: the coordinator's unseen measure, first run the coordinator's. */
export const BATCH_6_FILES = [
  'batch-6/names.json',
  'batch-6/numbers.json',
  'batch-6/other.json',
  'batch-6/english.json',
] as const;

/** Batch 7's row files (in batch-7/), labelled after batch 6 became seen: the coordinator's unseen measure, first run the coordinator's. */
export const BATCH_7_FILES = [
  'batch-7/names.json',
  'batch-7/numbers.json',
  'batch-7/other.json',
  'batch-7/english.json',
] as const;

/** Batch 8's row files (in batch-8/), labelled after batch 7 became seen: the coordinator's unseen measure, first run the coordinator's. */
export const BATCH_8_FILES = [
  'batch-8/names.json',
  'batch-8/numbers.json',
  'batch-8/other.json',
  'batch-8/english.json',
] as const;

/** Batch 9's row files (in batch-9/), labelled after batch 8 became seen: the coordinator's unseen measure, first run the coordinator's. */
export const BATCH_9_FILES = [
  'batch-9/names.json',
  'batch-9/numbers.json',
  'batch-9/other.json',
  'batch-9/english.json',
] as const;

/** Batch 10's row files (in batch-10/), labelled after batch 9 became seen: the coordinator's unseen measure, first run the coordinator's. */
export const BATCH_10_FILES = [
  'batch-10/names.json',
  'batch-10/numbers.json',
  'batch-10/other.json',
  'batch-10/english.json',
] as const;

/** Batch 11's row files (in batch-11/), labelled after batch 10 became seen: the coordinator's unseen measure, first run the coordinator's. */
export const BATCH_11_FILES = [
  'batch-11/names.json',
  'batch-11/numbers.json',
  'batch-11/other.json',
  'batch-11/english.json',
] as const;

/** A batch of the held-out rows: 1 (frozen and run), 2 to 10 (first-run by the coordinator, now seen), 11 (labelled, unseen, first run the coordinator's). */
export type RowBatch = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

const BATCH_FILES: Readonly<Record<RowBatch, readonly string[]>> = {
  1: ROW_FILES,
  2: BATCH_2_FILES,
  3: BATCH_3_FILES,
  4: BATCH_4_FILES,
  5: BATCH_5_FILES,
  6: BATCH_6_FILES,
  7: BATCH_7_FILES,
  8: BATCH_8_FILES,
  9: BATCH_9_FILES,
  10: BATCH_10_FILES,
  11: BATCH_11_FILES,
};

/**
 * The batch a command line asks for with `--batch=N`, batch 1 when it names none. A batch that does
 * not exist is an error rather than batch 1's figures printed under another number.
 */
export function rowBatchFromArgs(args: readonly string[]): RowBatch {
  const arg = args.find((a) => a.startsWith('--batch='));
  if (arg === undefined) return 1;
  const asked = arg.slice('--batch='.length);
  const known = Object.keys(BATCH_FILES);
  if (!known.includes(asked)) {
    throw new Error(`no held-out row batch ${asked}: the batches are ${known.join(', ')}`);
  }
  return Number(asked) as RowBatch;
}

const here = dirname(fileURLToPath(import.meta.url));

/** What is wrong with one parsed row, or an empty list. */
export function rowProblems(row: unknown): string[] {
  if (typeof row !== 'object' || row === null) return ['not an object'];
  const r = row as Record<string, unknown>;
  const problems: string[] = [];
  const allowed = new Set(['texts', 'category', 'note', 'ambiguous']);
  for (const key of Object.keys(r)) if (!allowed.has(key)) problems.push(`unknown key ${key}`);
  const texts = r['texts'];
  if (!Array.isArray(texts) || (texts.length !== 2 && texts.length !== 3))
    problems.push('texts must hold 2 or 3 strings');
  else if (!texts.every((t) => typeof t === 'string' && t.trim().length > 0))
    problems.push('texts must be non-empty strings');
  else if (new Set(texts).size === 1) problems.push('all texts are the same');
  if (
    typeof r['category'] !== 'string' ||
    !(ROW_CATEGORIES as readonly string[]).includes(r['category'])
  )
    problems.push(`bad category ${String(r['category'])}`);
  if (typeof r['note'] !== 'string' || r['note'].trim().length === 0) problems.push('note missing');
  if (r['ambiguous'] !== undefined && typeof r['ambiguous'] !== 'boolean')
    problems.push('ambiguous must be a boolean');
  return problems;
}

/** Reads one row file and throws if any row is malformed. */
export function loadRowFile(file: string): HeldoutRow[] {
  const parsed: unknown = JSON.parse(readFileSync(join(here, file), 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: not a JSON array`);
  parsed.forEach((row, i) => {
    const problems = rowProblems(row);
    if (problems.length > 0) throw new Error(`${file} row ${i + 1}: ${problems.join('; ')}`);
  });
  return parsed as HeldoutRow[];
}

/** Every row file of a batch (1: the first, frozen and run; 2: batch-2/; 3: batch-3/; 4: batch-4/; 5: batch-5/; 6: batch-6/; 7: batch-7/; 8: batch-8/; 9: batch-9/; 10: batch-10/; 11: batch-11/), by name. */
export function loadAllRows(batch: RowBatch = 1): { file: string; rows: HeldoutRow[] }[] {
  return BATCH_FILES[batch].map((file) => ({ file, rows: loadRowFile(file) }));
}
