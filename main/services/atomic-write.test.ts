import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDeadTempFiles, TEMP_INFIX, writeFileAtomic } from './atomic-write';
import { AutosaveStore } from './autosave';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'variorum-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A pid that runs no process: above Linux's pid_max ceiling (4194304). */
const DEAD_PID = 4_194_305;

describe('writeFileAtomic', () => {
  it.skipIf(process.platform === 'win32')(
    'writes the autosave as 0600 in a 0700 folder, also over an older 0644 file',
    async () => {
      const folder = join(dir, 'autosave');
      const store = new AutosaveStore(folder);
      await store.write('{"v":1}');
      await writeFile(store.path, '{"v":0}', { mode: 0o644 });
      await store.write('{"v":2}');
      expect((await stat(store.path)).mode & 0o777).toBe(0o600);
      expect((await stat(folder)).mode & 0o777).toBe(0o700);
    },
  );

  it('removes temp files of dead writers after a write, keeping a live writer’s', async () => {
    const target = join(dir, 'out.txt');
    const dead = `.out.txt${TEMP_INFIX}${DEAD_PID}-abcdef`;
    const live = `.out.txt${TEMP_INFIX}${process.pid}-123456`;
    const other = `.other.txt${TEMP_INFIX}${DEAD_PID}-abcdef`;
    for (const name of [dead, live, other]) await writeFile(join(dir, name), 'partial');
    await writeFileAtomic(target, 'whole');
    expect((await readdir(dir)).sort()).toEqual([live, other, 'out.txt'].sort());
    expect(await removeDeadTempFiles(join(dir, 'other.txt'))).toBe(1);
    expect(await readFile(target, 'utf8')).toBe('whole');
  });

  it('is the only way main/ writes a file: no other write call in its sources', () => {
    const root = resolve(__dirname, '..');
    const sources = (function list(folder: string): string[] {
      return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? list(join(folder, e.name))
          : e.name.endsWith('.ts') && !e.name.includes('.test.')
            ? [join(folder, e.name)]
            : [],
      );
    })(root);
    const writers =
      /\b(writeFileSync|appendFile(Sync)?|createWriteStream|copyFile(Sync)?)\b|\bwriteFile\(/;
    const offenders = sources
      .filter(
        (file) => !file.endsWith('atomic-write.ts') && writers.test(readFileSync(file, 'utf8')),
      )
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
