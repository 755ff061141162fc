/**
 * The held-out classification runner (issue 12): runs the engine in-process on every held-out row
 * and story probe and prints, in Markdown, per file rows right/total and category macro, the
 * confusion matrix expected × got, the category macro over all rows, the rows it got wrong, and
 * for the story probes recall, precision and category macro as the pages bench scores them (score.py's
 * seed mode). `npx tsx test/corpus/classify-heldout/run.ts` or `npm run bench -- classify-heldout`;
 * add `--batch=2` for batch 2 (batch-2/), `--batch=3` for batch 3 (batch-3/), `--batch=4` for batch 4 (batch-4/), `--batch=5` for batch 5 (batch-5/), `--batch=6` for batch 6 (batch-6/), `--batch=7` for batch 7 (batch-7/), `--batch=8` for batch 8 (batch-8/), `--batch=9` for batch 9 (batch-9/), `--batch=10` for batch 10 (batch-10/), `--batch=11` for batch 11 (batch-11/).
 * It prints figures and never fails on one.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareVariants } from '../../../app/compare';
// The classifier's segmenter, as the CLI, the app and the pages bench register it: without it the
// rules that read parts of speech find no evidence, and the figures are not the product's.
import '../../../main/services/jieba-tagger';
import { buildProbe, flagsInWindows } from '../pages/markup';
import { addCounts, emptyCounts, rates, scoreResult, type ScoreCounts } from '../synthetic/score';
import { loadAllRows, rowBatchFromArgs, type RowBatch } from './rows';
import {
  categoryMacro,
  judgeRow,
  matrixTable,
  perCategoryAccuracy,
  tally,
  type RowOutcome,
} from './score-rows';
import { HELDOUT_BATCH_2_PROBES } from './batch-2/story-probes';
import { HELDOUT_BATCH_3_PROBES } from './batch-3/story-probes';
import { HELDOUT_BATCH_4_PROBES } from './batch-4/story-probes';
import { HELDOUT_BATCH_5_PROBES } from './batch-5/story-probes';
import { HELDOUT_BATCH_6_PROBES } from './batch-6/story-probes';
import { HELDOUT_BATCH_7_PROBES } from './batch-7/story-probes';
import { HELDOUT_BATCH_8_PROBES } from './batch-8/story-probes';
import { HELDOUT_BATCH_9_PROBES } from './batch-9/story-probes';
import { HELDOUT_BATCH_10_PROBES } from './batch-10/story-probes';
import { HELDOUT_BATCH_11_PROBES } from './batch-11/story-probes';
import { HELDOUT_STORY_PROBES } from './story-probes';

/** The categories of the flags the engine raises between the printings of one row. */
function flagsOf(texts: readonly string[]): string[] {
  const result = compareVariants(
    texts.map((text, i) => ({
      id: `v${i + 1}`,
      path: `${i + 1}.txt`,
      name: `${i + 1}.txt`,
      encoding: 'utf-8',
      text: `${text}\n`,
    })),
  );
  return result.stories.flatMap((s) => s.flags.map((f) => f.category));
}

const pct = (x: number): string => x.toFixed(3);

/** Runs a batch's rows and prints their figures; returns the outcomes. */
function runRows(batch: RowBatch): RowOutcome[] {
  const outcomes: RowOutcome[] = [];
  console.log('### Sentence rows\n');
  console.log('| file | rows right/total | category macro | of which ambiguous right/total |');
  console.log('|---|---|---|---|');
  for (const { file, rows } of loadAllRows(batch)) {
    const mine = rows.map((row) => judgeRow(file, row, flagsOf(row.texts)));
    outcomes.push(...mine);
    const t = tally(mine);
    const amb = mine.filter((o) => o.row.ambiguous === true);
    console.log(
      `| ${file} | ${t.right}/${t.total} | ${pct(categoryMacro(t))} | ${amb.filter((o) => o.right).length}/${amb.length} |`,
    );
  }
  const all = tally(outcomes);
  const clear = tally(outcomes.filter((o) => o.row.ambiguous !== true));
  console.log(`| **all** | **${all.right}/${all.total}** | **${pct(categoryMacro(all))}** | |`);
  console.log(
    '\nConfusion matrix, all rows (expected down, got across; split = two or more flags):\n',
  );
  console.log(matrixTable(all));
  const per = Object.entries(perCategoryAccuracy(all))
    .map(([c, a]) => `${c} ${pct(a ?? 0)}`)
    .join(', ');
  console.log(`\nPer-category accuracy: ${per}`);
  console.log(
    `Category macro over the six row categories (five flag categories + none): ${pct(categoryMacro(all))}`,
  );
  console.log(
    `Category macro over the five flag categories (none left out): ${pct(categoryMacro(all, ['none']))}`,
  );
  console.log(
    `Without the ambiguous rows: ${clear.right}/${clear.total} right, category macro ${pct(categoryMacro(clear))}`,
  );
  const wrong = outcomes.filter((o) => !o.right);
  console.log(`\nRows wrong (${wrong.length}):\n`);
  for (const o of wrong) {
    console.log(
      `- ${o.file}: expected ${o.row.category}, got ${o.flags.length === 0 ? 'no flag' : o.flags.join('+')}${o.row.ambiguous ? ' (ambiguous)' : ''}: ${o.row.texts.map((t) => t.replace(/\n/gu, '⏎')).join(' / ')} — ${o.row.note}`,
    );
  }
  return outcomes;
}

/** Runs a batch's story probes and prints their figures, scored as the pages bench scores a lead story. */
function runProbes(batch: RowBatch): ScoreCounts {
  console.log('\n### Story probes\n');
  console.log(
    '| probe | recall | precision | category macro | per category (right/labelled) | ms |',
  );
  console.log('|---|---|---|---|---|---|');
  const total = emptyCounts();
  const probes = {
    1: HELDOUT_STORY_PROBES,
    2: HELDOUT_BATCH_2_PROBES,
    3: HELDOUT_BATCH_3_PROBES,
    4: HELDOUT_BATCH_4_PROBES,
    5: HELDOUT_BATCH_5_PROBES,
    6: HELDOUT_BATCH_6_PROBES,
    7: HELDOUT_BATCH_7_PROBES,
    8: HELDOUT_BATCH_8_PROBES,
    9: HELDOUT_BATCH_9_PROBES,
    10: HELDOUT_BATCH_10_PROBES,
    11: HELDOUT_BATCH_11_PROBES,
  }[batch];
  for (const probe of probes) {
    const built = buildProbe(probe);
    const started = performance.now();
    const result = compareVariants(built.variants);
    const ms = performance.now() - started;
    const counts = scoreResult(flagsInWindows(result, built.windows), built.sites);
    addCounts(total, counts);
    const r = rates(counts);
    const per = Object.entries(counts.perCategory)
      .map(([c, p]) => `${c} ${p.ok}/${p.sites}`)
      .join(', ');
    console.log(
      `| ${probe.name} | ${pct(r.recall)} | ${pct(r.precision)} | ${pct(r.categoryMacro)} | ${per} | ${ms.toFixed(0)} |`,
    );
  }
  const r = rates(total);
  const per = Object.entries(total.perCategory)
    .map(([c, p]) => `${c} ${p.ok}/${p.sites}`)
    .join(', ');
  console.log(
    `| **pooled** | ${pct(r.recall)} | ${pct(r.precision)} | ${pct(r.categoryMacro)} | ${per} | |`,
  );
  return total;
}

/** Prints every figure of one batch (the bench entry point): batch 1 unless `--batch=N` names another (rowBatchFromArgs). */
export async function run(): Promise<void> {
  const batch = rowBatchFromArgs(process.argv);
  console.log(`Held-out classification set, batch ${batch}\n`);
  runRows(batch);
  runProbes(batch);
  await Promise.resolve();
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
