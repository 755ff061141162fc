/**
 * Engine bench: time and peak memory of compareVariants beside plain diff-match-patch (every
 * variant against the first, default settings) on the shared sample pages and on generated
 * variants (about one edit per 300 characters, half of them in half-width punctuation).
 * Each case runs in a forked process so its peak RSS is its own. The sample pages go through
 * compareVariants (story finder included); generated variants, one story by construction, through
 * collateStory (fold, align, classify).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import DiffMatchPatch from 'diff-match-patch';
import { collateStory, compareVariants } from '../app/compare';
import { generateStory, makeVariant } from '../app/golden/synthetic';
import type { VariantText } from '../app/model/types';

const here = dirname(fileURLToPath(import.meta.url));
const samples = resolve(here, '..', '..', 'shared', 'samples', 'pages');

interface BenchCase {
  readonly name: string;
  readonly count: number;
  readonly length: number;
}

const CASES: readonly BenchCase[] = [
  { name: '5 x 5k', count: 5, length: 5_000 },
  { name: '30 x 20k', count: 30, length: 20_000 },
  { name: '10 x 100k', count: 10, length: 100_000 },
];

/** One edit per this many characters in generated variants (the figure). */
const EDIT_EVERY = 300;

function generated(count: number, length: number): VariantText[] {
  const base = generateStory(length, 20260123);
  return Array.from({ length: count }, (_, i) => ({
    id: `v${i + 1}`,
    path: `gen-${i + 1}.txt`,
    name: `gen-${i + 1}.txt`,
    encoding: 'utf-8',
    text: i === 0 ? base : makeVariant(base, 1000 + i, EDIT_EVERY, i % 2 === 1),
  }));
}

function sampleVariants(): VariantText[] {
  return readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({ id: `v${i + 1}`, path: join(samples, f), name: f, encoding: 'utf-8', text: readFileSync(join(samples, f), 'utf8') }));
}

/** Child side: runs one measurement and prints one JSON line. */
function measure(caseName: string, mode: string): void {
  const spec = CASES.find((c) => c.name === caseName);
  const variants = spec ? generated(spec.count, spec.length) : sampleVariants();
  const start = performance.now();
  let flags = 0;
  if (mode === 'engine' && !spec) {
    const result = compareVariants(variants);
    flags = result.stories.reduce((n, s) => n + s.flags.length, 0);
  } else if (mode === 'engine') {
    // Generated variants are one story by construction: time the collation itself, not the finder.
    const spans = variants.map((v) => ({ variant: v.id, start: 0, end: v.text.length }));
    flags = collateStory(variants, { id: 's1', title: 'generated', spans, missing: [] }).story.flags.length;
  } else {
    const dmp = new DiffMatchPatch();
    const first = (variants[0] as VariantText).text;
    for (const v of variants.slice(1)) flags += dmp.diff_main(first, v.text).length;
  }
  const ms = performance.now() - start;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, peakMb, flags })}\n`);
}

function runChild(caseName: string, mode: string): { ms: number; peakMb: number; flags: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, VARIORUM_BENCH_CASE: caseName, VARIORUM_BENCH_MODE: mode },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number; peakMb: number; flags: number };
}

/** Prints one line per case: engine time and peak RSS beside plain diff-match-patch. */
export async function run(): Promise<void> {
  const names = [...(existsSync(samples) ? ['sample pages'] : []), ...CASES.map((c) => c.name)];
  if (!existsSync(samples)) console.log('(../shared/samples not found: sample pages skipped)');
  console.log('case          engine ms  engine peak MB  flags | dmp ms  dmp peak MB | engine/dmp');
  for (const name of names) {
    const engine = runChild(name, 'engine');
    const dmp = runChild(name, 'dmp');
    console.log(
      `${name.padEnd(13)} ${engine.ms.toFixed(0).padStart(9)} ${engine.peakMb.toFixed(0).padStart(15)} ${String(engine.flags).padStart(6)} | ${dmp.ms
        .toFixed(0)
        .padStart(6)} ${dmp.peakMb.toFixed(0).padStart(12)} | ${(engine.ms / Math.max(1, dmp.ms)).toFixed(2)}x`,
    );
  }
  console.log('(peak MB: max RSS of the forked process, Node and tsx included)');
}

const childCase = process.env.VARIORUM_BENCH_CASE;
if (childCase) measure(childCase, process.env.VARIORUM_BENCH_MODE ?? 'engine');
