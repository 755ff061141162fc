/**
 * Quality on synthetic reprints with injected name, number, punctuation, wording and omission
 * errors plus style noise and page embedding: recall, precision and category accuracy, scored as
 * shared/eval/score.py scores. Prints figures; never fails on them.
 */
import { caseGrid, runSynthetic, type CaseScore } from '../test/corpus/synthetic/run';
import { rates } from '../test/corpus/synthetic/score';

/** Prints the synthetic evaluation. */
export async function run(): Promise<void> {
  const started = performance.now();
  const { total, cases } = runSynthetic(caseGrid([1, 2, 3]));
  const r = rates(total);
  console.log(
    `synthetic: ${cases.length} cases, ${total.sites} injected discrepancies, ${total.flags} flags, ${Math.round(performance.now() - started)} ms`,
  );
  console.log(
    `  recall ${r.recall.toFixed(4)}  precision ${r.precision.toFixed(4)}  category macro ${r.categoryMacro.toFixed(4)}`,
  );
  for (const [category, p] of Object.entries(total.perCategory).sort()) {
    console.log(
      `  ${category.padEnd(12)} found ${p.found}/${p.sites}  category right ${p.ok}/${p.sites}`,
    );
  }
  // Stories the engine's rules were not written against: a gap to the main grid shows over-fitting.
  const heldOut = runSynthetic([...caseGrid([1, 2, 3], true), ...caseGrid([1, 2, 3], 'later')]);
  const h = rates(heldOut.total);
  console.log(
    `  held-out stories: ${heldOut.cases.length} cases, recall ${h.recall.toFixed(4)}  precision ${h.precision.toFixed(4)}  category macro ${h.categoryMacro.toFixed(4)}`,
  );
  for (const [category, p] of Object.entries(heldOut.total.perCategory).sort()) {
    console.log(
      `    ${category.padEnd(12)} found ${p.found}/${p.sites}  category right ${p.ok}/${p.sites}`,
    );
  }
  // Weakest by found, right category and flags that hit, over both grids; perfect cases are not listed.
  const quality = (c: CaseScore): number =>
    (c.counts.found + c.counts.categoryOk) / Math.max(1, 2 * c.counts.sites) +
    c.counts.hits / Math.max(1, c.counts.flags);
  const worst = [...cases, ...heldOut.cases]
    .filter((c) => quality(c) < 2)
    .sort((a, b) => quality(a) - quality(b))
    .slice(0, 3);
  for (const c of worst) {
    console.log(
      `  weakest: ${c.testCase.name} found ${c.counts.found}/${c.counts.sites}, category right ${c.counts.categoryOk}, hits ${c.counts.hits}/${c.counts.flags}`,
    );
  }
  if (worst.length === 0) console.log('  weakest: none (every case perfect)');
}
