/**
 * `npm run bench -- pages`: the hand-labelled page probes (test/corpus/pages/probes.ts), scored as
 * score.py's seed mode scores a lead story: recall, precision, category macro and the right
 * category per label kind, for each probe.
 */
import { compareVariants } from '../app/compare';
import { buildProbe, flagsInWindows } from '../test/corpus/pages/markup';
import { PAGE_PROBES } from '../test/corpus/pages/probes';
import { rates, scoreResult } from '../test/corpus/synthetic/score';

/** Prints one line of figures per probe. */
export async function run(): Promise<void> {
  for (const probe of PAGE_PROBES) {
    const built = buildProbe(probe);
    const started = performance.now();
    const result = compareVariants(built.variants);
    const ms = performance.now() - started;
    const judged = flagsInWindows(result, built.windows);
    const counts = scoreResult(judged, built.sites);
    const r = rates(counts);
    const per = Object.entries(counts.perCategory)
      .map(([c, p]) => `${c} ${p.ok}/${p.sites}`)
      .join(', ');
    console.log(
      `${probe.name.padEnd(8)} ${built.variants.length} pages  recall ${r.recall.toFixed(3)}  precision ${r.precision.toFixed(3)}  category macro ${r.categoryMacro.toFixed(3)}  (${per})  ${ms.toFixed(0)} ms`,
    );
  }
  await Promise.resolve();
}
