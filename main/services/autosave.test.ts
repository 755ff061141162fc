import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFileOf, writeFileAtomic } from './atomic-write';
import { AUTOSAVE_FILE, AutosaveStore } from './autosave';
import { autosaveContent } from '../../test/support/main/autosave-writer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'variorum-autosave-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('AutosaveStore', () => {
  it('reads null before any save, the latest content after saves, and null after clear', async () => {
    const store = new AutosaveStore(join(dir, 'data'));
    expect(await store.read()).toBeNull();
    await store.write('{"v":1}');
    await store.write('{"v":2}');
    expect(await store.read()).toBe('{"v":2}');
    await store.clear();
    expect(await store.read()).toBeNull();
  });

  it('keeps the order of overlapping writes: the last call wins', async () => {
    const store = new AutosaveStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.write(`{"n":${i}}`)));
    expect(await store.read()).toBe('{"n":19}');
    expect((await readdir(dir)).filter((n) => isTempFileOf(n, join(dir, AUTOSAVE_FILE)))).toEqual(
      [],
    );
  });

  it('removes temp files a crashed writer left behind, keeping the last good save', async () => {
    const store = new AutosaveStore(dir);
    await store.write('{"good":true}');
    await writeFile(join(dir, `.${AUTOSAVE_FILE}.tmp-999-abc`), '{"partial":');
    expect(await store.read()).toBe('{"good":true}');
    expect(await readdir(dir)).toEqual([AUTOSAVE_FILE]);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temp file', async () => {
    const target = join(dir, 'project.variorum.json');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, new TextEncoder().encode('two'));
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['project.variorum.json']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.json'), 'x')).rejects.toThrow(/ENOENT/);
  });
});

/** Spawns the writer, kills it with SIGKILL `delayMs` after its first complete save; returns the last seq it reported. */
function runAndKill(folder: string, firstSeq: number, delayMs: number): Promise<number> {
  const script = resolve(__dirname, '../../test/support/main/autosave-writer.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, folder, String(firstSeq)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let lastSaved = -1;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/saved (\d+)/g)) lastSaved = Number(match[1]);
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(lastSaved);
      else reject(new Error(`writer exited on its own (code ${code}): ${stderr}`));
    });
  });
}

describe('autosave under SIGKILL', () => {
  it('always leaves the last complete save (or the one being renamed in) on disk, never a partial file', async () => {
    const store = new AutosaveStore(dir);
    let previous = -1;
    let sawLeftover = false;
    for (let round = 0; round < 8; round++) {
      const first = round * 1000;
      // Random kill moments spread across several ~4 MB saves, so some land mid-write, some mid-rename.
      const delay = Math.floor(Math.random() * 400);
      const lastReported = await runAndKill(dir, first, delay);
      expect(lastReported).toBeGreaterThanOrEqual(first);

      const names = await readdir(dir);
      sawLeftover ||= names.some((n) => isTempFileOf(n, store.path));
      const raw = await readFile(store.path, 'utf8');
      const parsed = JSON.parse(raw) as { seq: number };
      // The file is the last save the writer reported complete, or the next one if the kill came
      // after its rename but before the report; in every case byte-for-byte a whole save.
      expect([lastReported, lastReported + 1]).toContain(parsed.seq);
      expect(parsed.seq).toBeGreaterThan(previous);
      expect(raw).toBe(autosaveContent(parsed.seq));
      previous = parsed.seq;
      expect(await store.read()).toBe(raw); // and reading cleans up what the kill left
    }
    console.log(
      `autosave kill test: 8 kills, a temp file was left mid-write at least once: ${sawLeftover}`,
    );
  }, 120_000);
});
