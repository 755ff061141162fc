/** Runs the engine over a grid of synthetic cases and scores it. */
import { compareVariants } from '../../../app/compare';
import { CORPUS } from './corpus';
import { HELD_OUT, HELD_OUT_LATER } from './corpus-held-out';
import { generateCase, type CaseOptions, type SyntheticCase } from './generate';
import { addCounts, emptyCounts, scoreResult, type ScoreCounts } from './score';

/** One scored case. */
export interface CaseScore {
  readonly testCase: SyntheticCase;
  readonly counts: ScoreCounts;
}

/**
 * The grid: every corpus story (or every held-out story, or every later held-out probe), 2/3/5
 * variants, with and without style noise and page embedding.
 */
export function caseGrid(
  seeds: readonly number[],
  heldOut: boolean | 'later' = false,
): CaseOptions[] {
  const grid: CaseOptions[] = [];
  const count =
    heldOut === 'later' ? HELD_OUT_LATER.length : heldOut ? HELD_OUT.length : CORPUS.length;
  for (const seed of seeds)
    for (let story = 0; story < count; story++)
      for (const variants of [2, 3, 5])
        for (const styleNoise of [false, true])
          for (const embed of [false, true])
            grid.push({
              story,
              variants,
              seed,
              styleNoise,
              embed,
              sites: 8,
              ...(heldOut ? { heldOut } : {}),
            });
  return grid;
}

/** Generates, compares and scores every case of the grid. */
export function runSynthetic(grid: readonly CaseOptions[]): {
  total: ScoreCounts;
  cases: CaseScore[];
} {
  const total = emptyCounts();
  const cases: CaseScore[] = [];
  for (const options of grid) {
    const testCase = generateCase(options);
    const counts = scoreResult(compareVariants(testCase.variants), testCase.sites);
    addCounts(total, counts);
    cases.push({ testCase, counts });
  }
  return { total, cases };
}
