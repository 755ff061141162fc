/**
 * `npm run bench`: runs every bench/*.bench.ts in turn; each prints its own figures to stdout.
 * Benchmarks are scripts, not timed tests: they print measurements and never fail on a number.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The classifier's segmenter, as the CLI and the app register it.
import '../main/services/jieba-tagger';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

/** Benchmarks kept beside their evaluation material outside bench/, by name (each exports `run`). */
const ELSEWHERE: Readonly<Record<string, string>> = {
  'classify-heldout': '../test/corpus/classify-heldout/run.ts',
  'pages-heldout': '../test/corpus/pages-heldout/score.ts',
};

async function main(): Promise<void> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}`);
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      run?: () => Promise<void>;
    };
    if (typeof mod.run === 'function') await mod.run();
  }
  for (const [name, file] of Object.entries(ELSEWHERE)) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    console.log(`\n## ${name}`);
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      run?: () => Promise<void>;
    };
    if (typeof mod.run === 'function') await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
