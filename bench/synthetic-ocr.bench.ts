/**
 * Quality on OCR transcriptions of one whole page (test/corpus/synthetic/ocr.ts): recall, precision and
 * category accuracy per category, and whether every story of the page is found. Prints figures;
 * never fails on them.
 */
import { compareVariants } from '../app/compare';
import { generateOcrCase, ocrGrid } from '../test/corpus/synthetic/ocr';
import { addCounts, emptyCounts, rates, scoreResult } from '../test/corpus/synthetic/score';

/** Scores the OCR grid for the given seeds. */
export function runOcr(seeds: readonly number[]): {
  total: ReturnType<typeof emptyCounts>;
  cases: number;
  storiesShort: number;
  names: string[];
} {
  const total = emptyCounts();
  let storiesShort = 0;
  const names: string[] = [];
  const grid = ocrGrid(seeds);
  for (const options of grid) {
    const c = generateOcrCase(options);
    const result = compareVariants(c.variants);
    const counts = scoreResult(result, c.sites);
    addCounts(total, counts);
    // Each transcription is the whole page: its three stories are all shared.
    if (result.stories.length < 3) storiesShort++;
    if (counts.found < counts.sites || counts.hits < counts.flags)
      names.push(
        `${c.name} found ${counts.found}/${counts.sites} hits ${counts.hits}/${counts.flags} stories ${result.stories.length}`,
      );
  }
  return { total, cases: grid.length, storiesShort, names };
}

/** Prints the OCR evaluation. */
export async function run(): Promise<void> {
  const started = performance.now();
  const { total, cases, storiesShort, names } = runOcr([1, 2, 3]);
  const r = rates(total);
  console.log(
    `ocr transcriptions: ${cases} cases, ${total.sites} labelled discrepancies, ${total.flags} flags, ${Math.round(performance.now() - started)} ms`,
  );
  console.log(
    `  recall ${r.recall.toFixed(4)}  precision ${r.precision.toFixed(4)}  category macro ${r.categoryMacro.toFixed(4)}  pages with fewer than 3 stories: ${storiesShort}`,
  );
  for (const [category, p] of Object.entries(total.perCategory).sort()) {
    console.log(
      `  ${category.padEnd(12)} found ${p.found}/${p.sites}  category right ${p.ok}/${p.sites}`,
    );
  }
  for (const name of names.slice(0, 5)) console.log(`  weakest: ${name}`);
  await Promise.resolve();
}
