/**
 * Ctrl-C during `-o` output: the CLI, run as a child process, gets SIGINT while its temp file is
 * half written (a preload slows the write down so the signal lands inside it). It must end by
 * that signal, leave the previous output file as it was, and leave no temp file beside it.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempFileOf } from '../services/atomic-write';
import { cliWorkDir } from '../../test/support/main/cli-work-dir';
import { builtCli } from '../../test/support/main/built-cli';

// The bin is rebuilt first when a source is newer than it (the first test file to ask builds it).
beforeAll(() => void builtCli(), 180_000);

const repoRoot = resolve(__dirname, '../..');
const slowWrite = resolve(__dirname, '../../audit/slow-write.mjs');
const OLD = 'the previous good output\n';
let dir = '';

beforeAll(async () => {
  dir = await cliWorkDir(
    'variorum-interrupt-',
    '本报讯 市政府昨日召开会议，研究城市交通问题。\n\n与会者一致同意加快地铁建设。\n',
    '本报讯 市政府昨天召开会议，研究城市交通问题。\n\n与会者一致同意加快地铁建设。\n',
  );
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI with `args`, sends SIGINT once the temp file of `out` appears; resolves how it ended. */
function interruptMidWrite(
  args: readonly string[],
  out: string,
): Promise<{ signal: NodeJS.Signals | null; code: number | null; sawTemp: boolean }> {
  const child = spawn(process.execPath, ['--import', slowWrite, builtCli(), ...args], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
  let sawTemp = false;
  return new Promise((done, reject) => {
    const watcher = watch(dir, (_event, name) => {
      if (sawTemp || !name || !isTempFileOf(String(name), out)) return;
      sawTemp = true;
      // Half the data is written by now; the rest waits two seconds.
      setTimeout(() => child.kill('SIGINT'), 300);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher.close();
      clearTimeout(timer);
      done({ signal, code, sawTemp });
    });
  });
}

describe('CLI under Ctrl-C', () => {
  const cases: readonly [string, (out: string) => readonly string[]][] = [
    ['export -o', (out) => ['export', join(dir, 'p.variorum.json'), '--format', 'txt', '-o', out]],
    [
      'compare --canonical majority -o',
      (out) => [
        'compare',
        join(dir, 'a.txt'),
        join(dir, 'b.txt'),
        '--canonical',
        'majority',
        '-o',
        out,
      ],
    ],
  ];
  it.each(cases)(
    '%s interrupted mid-write keeps the previous file and leaves no temp file',
    async (_label, args) => {
      const out = join(dir, `out-${args(dir)[0]}.txt`);
      await writeFile(out, OLD);
      const run = await interruptMidWrite(args(out), out);
      expect(run.sawTemp).toBe(true);
      expect(run.signal).toBe('SIGINT');
      expect(await readFile(out, 'utf8')).toBe(OLD);
      expect((await readdir(dir)).filter((n) => isTempFileOf(n, out))).toEqual([]);
    },
    120_000,
  );
});
