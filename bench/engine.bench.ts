/**
 * Engine bench: time and peak memory of compareVariants beside plain diff-match-patch (every
 * variant against the first, run to the end) on the shared sample pages and on generated
 * variants (about one edit per 300 characters, half of them in half-width punctuation).
 * Each case runs in a forked process so its peak RSS is its own; both sides run in that one
 * process and are compared in CPU time, warm runs interleaved, the engine's cold run apart (the
 * old bench timed each side in its own process, cold, by wall clock: 1.32x where in-process runs
 * gave 0.62-0.94x — it charged the engine its one-time loads, compared two moments of a shared
 * machine's load, and let diff-match-patch's 1 s wall-clock deadline cut its work short when the
 * machine was busy). The sample pages go through
 * compareVariants (story finder included); generated variants, one story by construction, through
 * collateStory (fold, align, classify).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import DiffMatchPatch from 'diff-match-patch';
import { collateStory, compareVariants } from '../app/compare';
import { compoundSurname, confusion } from '../app/classify/sounds';
import { segment, WARM_UP_TEXT } from '../app/classify/tagger';
import { toSimplified } from '../app/text/script-fold';
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

/** One edit per this many characters in generated variants (the issue's figure). */
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
    .map((f, i) => ({
      id: `v${i + 1}`,
      path: join(samples, f),
      name: f,
      encoding: 'utf-8',
      text: readFileSync(join(samples, f), 'utf8'),
    }));
}

/**
 * A case run again with the engine's one-time loads paid first and timed apart, as the app's Web
 * Worker loads its segmenter before the first comparison: jieba-wasm's dictionary and the WASM of
 * each of its paths (WARM_UP_TEXT), pinyin-pro's readings and surname segmenter, the
 * traditional→simplified tables.
 */
const LOADS_FIRST = ', loads first';

/** Pays the engine's one-time loads; the CPU ms of each. */
function oneTimeLoads(): Record<string, number> {
  const cpu = (work: () => unknown): number => {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  return {
    'jieba dictionary': cpu(() => segment(WARM_UP_TEXT)),
    'pinyin-pro': cpu(() => confusion('棉', '绵')),
    // Its segmenter builds a phrase matcher on the first surname question (name.compound-surname).
    'pinyin-pro surnames': cpu(() => compoundSurname('欧阳')),
    't2s tables': cpu(() => toSimplified('學')),
  };
}

/** Warm runs of each side per case, interleaved engine / dmp (more for the small cases). */
const WARM_RUNS = 3;
const SMALL_WARM_RUNS = 7;

/** One timed run: CPU time of this process (user + system) and wall time, in ms. */
interface Timed {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly result: number;
}

function timed(work: () => number): Timed {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - start, result };
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

/**
 * Child side: both sides of one case in this one process, so that they see the same machine.
 * diff-match-patch first (its peak RSS is read before the engine runs), then the engine's cold
 * run (its one-time costs: JIT, the t2s and pinyin tables, jieba's dictionary when a flag asks
 * for a tag), then warm runs interleaved engine, dmp, engine, dmp… Prints one JSON line.
 */
function measure(caseName: string): void {
  const loadsFirst = caseName.endsWith(LOADS_FIRST);
  const spec = CASES.find((c) => c.name === caseName.replace(LOADS_FIRST, ''));
  const loads = loadsFirst ? oneTimeLoads() : undefined;
  const variants = spec ? generated(spec.count, spec.length) : sampleVariants();
  const engine = (): number => {
    if (!spec) return compareVariants(variants).stories.reduce((n, s) => n + s.flags.length, 0);
    // Generated variants are one story by construction: time the collation itself, not the finder.
    const spans = variants.map((v) => ({ variant: v.id, start: 0, end: v.text.length }));
    return collateStory(variants, { id: 's1', title: 'generated', spans, missing: [] }).story.flags
      .length;
  };
  // Plain diff-match-patch, run to the end (Diff_Timeout 0). With its default 1 s deadline, a
  // loaded machine stops it early with a coarser diff: its time then measured the load, not the
  // work (9 pairs of 100k took ~0.6 s CPU and ~5 s wall at load 17, each pair cut at its second).
  const dmp = (): number => {
    const differ = new DiffMatchPatch();
    differ.Diff_Timeout = 0;
    const first = (variants[0] as VariantText).text;
    let ops = 0;
    for (const v of variants.slice(1)) ops += differ.diff_main(first, v.text).length;
    return ops;
  };
  const dmpCold = timed(dmp);
  const dmpPeakMb = process.resourceUsage().maxRSS / 1024;
  const engineCold = timed(engine);
  const runs = spec && spec.count * spec.length <= 50_000 ? SMALL_WARM_RUNS : WARM_RUNS;
  const warmEngine: Timed[] = [];
  const warmDmp: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    warmEngine.push(timed(engine));
    warmDmp.push(timed(dmp));
  }
  process.stdout.write(
    `${JSON.stringify({
      engineColdCpu: engineCold.cpuMs,
      engineColdWall: engineCold.wallMs,
      engineCpu: median(warmEngine.map((t) => t.cpuMs)),
      engineWall: median(warmEngine.map((t) => t.wallMs)),
      dmpColdCpu: dmpCold.cpuMs,
      dmpCpu: median(warmDmp.map((t) => t.cpuMs)),
      dmpWall: median(warmDmp.map((t) => t.wallMs)),
      enginePeakMb: process.resourceUsage().maxRSS / 1024,
      dmpPeakMb,
      flags: engineCold.result,
      ...(loads ? { loads } : {}),
    })}\n`,
  );
}

interface Measurement {
  readonly engineColdCpu: number;
  readonly engineColdWall: number;
  readonly engineCpu: number;
  readonly engineWall: number;
  readonly dmpColdCpu: number;
  readonly dmpCpu: number;
  readonly dmpWall: number;
  readonly enginePeakMb: number;
  readonly dmpPeakMb: number;
  readonly flags: number;
  readonly loads?: Readonly<Record<string, number>>;
}

function runChild(caseName: string): Measurement {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, VARIORUM_BENCH_CASE: caseName },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Measurement;
}

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/**
 * Prints one line per case: the engine beside plain diff-match-patch, both measured in one forked
 * process (its own peak RSS) in CPU time, warm runs interleaved, with the engine's cold first run
 * shown apart. The ratio is of CPU times: on a shared machine wall time mostly measures the
 * other processes, and two forked processes timed minutes apart saw different loads.
 */
export async function run(): Promise<void> {
  const names = [
    ...(existsSync(samples) ? ['sample pages'] : []),
    ...CASES.map((c) => c.name),
    `5 x 5k${LOADS_FIRST}`,
  ];
  if (!existsSync(samples)) console.log('(../shared/samples not found: sample pages skipped)');
  console.log(`machine load (1/5/15 min) at start: ${load()}`);
  console.log(
    'case          engine CPU ms: cold  warm (wall) | dmp CPU ms: warm (wall) | engine/dmp CPU warm (cold) | peak MB engine dmp | flags',
  );
  for (const name of names) {
    const m = runChild(name);
    const ratio = (engine: number): string => `${(engine / Math.max(0.1, m.dmpCpu)).toFixed(2)}x`;
    console.log(
      `${name.padEnd(13)} ${m.engineColdCpu.toFixed(0).padStart(18)} ${m.engineCpu.toFixed(0).padStart(5)} (${m.engineWall.toFixed(0)}) | ${m.dmpCpu
        .toFixed(0)
        .padStart(
          16,
        )} (${m.dmpWall.toFixed(0)}) | ${ratio(m.engineCpu).padStart(17)} (${ratio(m.engineColdCpu)}) | ${m.enginePeakMb
        .toFixed(0)
        .padStart(14)} ${m.dmpPeakMb.toFixed(0).padStart(4)} | ${m.flags}`,
    );
    if (m.loads)
      console.log(
        `  one-time loads paid first (CPU ms): ${Object.entries(m.loads)
          .map(([what, ms]) => `${what} ${ms.toFixed(0)}`)
          .join(', ')}`,
      );
  }
  console.log(`machine load at end: ${load()}`);
  console.log(
    '(CPU ms: user + system of the child; warm: median of interleaved runs; peak MB: max RSS, Node and tsx included)',
  );
}

const childCase = process.env.VARIORUM_BENCH_CASE;
if (childCase) measure(childCase);
