/**
 * A day's pages through the `variorum` bin: the shared sample pages mutated into editions
 * (bench/day-pages.ts, generated at run time from ../shared, never committed), 30, 90 and 150
 * pages, each compared in one `variorum compare --json DIR` run of the built bin. Prints wall
 * time, the child's CPU time and peak memory, what was found, and the machine's load — on a
 * shared machine wall time mostly measures the other processes, CPU time the work.
 * Also the bin's start-up (`--version`) and a two-file compare. Prints, never fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSourcePages, samplePagesDir, writeDay } from './day-pages';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DAY_SIZES = [30, 90, 150] as const;
/** Required before the bin in the child (a CommonJS file, cheap to load): reports its CPU time and peak memory on exit. */
const USAGE_HOOK = `process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nbench-usage '+JSON.stringify({cpuMs:(u.userCPUTime+u.systemCPUTime)/1000,maxRssMb:u.maxRSS/1024})+'\\n')});\n`;
let hookFile = '';

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly stdout: string;
}

/** Runs the bin once, as a user would (node dist/cli.js …), with the usage hook. */
function runBin(bin: string, args: readonly string[]): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--require', hookFile, bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  const wallMs = performance.now() - start;
  if (child.status !== 0)
    throw new Error(
      `variorum ${args.join(' ')} exited ${child.status}: ${child.stderr.split('\n')[0] ?? ''}`,
    );
  const line =
    child.stderr.split('\n').find((l) => l.startsWith('bench-usage ')) ?? 'bench-usage {}';
  const usage = JSON.parse(line.slice('bench-usage '.length)) as {
    cpuMs?: number;
    maxRssMb?: number;
  };
  return {
    wallMs,
    cpuMs: usage.cpuMs ?? NaN,
    maxRssMb: usage.maxRssMb ?? NaN,
    stdout: child.stdout,
  };
}

/** The median of `times` runs' wall, CPU and memory. */
function median(runs: readonly Run[]): Run {
  const mid = <T>(xs: T[], f: (x: T) => number): number =>
    xs.map(f).sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
  return {
    wallMs: mid([...runs], (r) => r.wallMs),
    cpuMs: mid([...runs], (r) => r.cpuMs),
    maxRssMb: mid([...runs], (r) => r.maxRssMb),
    stdout: runs[0]?.stdout ?? '',
  };
}

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Prints the figures. */
export async function run(): Promise<void> {
  const sources = readSourcePages(samplePagesDir(root));
  if (!sources) {
    console.log(
      '(../shared/samples not found: the day bench needs the shared pages to generate a day; skipped)',
    );
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'variorum-day-'));
  try {
    const bin = join(work, 'cli.js');
    hookFile = join(work, 'usage-hook.cjs');
    writeFileSync(hookFile, USAGE_HOOK);
    execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--outfile', bin]);
    console.log(`machine load (1/5/15 min) at start: ${load()}; ${sources.length} source pages`);
    // What the build gave the bin (scripts/build-cli.mjs): without them it is slower, not different.
    const built = readdirSync(work);
    const has = (pattern: RegExp): string => (built.some((f) => pattern.test(f)) ? 'yes' : 'NO');
    console.log(
      `bin: V8 code cache ${has(/^variorum-[0-9a-f]+\.cache$/)}, jieba snapshot ${has(/^jieba-[0-9a-f]+\.snapshot$/)}`,
    );
    const version = median(Array.from({ length: 5 }, () => runBin(bin, ['--version'])));
    console.log(
      `start-up, variorum --version (median of 5): ${version.wallMs.toFixed(0)} ms wall, ${version.cpuMs.toFixed(0)} ms CPU (target < 300 ms)`,
    );
    const pair = join(work, 'pair');
    writeDay(sources, 2, pair);
    const two = median(
      Array.from({ length: 3 }, () =>
        runBin(bin, ['compare', '--json', join(pair, 'page-001.txt'), join(pair, 'page-002.txt')]),
      ),
    );
    console.log(
      `two-file compare (two sample pages, median of 3): ${two.wallMs.toFixed(0)} ms wall, ${two.cpuMs.toFixed(0)} ms CPU, ${two.maxRssMb.toFixed(0)} MB (target < 300 ms)`,
    );
    console.log(
      'pages  characters   wall ms    CPU ms  peak MB  stories  flags  pages per story (count × stories)',
    );
    const walls = new Map<number, Run>();
    for (const size of DAY_SIZES) {
      const dir = join(work, `day-${size}`);
      const chars = writeDay(sources, size, dir);
      const result = runBin(bin, ['compare', '--json', dir]);
      walls.set(size, result);
      const json = JSON.parse(result.stdout) as {
        stories: { spans: { variant: string }[]; flags: unknown[] }[];
      };
      const carried = new Map<number, number>();
      for (const story of json.stories) {
        const pages = new Set(story.spans.map((s) => s.variant)).size;
        carried.set(pages, (carried.get(pages) ?? 0) + 1);
      }
      const spread = [...carried]
        .sort((a, b) => b[0] - a[0])
        .map(([pages, n]) => `${pages}×${n}`)
        .join(' ');
      const flags = json.stories.reduce((n, s) => n + s.flags.length, 0);
      console.log(
        `${String(size).padStart(5)} ${String(chars).padStart(11)} ${result.wallMs.toFixed(0).padStart(9)} ${result.cpuMs.toFixed(0).padStart(9)} ${result.maxRssMb.toFixed(0).padStart(8)} ${String(json.stories.length).padStart(8)} ${String(flags).padStart(6)}  ${spread}`,
      );
    }
    const ratio = (pick: (r: Run) => number): string =>
      (pick(walls.get(150) as Run) / pick(walls.get(30) as Run) || NaN).toFixed(2);
    console.log(
      `time(150)/time(30): wall ${ratio((r) => r.wallMs)}, CPU ${ratio((r) => r.cpuMs)} (target ≤ 5.5); 150 pages target < 2000 ms end to end`,
    );
    console.log(`machine load at end: ${load()}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
