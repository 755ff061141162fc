import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempFileOf } from '../services/atomic-write';
import { bigProjectText } from '../../test/support/main/big-project';
import { builtCli } from '../../test/support/main/built-cli';

// The bin is rebuilt first when a source is newer than it (the first test file to ask builds it).
beforeAll(() => void builtCli(), 180_000);

const repoRoot = resolve(__dirname, '../..');
const OLD = 'the previous good export\n';
let dir = '';
let project = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'variorum-atomic-cli-'));
  project = join(dir, 'big.variorum.json');
  // ~16 MB of output: long enough to write that a kill lands inside the write.
  await writeFile(project, bigProjectText(400_000));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Runs `export -o out` in a child process and SIGKILLs it `delayMs` after its temp file appears
 * beside `out` (watched with fs.watch, so the kill lands during the write, not before it).
 * Resolves with whether the kill happened before the process finished on its own.
 */
function exportAndKill(out: string, delayMs: number): Promise<boolean> {
  const child = spawn(
    process.execPath,
    [builtCli(), 'export', project, '--format', 'txt', '-o', out],
    { cwd: repoRoot, stdio: 'ignore' },
  );
  return new Promise((resolvePromise, reject) => {
    const watcher = watch(dir, (_event, name) => {
      if (name && isTempFileOf(String(name), out)) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      watcher.close();
      clearTimeout(timer);
      resolvePromise(signal === 'SIGKILL');
    });
  });
}

describe('CLI output under SIGKILL', () => {
  it('export -o killed mid-write leaves the previous file whole, and the next write removes the dead temp file', async () => {
    const out = join(dir, 'out.txt');
    let killedMidWrite = 0;
    let leftovers = 0;
    for (const delay of [0, 5, 20]) {
      await writeFile(out, OLD);
      const killed = await exportAndKill(out, delay);
      const now = await readFile(out, 'utf8');
      if (killed) {
        // Either the old file (killed before the rename) or the whole new one (after it): never a part.
        expect(
          now === OLD || now.length === 400_000 * '新闻校对variorum的测试段落。\n'.length,
        ).toBe(true);
        if (now === OLD) killedMidWrite++;
        leftovers += (await readdir(dir)).filter((n) => isTempFileOf(n, out)).length;
      }
    }
    expect(killedMidWrite).toBeGreaterThan(0);
    // The kills left temp files (so they really landed inside a write)…
    expect(leftovers).toBeGreaterThan(0);
    // A complete export afterwards replaces the file and removes what the killed writers left.
    const child = spawn(
      process.execPath,
      [builtCli(), 'export', project, '--format', 'txt', '-o', out],
      { cwd: repoRoot, stdio: 'ignore' },
    );
    expect(await new Promise((r) => child.on('exit', r))).toBe(0);
    expect((await readdir(dir)).filter((n) => isTempFileOf(n, out))).toEqual([]);
    expect((await readFile(out, 'utf8')).startsWith('新闻校对')).toBe(true);
  }, 120_000);
});
