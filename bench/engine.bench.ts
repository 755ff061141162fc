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
// The classifier's segmenter, as the CLI and the app register it (its one-time load is in the cold figure).
import '../main/services/jieba-tagger';
import { generateStory, makeVariant } from '../test/fixtures/synthetic';
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

/** Small cases run this many times: the first run is cold (JIT), the median of the rest is warm. */
const SMALL_REPEAT = 5;

/** Child side: runs one measurement and prints one JSON line. */
function measure(caseName: string, mode: string): void {
  const spec = CASES.find((c) => c.name === caseName);
  const variants = spec ? generated(spec.count, spec.length) : sampleVariants();
  const once = (): number => {
    if (mode === 'engine' && !spec) {
      const result = compareVariants(variants);
      return result.stories.reduce((n, s) => n + s.flags.length, 0);
    }
    if (mode === 'engine') {
      // Generated variants are one story by construction: time the collation itself, not the finder.
      const spans = variants.map((v) => ({ variant: v.id, start: 0, end: v.text.length }));
      return collateStory(variants, { id: 's1', title: 'generated', spans, missing: [] }).story.flags.length;
    }
    const dmp = new DiffMatchPatch();
    const first = (variants[0] as VariantText).text;
    let ops = 0;
    for (const v of variants.slice(1)) ops += dmp.diff_main(first, v.text).length;
    return ops;
  };
  const repeat = spec && spec.count * spec.length <= 50_000 ? SMALL_REPEAT : 1;
  const times: number[] = [];
  let flags = 0;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    flags = once();
    times.push(performance.now() - start);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  const warmMs = warm.length > 0 ? (warm[warm.length >> 1] as number) : null;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms: times[0], warmMs, peakMb, flags })}\n`);
}

interface Measurement {
  readonly ms: number;
  readonly warmMs: number | null;
  readonly peakMb: number;
  readonly flags: number;
}

function runChild(caseName: string, mode: string): Measurement {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, VARIORUM_BENCH_CASE: caseName, VARIORUM_BENCH_MODE: mode },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measurement;
}

/** Prints one line per case: engine time and peak RSS beside plain diff-match-patch. */
export async function run(): Promise<void> {
  const names = [...(existsSync(samples) ? ['sample pages'] : []), ...CASES.map((c) => c.name)];
  if (!existsSync(samples)) console.log('(../shared/samples not found: sample pages skipped)');
  console.log('case          engine ms (warm)  engine peak MB  flags | dmp ms (warm)  dmp peak MB | engine/dmp');
  for (const name of names) {
    const engine = runChild(name, 'engine');
    const dmp = runChild(name, 'dmp');
    const warm = (m: Measurement): string => (m.warmMs === null ? '' : ` (${m.warmMs.toFixed(0)})`);
    console.log(
      `${name.padEnd(13)} ${(engine.ms.toFixed(0) + warm(engine)).padStart(16)} ${engine.peakMb.toFixed(0).padStart(15)} ${String(engine.flags).padStart(6)} | ${(
        dmp.ms.toFixed(0) + warm(dmp)
      ).padStart(13)} ${dmp.peakMb.toFixed(0).padStart(12)} | ${(engine.ms / Math.max(1, dmp.ms)).toFixed(2)}x`,
    );
  }
  console.log('(peak MB: max RSS of the forked process, Node and tsx included)');
}

const childCase = process.env.VARIORUM_BENCH_CASE;
if (childCase) measure(childCase, process.env.VARIORUM_BENCH_MODE ?? 'engine');
