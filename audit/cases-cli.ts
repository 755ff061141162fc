/**
 * The audit's command-line classes, run against the real CLI in child processes: the input policy
 * (FIFO, /dev/zero, oversized, folder, missing, empty, binary), outputs under SIGKILL and a full
 * disk, a project that does not fit its variants, SIGINT, and (with --heavy) the bounded engine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isTempFileOf } from '../main/services/atomic-write';
import { bigProjectText } from '../test/support/main/big-project';
import type { AuditCase, AuditClass } from './cases-in-process';

const root = resolve(__dirname, '..');

/** The outcome of one CLI run. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs the CLI; `onStart` may kill it; a run over `limitMs` is killed (and counts as not handled). */
export function runCli(
  args: readonly string[],
  options: {
    limitMs?: number;
    preload?: string;
    onStart?: (kill: (s: NodeJS.Signals) => void) => void;
  } = {},
): Promise<CliRun> {
  const started = Date.now();
  const flags = ['--import', 'tsx', ...(options.preload ? ['--import', options.preload] : [])];
  const child = spawn(process.execPath, [...flags, 'main/cli/index.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.limitMs ?? 60_000);
  options.onStart?.((signal) => child.kill(signal));
  return new Promise((done) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stderr, ms: Date.now() - started });
    });
  });
}

/** Builds the CLI classes in `dir`; `lost` collects anything that was lost (a source changed, an old output torn). */
export async function cliClasses(
  dir: string,
  lost: string[],
  heavy: boolean,
): Promise<AuditClass[]> {
  const files = await writeInputFiles(dir);
  const writes = await writeCases(dir, files, lost);
  const engine = engineCases(dir);
  if (heavy) engine.push(...heavyCases(dir));
  return [
    { name: 'input: one policy for window and CLI', cases: inputCases(files) },
    { name: 'writes: atomic under SIGKILL and a full disk', cases: writes },
    { name: 'projects: export refuses a project that does not fit', cases: projectCases(dir) },
    { name: 'engine: bounded and cancellable', cases: engine },
    { name: 'nothing lost', cases: [await sourcesKeptCase(files, lost)] },
  ];
}

/** The two pages every case compares, the bad inputs (a FIFO, /dev/zero, 51 MB, a folder, a missing file, a PNG) and an empty file. */
interface InputFiles {
  readonly a: string;
  readonly b: string;
  readonly bad: Record<string, string>;
  readonly empty: string;
}

/** Writes the pages and the bad inputs into `dir`. */
async function writeInputFiles(dir: string): Promise<InputFiles> {
  await mkdir(dir, { recursive: true });
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  await writeFile(a, '社区食堂温暖老人心\n今年以来，城东区新开社区食堂12家，服务老人3200人次。\n');
  await writeFile(b, '社区食堂温暖老人心\n今年以来，城东区新开社区食堂12家，服务老人3500人次。\n');
  const bad: Record<string, string> = {
    fifo: join(dir, 'pipe.txt'),
    zero: '/dev/zero',
    big: join(dir, 'big51.txt'),
    folder: join(dir, 'folder'),
    missing: join(dir, 'gone.txt'),
    binary: join(dir, 'photo.txt'),
  };
  if (process.platform !== 'win32') spawnSync('mkfifo', [bad.fifo as string]);
  await writeFile(bad.big as string, '');
  await truncate(bad.big as string, 51 * 1024 * 1024);
  await mkdir(bad.folder as string, { recursive: true });
  await writeFile(
    join(bad.folder as string, 'x.png'),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
  );
  await writeFile(
    bad.binary as string,
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  );
  const empty = join(dir, 'empty.txt');
  await writeFile(empty, '');
  return { a, b, bad, empty };
}

/** Every bad input refused, named, the rest compared; --strict stops; an empty file is warned about. */
function inputCases({ a, b, bad, empty }: InputFiles): AuditCase[] {
  const inputCases: AuditCase[] = Object.entries(bad)
    .filter(([, path]) => existsSync(path) || path.endsWith('gone.txt'))
    .map(([kind, path]) => ({
      name: `${kind} refused within 10 s, named, the rest compared`,
      run: async () => {
        const run = await runCli(['compare', path, a, b], { limitMs: 30_000 });
        const named = kind === 'folder' ? run.stderr.includes('folder') : run.stderr.includes(path);
        return (
          (run.code === 4 || (kind === 'folder' && run.code === 1)) && named && run.ms < 10_000
        );
      },
    }));
  inputCases.push({
    name: 'every bad file named in one run',
    run: async () =>
      (
        await runCli([
          'compare',
          bad.zero as string,
          bad.big as string,
          bad.missing as string,
          a,
          b,
        ])
      ).stderr
        .split('\n')
        .filter((l) => l.includes('cannot read')).length === 3,
  });
  inputCases.push({
    name: '--strict stops at the first bad file',
    run: async () =>
      (await runCli(['compare', '--strict', bad.missing as string, a, b])).code === 1,
  });
  inputCases.push({
    name: 'empty file warned about',
    run: async () =>
      /warning: .*empty\.txt: The file is empty/.test((await runCli(['compare', empty, a])).stderr),
  });
  return inputCases;
}

/** Exports and canonical texts killed, interrupted or on a full disk keep the previous file whole. */
async function writeCases(dir: string, { a, b }: InputFiles, lost: string[]): Promise<AuditCase[]> {
  const project = join(dir, 'big.variorum.json');
  await writeFile(project, bigProjectText(400_000));
  const cases = [
    ...killCases(dir, project, lost),
    interruptCase(dir, project, lost),
    ...fullDiskCases(dir, project, [a, b], lost),
  ];
  if (spawnSync('strace', ['-V']).status === 0) cases.push(straceCase(dir, [a, b]));
  return cases;
}

/** What every write case's output holds before the case runs: it must still be there, or the whole new file. */
const OLD = 'previous good output\n';

/** export -o SIGKILLed 0 to 20 ms into its write: the output is the old file or the whole new one. */
function killCases(dir: string, project: string, lost: string[]): AuditCase[] {
  const killOnce = async (out: string, delay: number): Promise<boolean> => {
    await writeFile(out, OLD);
    let killer: ((s: NodeJS.Signals) => void) | undefined;
    const watcher = watch(dir, (_e, name) => {
      if (name && isTempFileOf(String(name), out)) setTimeout(() => killer?.('SIGKILL'), delay);
    });
    await runCli(['export', project, '--format', 'txt', '-o', out], {
      onStart: (kill) => (killer = kill),
    });
    watcher.close();
    const now = await readFile(out, 'utf8');
    const whole = now === OLD || now.length === 400_000 * '新闻校对variorum的测试段落。\n'.length;
    if (!whole) lost.push(`${out} torn by a kill (${now.length} characters)`);
    return whole;
  };
  return [0, 2, 5, 10, 20].map((delay) => ({
    name: `export -o SIGKILLed ${delay} ms into its write`,
    run: () => killOnce(join(dir, 'killed.txt'), delay),
  }));
}

/** export -o interrupted by Ctrl-C mid-write (slow-write.mjs slows the write). */
function interruptCase(dir: string, project: string, lost: string[]): AuditCase {
  return {
    name: 'export -o interrupted by Ctrl-C (SIGINT) mid-write keeps the previous file and leaves no temp file',
    run: async () => {
      const out = join(dir, 'interrupted.txt');
      await writeFile(out, OLD);
      let interrupt: ((s: NodeJS.Signals) => void) | undefined;
      let sawTemp = false;
      const watcher = watch(dir, (_e, name) => {
        if (sawTemp || !name || !isTempFileOf(String(name), out)) return;
        sawTemp = true;
        // slow-write.mjs holds the second half of the write for two seconds.
        setTimeout(() => interrupt?.('SIGINT'), 300);
      });
      const run = await runCli(['export', project, '--format', 'txt', '-o', out], {
        preload: resolve(__dirname, 'slow-write.mjs'),
        onStart: (kill) => (interrupt = kill),
      });
      watcher.close();
      const kept = (await readFile(out, 'utf8')) === OLD;
      if (!kept) lost.push(`${out} replaced or torn by a Ctrl-C`);
      const leftovers = (await readdir(dir)).filter((n) => isTempFileOf(n, out));
      return sawTemp && run.signal === 'SIGINT' && kept && leftovers.length === 0;
    },
  };
}

/** export -o and compare --canonical -o on a full disk (inject-enospc.mjs). */
function fullDiskCases(
  dir: string,
  project: string,
  [a, b]: readonly [string, string],
  lost: string[],
): AuditCase[] {
  const cases: AuditCase[] = [];
  const enospc = resolve(__dirname, 'inject-enospc.mjs');
  for (const [label, args, out] of [
    ['export -o', ['export', project, '--format', 'txt', '-o'], join(dir, 'full-export.txt')],
    [
      'compare --canonical majority -o',
      ['compare', a, b, '--canonical', 'majority', '-o'],
      join(dir, 'full-canonical.txt'),
    ],
  ] as const) {
    cases.push({
      name: `${label} on a full disk keeps the previous file`,
      run: async () => {
        await writeFile(out, OLD);
        const run = await runCli([...args, out], { preload: enospc });
        const kept = (await readFile(out, 'utf8')) === OLD;
        if (!kept) lost.push(`${out} replaced by a partial file on a full disk`);
        const leftovers = (await readdir(dir)).filter((n) => isTempFileOf(n, out));
        return run.code !== 0 && kept && leftovers.length === 0 && /ENOSPC/.test(run.stderr);
      },
    });
  }
  return cases;
}

/** compare --canonical -o writes a temp file and renames it, as strace sees the system calls. */
function straceCase(dir: string, [a, b]: readonly [string, string]): AuditCase {
  return {
    name: 'compare --canonical majority -o writes a temp file and renames it (strace)',
    run: async () => {
      const out = join(dir, 'traced.txt');
      const trace = spawnSync(
        'strace',
        [
          '-f',
          '-e',
          'trace=rename,renameat,renameat2',
          process.execPath,
          '--import',
          'tsx',
          'main/cli/index.ts',
          'compare',
          a,
          b,
          '--canonical',
          'majority',
          '-o',
          out,
        ],
        { cwd: root, encoding: 'utf8' },
      );
      return new RegExp(
        `rename[a-z0-9]*\\(.*\\.traced\\.txt\\.tmp-\\d+-[0-9a-f]+", .*traced\\.txt"`,
      ).test(trace.stderr);
    },
  };
}

/** An export refuses a project whose reading lies past its variant. */
function projectCases(dir: string): AuditCase[] {
  return [
    {
      name: 'export of a project whose reading lies past its variant exits non-zero and writes nothing',
      run: async () => {
        const text = JSON.parse(bigProjectText(3)) as {
          result: { stories: { flags: unknown[] }[] };
        };
        text.result.stories[0]!.flags.push({
          id: 's1-f1',
          category: 'name',
          readings: [
            { variant: 'v1', start: 500, end: 503, text: 'abc' },
            { variant: 'v2', start: 0, end: 1, text: '新' },
          ],
          majority: null,
        });
        const path = join(dir, 'broken.variorum.json');
        await writeFile(path, JSON.stringify(text));
        const out = join(dir, 'never.txt');
        const run = await runCli(['export', path, '--format', 'txt', '-o', out]);
        return run.code === 1 && /does not match its variants/.test(run.stderr) && !existsSync(out);
      },
    },
  ];
}

/** A long compare stops within 2 s of a SIGINT. */
function engineCases(dir: string): AuditCase[] {
  const engineCases: AuditCase[] = [
    {
      name: 'SIGINT cancels a long compare within 2 s',
      run: async () => {
        const para = (i: number) =>
          `${String.fromCharCode(0x4e00 + ((i * 7919) % 6000), 0x4e00 + ((i * 104729) % 6000), 0x4e00 + ((i * 31) % 6000))}第${i}段。`;
        const pages = [join(dir, 'long-a.txt'), join(dir, 'long-b.txt')];
        await writeFile(
          pages[0] as string,
          Array.from({ length: 40_000 }, (_, i) => para(i)).join('\n\n'),
        );
        await writeFile(
          pages[1] as string,
          Array.from({ length: 40_000 }, (_, i) => para(i + (i % 997 === 0 ? 1 : 0))).join('\n\n'),
        );
        let sentAt = 0;
        const run = await runCli(['compare', ...pages], {
          onStart: (kill) => setTimeout(() => ((sentAt = Date.now()), kill('SIGINT')), 3000),
        });
        return run.signal === 'SIGINT' && Date.now() - sentAt < 2000;
      },
    },
  ];
  return engineCases;
}

/** The pages read now, checked again after every case: a source is never changed. */
async function sourcesKeptCase({ a, b }: InputFiles, lost: string[]): Promise<AuditCase> {
  const sources = await Promise.all([a, b].map((p) => readFile(p, 'utf8')));
  const sourcesKept: AuditCase = {
    name: 'sources unchanged after every case',
    run: async () => {
      const now = await Promise.all([a, b].map((p) => readFile(p, 'utf8')));
      const same = now.every((t, i) => t === sources[i]);
      if (!same) lost.push('a source file changed');
      return same;
    },
  };
  return sourcesKept;
}

/** The slow engine probes (minutes): 150,000 paragraphs and two 20 MB single lines. */
function heavyCases(dir: string): AuditCase[] {
  const probe = resolve(__dirname, 'engine-probe.ts');
  const run = (kind: string): Promise<boolean> =>
    new Promise((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', probe, kind, dir], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.on('exit', (code) => {
        process.stdout.write(`    ${out.trim()}\n`);
        done(code === 0);
      });
    });
  return [
    { name: '150,000 short paragraphs compare', run: () => run('paragraphs') },
    { name: 'two 20 MB single lines compare', run: () => run('lines') },
  ];
}
