import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cliWorkDir } from '../../test/support/main/cli-work-dir';

/**
 * A full disk, injected: every file opened for a new write ('wx', how writeFileAtomic creates its
 * temp file) takes half the data and then fails with ENOSPC, as a filling disk does. Everything
 * else is the real file system. `calls` records the writes so the test can show temp-then-rename.
 */
const disk = vi.hoisted(() => ({ full: false, calls: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (path, flags, mode) => {
    const handle = await real.open(path, flags, mode);
    if (flags !== 'wx') return handle;
    disk.calls.push(`open-temp ${String(path)}`);
    if (!disk.full) return handle;
    const writeFile = async (data: string | Uint8Array): Promise<void> => {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      await handle.write(bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    return Object.assign(handle, { writeFile });
  };
  const rename: typeof real.rename = async (from, to) => {
    disk.calls.push(`rename ${String(from)} -> ${String(to)}`);
    return real.rename(from, to);
  };
  return { ...real, default: { ...real, open, rename }, open, rename };
});

const { runExport } = await import('./export-command');
const { compareCommand } = await import('./compare-command');

let dir = '';
beforeAll(async () => {
  dir = await cliWorkDir(
    'variorum-full-disk-',
    '社区食堂温暖老人心\n今年以来，城东区新开社区食堂12家，服务老人3200人次。\n',
    '社区食堂温暖老人心\n今年以来，城东区新开社区食堂12家，服务老人3500人次。\n',
  );
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  disk.full = false;
  disk.calls = [];
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

describe('CLI writes on a full disk', () => {
  it('export -o fails with ENOSPC and leaves the previous good file and no temp file', async () => {
    const out = join(dir, 'export.txt');
    await writeFile(out, 'previous good export\n');
    disk.full = true;
    await expect(
      runExport([join(dir, 'p.variorum.json'), '--format', 'txt', '-o', out]),
    ).rejects.toThrow(/ENOSPC/);
    expect(await readFile(out, 'utf8')).toBe('previous good export\n');
    expect((await readdir(dir)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('compare --canonical majority -o fails with ENOSPC and leaves the previous good file', async () => {
    const out = join(dir, 'canonical.txt');
    await writeFile(out, 'previous canonical\n');
    disk.full = true;
    await expect(
      compareCommand.run([
        join(dir, 'a.txt'),
        join(dir, 'b.txt'),
        '--canonical',
        'majority',
        '-o',
        out,
      ]),
    ).rejects.toThrow(/ENOSPC/);
    expect(await readFile(out, 'utf8')).toBe('previous canonical\n');
    expect((await readdir(dir)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('compare --canonical majority -o writes a temp file beside the output and renames it over', async () => {
    const out = join(dir, 'canonical-ok.txt');
    expect(
      await compareCommand.run([
        join(dir, 'a.txt'),
        join(dir, 'b.txt'),
        '--canonical',
        'majority',
        '-o',
        out,
      ]),
    ).toBe(0);
    const temp = disk.calls[0]?.replace('open-temp ', '') ?? '';
    expect(temp).toMatch(/\/\.canonical-ok\.txt\.tmp-\d+-[0-9a-f]{12}$/);
    expect(disk.calls).toEqual([`open-temp ${temp}`, `rename ${temp} -> ${out}`]);
    expect(await readFile(out, 'utf8')).toContain('社区食堂温暖老人心');
  });
});
