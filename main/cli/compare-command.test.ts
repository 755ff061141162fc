import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compareVariants } from '../../app/compare';
import { UsageError } from './args';
import {
  compareCommand,
  expandInputs,
  formatSummary,
  parseCompareArgs,
  readVariants,
} from './compare-command';

const dir = mkdtempSync(join(tmpdir(), 'variorum-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, '标题\n\n街道党工委书记王海燕介绍，站点服务居民三千余人次。\n');
writeFileSync(
  b,
  Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('标题\r\n\r\n街道党工委书记王海艳介绍,站点服务居民三千余人次。\r\n'),
  ]),
);

describe('compare command', () => {
  it('parses --json, files and the options of --canonical and --report with util.parseArgs', () => {
    const parsed = parseCompareArgs([
      '--json',
      'x.txt',
      '--canonical',
      'majority',
      'y.txt',
      '-o',
      'c.txt',
    ]);
    expect(parsed).toEqual({
      json: true,
      strict: false,
      files: ['x.txt', 'y.txt'],
      canonical: 'majority',
      output: 'c.txt',
    });
    expect(parseCompareArgs(['d/', '--report', 'html'])).toEqual({
      json: false,
      strict: false,
      files: ['d/'],
      report: 'html',
    });
    expect(parseCompareArgs(['--', '-odd-name.txt', 'b.txt']).files).toEqual([
      '-odd-name.txt',
      'b.txt',
    ]);
    const usage = (args: string[]): string => {
      try {
        parseCompareArgs(args);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      throw new Error(`no usage error for ${args.join(' ')}`);
    };
    expect(usage(['--nope', 'x', 'y'])).toMatch(/^unknown option '--nope'$/);
    expect(usage(['--json'])).toMatch(/at least two files/);
    expect(usage(['x', 'y', '--report', 'pdf'])).toMatch(/--report takes html, got "pdf"/);
    expect(usage(['x', 'y', '-o', 'out.txt'])).toMatch(
      /-o names the file of --canonical or --report/,
    );
    expect(usage(['x', 'y', '--report'])).toMatch(/argument missing/);
  });

  it('takes a folder as its text files in name order, and refuses fewer than two files', async () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    writeFileSync(join(folder, 'p2.txt'), 'b');
    writeFileSync(join(folder, 'p1.TXT'), 'a');
    writeFileSync(join(folder, 'p3.md'), 'c');
    writeFileSync(join(folder, 'p10.txt'), 'd');
    writeFileSync(join(folder, 'scan.png'), 'x');
    writeFileSync(join(folder, '.hidden.txt'), 'x');
    expect(await expandInputs([folder])).toEqual(
      ['p1.TXT', 'p2.txt', 'p3.md', 'p10.txt'].map((n) => join(folder, n)),
    );
    expect(await expandInputs([a, folder])).toHaveLength(5);
    await expect(expandInputs([a])).rejects.toThrow(/at least two files, got 1/);
    const empty = mkdtempSync(join(dir, 'empty-'));
    await expect(expandInputs([empty, a])).rejects.toThrow(/folder without text files/);
    // A missing path is kept for readVariants, which names it.
    expect(await expandInputs([a, join(dir, 'missing.txt')])).toHaveLength(2);
  });

  it('reads and decodes files, BOM removed and line endings kept', async () => {
    const [va, vb] = (await readVariants([a, b])).variants;
    expect(va?.encoding).toBe('utf-8');
    expect(vb?.encoding).toBe('utf-8-bom');
    expect(vb?.text.startsWith('标题\r\n')).toBe(true);
    await expect(
      readVariants([a, join(dir, 'missing.txt')], { report: () => undefined }),
    ).rejects.toThrow(/cannot read .*missing\.txt: missing\.txt was not found/);
  });

  it('names every bad file and still compares the rest; --strict stops at the first', async () => {
    const c = join(dir, 'c.txt');
    writeFileSync(c, '标题\n\n街道党工委书记王海燕介绍，站点服务居民三千余人次。\n');
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(4096));
    const lines: string[] = [];
    const read = await readVariants([a, join(dir, 'gone.txt'), b, big, '/dev/zero', c], {
      report: (l) => lines.push(l),
      maxBytes: 1024,
    });
    expect(read.variants.map((v) => [v.id, v.path])).toEqual([
      ['v1', a],
      ['v2', b],
      ['v3', c],
    ]);
    expect(read.refused.map((f) => [f.name, f.code])).toEqual([
      ['gone.txt', 'not-found'],
      ['big.txt', 'too-large'],
      ['zero', 'unreadable'],
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /cannot read .*big\.txt: big\.txt is 4\.0 KB; files over 1\.0 KB are not opened/,
    );
    expect(lines[2]).toMatch(
      /cannot read \/dev\/zero: zero is not a regular file \(it is a character device\)/,
    );
    await expect(readVariants([a, join(dir, 'gone.txt'), b], { strict: true })).rejects.toThrow(
      /gone\.txt was not found.*--strict/,
    );
    expect(parseCompareArgs(['--strict', 'x', 'y']).strict).toBe(true);
  });

  it('warns about an empty file, as the window does, and compares it', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const lines: string[] = [];
    const read = await readVariants([a, empty], { report: (l) => lines.push(l) });
    expect(read.variants).toHaveLength(2);
    expect(lines).toEqual([`warning: ${empty}: The file is empty.`]);
  });

  it('prints exactly the contract JSON with --json', async () => {
    const chunks: string[] = [];
    const spy = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        chunks.push(String(chunk));
        return true;
      });
    const code = await compareCommand.run(['--json', a, b]);
    spy.mockRestore();
    expect(code).toBe(0);
    const result = JSON.parse(chunks.join('')) as ReturnType<typeof compareVariants>;
    expect(result.version).toBe(1);
    const flags = result.stories.flatMap((s) => s.flags);
    expect(flags.map((f) => [f.category, f.readings.map((r) => r.text)])).toEqual([
      ['name', ['燕', '艳']],
    ]);
    expect(
      result.styleNotes.some((n) => n.variant === 'v2' && n.kind === 'half-width-punctuation'),
    ).toBe(true);
  });

  it('summarises stories, counts by category and every reading', async () => {
    const text = formatSummary(compareVariants((await readVariants([a, b])).variants));
    expect(text).toContain('name 1');
    expect(text).toContain('"燕"');
    expect(text).toContain('"艳"');
  });
});
