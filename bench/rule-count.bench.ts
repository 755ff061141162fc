/**
 * `npm run bench -- rule-count`: the regexes and word lists of app/classify and app/lexicon,
 * counted as bench/rule-count.ts documents, per file and in total, against the baseline.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countRules, totals } from './rule-count';

/** Issue 12's count when it was filed: 257 regexes, 45 of them word lists. */
const BASELINE = { regexes: 257, wordLists: 45 };

/** Prints the counts. */
export async function run(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const counts = countRules(root);
  console.log('| file | regexes | word lists |');
  console.log('|---|---|---|');
  for (const c of counts)
    if (c.regexes + c.wordLists > 0) console.log(`| ${c.file} | ${c.regexes} | ${c.wordLists} |`);
  const t = totals(counts);
  console.log(`| **total** | **${t.regexes}** | **${t.wordLists}** |`);
  console.log(`\nIssue baseline: ${BASELINE.regexes} regexes, ${BASELINE.wordLists} word lists.`);
  await Promise.resolve();
}
