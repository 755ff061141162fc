import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { open } from 'node:fs/promises';
import {
  decodeAll,
  failureFromError,
  loadFile,
  loadFiles,
  readAtMost,
  sha256Hex,
} from './load-files';
import { listTextFiles, openFolder } from './open-folder';

const TEXT = '本报讯（记者李明）市交通局昨日宣布，地铁5号线将于2026年6月开通。\r\n全线设站21座。\n';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'variorum-load-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

describe('loadFiles', () => {
  it('loads a UTF-8 file exactly, with its size and SHA-256', async () => {
    const path = await put('a.txt', TEXT);
    const outcome = await loadFile(path);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const bytes = await readFile(path);
    expect(outcome.file).toMatchObject({
      path,
      name: 'a.txt',
      encoding: 'utf-8',
      text: TEXT,
      size: bytes.length,
    });
    expect(outcome.file.sha256).toBe(sha256Hex(bytes));
    expect(outcome.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('loads GB18030 and UTF-16LE files', async () => {
    const gb = await put('gb.txt', iconv.encode(TEXT.repeat(3), 'gb18030'));
    const utf16 = await put(
      'u16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]),
    );
    const result = await loadFiles([gb, utf16]);
    expect(result.failures).toEqual([]);
    expect(result.files.map((f) => [f.encoding, f.text])).toEqual([
      ['gb18030', TEXT.repeat(3)],
      ['utf-16le', TEXT],
    ]);
  });

  it('reports a missing file as not-found and still opens the others', async () => {
    const good = await put('good.txt', TEXT);
    const result = await loadFiles([join(dir, 'gone.txt'), good]);
    expect(result.files.map((f) => f.name)).toEqual(['good.txt']);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ name: 'gone.txt', code: 'not-found' });
    expect(result.failures[0]?.message).toMatch(/not found/);
  });

  it('refuses a directory with a hint to open it as a folder', async () => {
    await mkdir(join(dir, 'pages'));
    const outcome = await loadFile(join(dir, 'pages'));
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'is-directory' } });
    expect(!outcome.ok && outcome.failure.message).toMatch(/Open folder/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = await put('big.txt', 'x'.repeat(2048));
    const outcome = await loadFile(path, { maxBytes: 1024 });
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'too-large' } });
    expect(!outcome.ok && outcome.failure.message).toContain('2.0 KB');
  });

  it('refuses binary and undecodable files with their own codes', async () => {
    const binary = await put(
      'photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    const garbage = await put('junk.txt', new Uint8Array([0x41, 0xff, 0xfe, 0xff, 0x42, 0xff]));
    const result = await loadFiles([binary, garbage]);
    expect(result.files).toEqual([]);
    expect(result.failures.map((f) => f.code)).toEqual(['binary', 'undecodable']);
    expect(result.failures[1]?.message).toContain('utf-8');
  });

  it('lists an empty file with a warning', async () => {
    const path = await put('empty.txt', '');
    const result = await loadFiles([path]);
    expect(result.failures).toEqual([]);
    expect(result.files[0]).toMatchObject({ text: '', size: 0 });
    expect(result.files[0]?.warning).toMatch(/empty/);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file without read permission', async () => {
    const path = await put('secret.txt', TEXT);
    await chmod(path, 0o000);
    const outcome = await loadFile(path);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'unreadable' } });
  });

  it('maps permission and other errors to unreadable with the reason', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(failureFromError('/x/secret.txt', denied)).toMatchObject({
      code: 'unreadable',
      name: 'secret.txt',
      message: expect.stringMatching(/permission denied/),
    });
    const io = Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    expect(failureFromError('/x/disk.txt', io)).toMatchObject({
      code: 'unreadable',
      message: expect.stringMatching(/i\/o error/),
    });
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO at once, naming it, without waiting for a writer',
    async () => {
      const fifo = join(dir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      const good = await put('good.txt', TEXT);
      const started = Date.now();
      const result = await loadFiles([fifo, good]);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(result.files.map((f) => f.name)).toEqual(['good.txt']);
      expect(result.failures).toMatchObject([{ name: 'pipe.txt', code: 'unreadable' }]);
      expect(result.failures[0]?.message).toMatch(
        /pipe\.txt is not a regular file \(it is a named pipe/,
      );
    },
    10_000,
  );

  it.skipIf(!existsSync('/dev/zero'))(
    'refuses /dev/zero and /dev/null as devices before reading a byte',
    async () => {
      const started = Date.now();
      const result = await loadFiles(['/dev/zero', '/dev/null']);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(result.files).toEqual([]);
      expect(result.failures.map((f) => [f.name, f.code])).toEqual([
        ['zero', 'unreadable'],
        ['null', 'unreadable'],
      ]);
      expect(result.failures[0]?.message).toMatch(
        /zero is not a regular file \(it is a character device\)/,
      );
    },
    10_000,
  );

  it('refuses a file over the cap by its size alone, naming it (a sparse 51 MB file is never read)', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 51 * 1024 * 1024);
    const outcome = await loadFile(path);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'too-large', name: 'huge.txt' } });
    expect(!outcome.ok && outcome.failure.message).toMatch(
      /^huge\.txt is 51\.0 MB; files over 50\.0 MB are not opened/,
    );
  });

  it('never writes to a source file', async () => {
    const path = await put('a.txt', TEXT);
    const before = await stat(path);
    await loadFiles([path, path]);
    const after = await stat(path);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(path, 'utf8')).toBe(TEXT);
  });
});

describe('decodeAll', () => {
  it('decodes dropped bytes and keeps going past a bad one', () => {
    const result = decodeAll([
      { name: 'bad.bin', bytes: new Uint8Array([1, 0, 2]) },
      { name: 'ok.txt', bytes: new Uint8Array(Buffer.from(TEXT)) },
    ]);
    expect(result.files.map((f) => [f.name, f.path, f.text])).toEqual([['ok.txt', 'ok.txt', TEXT]]);
    expect(result.failures).toMatchObject([{ name: 'bad.bin', code: 'binary' }]);
  });
});

describe('openFolder', () => {
  it('opens text files by extension and by sniffing, sorted naturally, skipping binaries and sub-folders', async () => {
    await put('page-10.txt', TEXT);
    await put('page-2.md', TEXT);
    await put('scan-3', TEXT); // no extension: sniffed
    await put('image.dat', new Uint8Array([0, 1, 2, 3]));
    await put('.hidden.txt', TEXT);
    await mkdir(join(dir, 'sub'));
    await put('sub/inner.txt', TEXT);
    const listed = await listTextFiles(dir);
    expect(listed.map((p) => p.slice(dir.length + 1))).toEqual([
      'page-2.md',
      'page-10.txt',
      'scan-3',
    ]);
    const result = await openFolder(dir);
    expect(result.files).toHaveLength(3);
    expect(result.failures).toEqual([]);
  });

  it('sniffs a long file whose 8 KB sample ends mid-character as text', async () => {
    await put('long-ocr', '中'.repeat(5000)); // 3 bytes each: 8192 falls inside a character
    expect(await listTextFiles(dir)).toHaveLength(1);
  });

  it('reports a folder that does not exist as one failure', async () => {
    const result = await openFolder(join(dir, 'nope'));
    expect(result.files).toEqual([]);
    expect(result.failures).toMatchObject([{ code: 'not-found' }]);
  });
});

const sharedPages = resolve(__dirname, '../..', '../shared/samples/pages');
const hasSharedPages = existsSync(sharedPages);
if (!hasSharedPages)
  console.log(`shared sample pages not found at ${sharedPages}: skipping the real-page tests`);

describe.skipIf(!hasSharedPages)(
  'the shared sample pages (real newspaper text, read at test time)',
  () => {
    it('open as a folder, every page decoded as UTF-8 with its exact bytes hashed', async () => {
      const result = await openFolder(sharedPages);
      expect(result.failures).toEqual([]);
      expect(result.files.length).toBeGreaterThanOrEqual(3);
      for (const file of result.files) {
        const bytes = await readFile(file.path);
        expect(file.encoding).toBe('utf-8');
        expect(file.sha256).toBe(sha256Hex(bytes));
        expect(Buffer.from(file.text, 'utf8').equals(bytes)).toBe(true);
      }
    });

    it('decode to the same text when re-encoded as GB18030 or UTF-16LE with a BOM', async () => {
      const result = await openFolder(sharedPages);
      for (const file of result.files) {
        const gb = decodeAll([
          { name: 'gb.txt', bytes: new Uint8Array(iconv.encode(file.text, 'gb18030')) },
        ]);
        expect(gb.files[0]).toMatchObject({ encoding: 'gb18030' });
        expect(gb.files[0]?.text === file.text).toBe(true);
        const utf16 = decodeAll([
          {
            name: 'u16.txt',
            bytes: new Uint8Array(
              Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(file.text, 'utf-16le')]),
            ),
          },
        ]);
        expect(utf16.files[0]?.text === file.text).toBe(true);
      }
    });
  },
);

describe('readAtMost', () => {
  async function readWith(text: string, maxBytes: number, expected: number) {
    const handle = await open(await put('r.txt', text), 'r');
    try {
      return await readAtMost(handle, maxBytes, expected);
    } finally {
      await handle.close();
    }
  }

  it('reads a small file into a buffer of its own size, not a fixed 1 MB chunk per read', async () => {
    const handle = await open(await put('r.txt', TEXT), 'r');
    const asked: number[] = [];
    const read = handle.read.bind(handle);
    // Records the size of each buffer read into: a fixed chunk zero-filled 2 MB a file.
    const spy = (buffer: Uint8Array, offset: number, length: number, position: null) => {
      asked.push(buffer.byteLength);
      return read(buffer, offset, length, position);
    };
    Object.assign(handle, { read: spy });
    try {
      const bytes = await readAtMost(handle, 1024 * 1024, Buffer.byteLength(TEXT));
      expect(Buffer.from(bytes ?? []).toString('utf8')).toBe(TEXT);
    } finally {
      await handle.close();
    }
    expect(Math.max(...asked)).toBeLessThanOrEqual(Buffer.byteLength(TEXT) + 1);
  });

  it('reads a file whole when it is longer than fstat said (it grew, or /proc says 0)', async () => {
    const long = TEXT.repeat(2000);
    for (const expected of [0, 10, 70_000]) {
      const bytes = await readWith(long, 1024 * 1024, expected);
      expect(Buffer.from(bytes ?? []).toString('utf8')).toBe(long);
    }
  });

  it('gives null for a file that turns out longer than the cap, and reads one exactly at it', async () => {
    expect(await readWith('x'.repeat(2049), 2048, 100)).toBeNull();
    expect(await readWith('x'.repeat(2049), 2048, 0)).toBeNull();
    expect((await readWith('x'.repeat(2048), 2048, 0))?.length).toBe(2048);
  });
});
