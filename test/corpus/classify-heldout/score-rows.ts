/**
 * Scoring of the held-out sentence rows, apart from the engine so that it can be tested with
 * made-up outcomes: a row is right when the engine gives exactly one flag of the expected
 * category (or no flag for 'none'); what it got is 'none' for no flag, the category for one flag,
 * 'split' for two or more.
 */
import { ROW_CATEGORIES, type HeldoutRow, type RowCategory } from './rows';

/** What the engine gave for a row, as one column of the confusion matrix. */
export type Got = RowCategory | 'split';

/** The columns of the confusion matrix. */
export const GOT_COLUMNS: readonly Got[] = [...ROW_CATEGORIES, 'split'];

/** One row's outcome. */
export interface RowOutcome {
  readonly file: string;
  readonly row: HeldoutRow;
  /** The categories of every flag the engine raised, in order. */
  readonly flags: readonly string[];
  readonly got: Got;
  readonly right: boolean;
}

/** Judges one row from the categories of the flags the engine raised on it. */
export function judgeRow(file: string, row: HeldoutRow, flags: readonly string[]): RowOutcome {
  const got: Got =
    flags.length === 0
      ? 'none'
      : flags.length > 1
        ? 'split'
        : (ROW_CATEGORIES as readonly string[]).includes(flags[0] ?? '')
          ? (flags[0] as RowCategory)
          : 'split';
  return { file, row, flags, got, right: got === row.category };
}

/** Counts over a set of outcomes. */
export interface Tally {
  right: number;
  total: number;
  /** expected → got → count */
  matrix: Record<RowCategory, Record<Got, number>>;
}

/** Tallies outcomes into right/total and the confusion matrix. */
export function tally(outcomes: readonly RowOutcome[]): Tally {
  const matrix = Object.fromEntries(
    ROW_CATEGORIES.map((e) => [e, Object.fromEntries(GOT_COLUMNS.map((g) => [g, 0]))]),
  ) as Record<RowCategory, Record<Got, number>>;
  for (const o of outcomes) matrix[o.row.category][o.got] += 1;
  return { right: outcomes.filter((o) => o.right).length, total: outcomes.length, matrix };
}

/** Per-category accuracy (right / rows expecting it), for the categories that have rows. */
export function perCategoryAccuracy(t: Tally): Partial<Record<RowCategory, number>> {
  const result: Partial<Record<RowCategory, number>> = {};
  for (const e of ROW_CATEGORIES) {
    const n = GOT_COLUMNS.reduce((sum, g) => sum + t.matrix[e][g], 0);
    if (n > 0) result[e] = t.matrix[e][e] / n;
  }
  return result;
}

/** The mean of per-category accuracy over the categories that have rows (optionally leaving some out). */
export function categoryMacro(t: Tally, leaveOut: readonly RowCategory[] = []): number {
  const acc = Object.entries(perCategoryAccuracy(t)).filter(
    ([c]) => !leaveOut.includes(c as RowCategory),
  );
  return acc.length === 0 ? 0 : acc.reduce((sum, [, a]) => sum + (a ?? 0), 0) / acc.length;
}

/** The confusion matrix as a Markdown table, expected down, got across. */
export function matrixTable(t: Tally): string {
  const head = `| expected \\ got | ${GOT_COLUMNS.join(' | ')} | right/total |`;
  const rule = `|${'---|'.repeat(GOT_COLUMNS.length + 2)}`;
  const lines = ROW_CATEGORIES.map((e) => {
    const n = GOT_COLUMNS.reduce((sum, g) => sum + t.matrix[e][g], 0);
    return `| ${e} | ${GOT_COLUMNS.map((g) => t.matrix[e][g]).join(' | ')} | ${t.matrix[e][e]}/${n} |`;
  });
  return [head, rule, ...lines].join('\n');
}
