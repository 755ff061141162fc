/**
 * Reads variant files by path and decodes them, turning every way a file can fail into a
 * specific LoadFailure. One bad file never stops the others; nothing here ever writes.
 */
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type {
  FileBytes,
  LoadedFile,
  LoadErrorCode,
  LoadFailure,
  OpenResult,
} from '../../app/ipc/contract';
import { decodeBytes } from '../../app/text/decode';

/**
 * Largest file we open: a whole newspaper page is ~20 KB and a year of a paper's text is well
 * under 50 MB, so anything bigger is almost surely the wrong file and would stall the aligner.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Largest project file read: a project may embed the texts of several variants, each up to
 * MAX_FILE_BYTES, so its cap is higher, but still far below what would exhaust memory.
 */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;

/** Options of `loadFiles`; the limit is injectable so tests need not write 50 MB. */
export interface LoadOptions {
  readonly maxBytes?: number;
}

/** Either a loaded file or why it could not be loaded. */
export type LoadOutcome =
  | { readonly ok: true; readonly file: LoadedFile }
  | { readonly ok: false; readonly failure: LoadFailure };

/** Loads every path (in the order given, sequentially to keep memory bounded) and splits the outcomes. */
export async function loadFiles(
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<OpenResult> {
  const outcomes: LoadOutcome[] = [];
  for (const path of paths) {
    outcomes.push(await loadFile(path, options));
  }
  return collectOutcomes(outcomes);
}

/**
 * Flags for opening an input: read-only, and non-blocking so that opening a FIFO with no writer
 * returns at once instead of hanging a thread forever (the fd is checked with fstat and refused
 * before anything is read), and never making a terminal our controlling one.
 */
const OPEN_INPUT_FLAGS =
  process.platform === 'win32'
    ? constants.O_RDONLY
    : constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

/**
 * Loads one file; never throws. The one input policy of the window and the CLI: the file is opened
 * first and the opened descriptor is checked with fstat (so a path swapped between a check and the
 * read cannot slip a FIFO or a device through): a regular file only, at most `maxBytes`, then read.
 */
export async function loadFile(path: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const absolute = resolve(path);
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let handle: FileHandle;
  try {
    handle = await open(absolute, OPEN_INPUT_FLAGS);
  } catch (error) {
    return { ok: false, failure: failureFromError(absolute, error) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) {
      return failed(
        absolute,
        'is-directory',
        `${basename(absolute)} is a folder, not a file. Use File ▸ Open folder… to open the text files in it.`,
      );
    }
    if (!info.isFile()) {
      return failed(
        absolute,
        'unreadable',
        `${basename(absolute)} is not a regular file (it is ${describeSpecial(info)}); only regular text files are opened.`,
      );
    }
    // Checked before reading so an oversized file is never pulled into memory.
    if (info.size > maxBytes) {
      return failed(
        absolute,
        'too-large',
        `${basename(absolute)} is ${formatBytes(info.size)}; files over ${formatBytes(maxBytes)} are not opened.`,
      );
    }
    const bytes = await readAtMost(handle, maxBytes, info.size);
    if (bytes === null) {
      return failed(
        absolute,
        'too-large',
        `${basename(absolute)} grew beyond ${formatBytes(maxBytes)} while being read; files over that size are not opened.`,
      );
    }
    return decodeLoaded({ name: basename(absolute), path: absolute, bytes }, maxBytes);
  } catch (error) {
    return { ok: false, failure: failureFromError(absolute, error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** What a non-regular file is, in the editor's words. */
function describeSpecial(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe, a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/** Decodes bytes the renderer already holds (drag and drop) into a loaded file or a failure. */
export function decodeLoaded(file: FileBytes, maxBytes: number = MAX_FILE_BYTES): LoadOutcome {
  const path = file.path ?? file.name;
  if (file.bytes.length > maxBytes) {
    return failed(
      path,
      'too-large',
      `${file.name} is ${formatBytes(file.bytes.length)}; files over ${formatBytes(maxBytes)} are not opened.`,
      file.name,
    );
  }
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) {
    return failed(path, decoded.code, `${file.name}: ${decoded.message}`, file.name);
  }
  const loaded: LoadedFile = {
    path,
    name: file.name,
    encoding: decoded.encoding,
    text: decoded.text,
    size: file.bytes.length,
    sha256: sha256Hex(file.bytes),
    ...(decoded.warning ? { warning: decoded.warning } : {}),
  };
  return { ok: true, file: loaded };
}

/** Decodes several byte buffers; one bad buffer never stops the others. */
export function decodeAll(
  files: readonly FileBytes[],
  maxBytes: number = MAX_FILE_BYTES,
): OpenResult {
  return collectOutcomes(files.map((file) => decodeLoaded(file, maxBytes)));
}

/** Hex SHA-256 of some bytes, to notice later that a source changed on disk. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Maps a Node file-system error to a failure the editor can act on. */
export function failureFromError(path: string, error: unknown): LoadFailure {
  const name = basename(path);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return {
        path,
        name,
        code: 'not-found',
        message: `${name} was not found: it does not exist, or it was moved or deleted.`,
      };
    case 'ENOTDIR':
      return {
        path,
        name,
        code: 'not-found',
        message: `${name} was not found: a folder on its path is a file.`,
      };
    case 'EISDIR':
      return { path, name, code: 'is-directory', message: `${name} is a folder, not a file.` };
    case 'EACCES':
    case 'EPERM':
      return {
        path,
        name,
        code: 'unreadable',
        message: `${name} cannot be read: permission denied.`,
      };
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return { path, name, code: 'unreadable', message: `${name} cannot be read: ${detail}` };
    }
  }
}

/** Splits outcomes into the contract's OpenResult, keeping their order. */
export function collectOutcomes(outcomes: readonly LoadOutcome[]): OpenResult {
  const files: LoadedFile[] = [];
  const failures: LoadFailure[] = [];
  for (const outcome of outcomes) {
    if (outcome.ok) files.push(outcome.file);
    else failures.push(outcome.failure);
  }
  return { files, failures };
}

/** "12.3 MB", "512 bytes": sizes as an editor reads them. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads an opened file to its end, or null if it holds more than `maxBytes` (it grew after fstat).
 * The buffer is sized from fstat's `expected` size, one byte over, so that a file read whole takes
 * one allocation of its own size: a fixed 1 MB chunk per read, zero-filled, cost a day of 150
 * pages of 7 KB 300 MB of fresh pages and ~0.3 s. A file that grows (or whose fstat size is 0, as
 * in /proc) gets a larger buffer as it fills, up to one byte over the cap.
 */
export async function readAtMost(
  handle: FileHandle,
  maxBytes: number,
  expected: number,
): Promise<Uint8Array | null> {
  let buffer = new Uint8Array(Math.min(expected, maxBytes) + 1);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > maxBytes) return null;
      const larger = new Uint8Array(Math.min(maxBytes + 1, Math.max(2 * total, GROWTH_BYTES)));
      larger.set(buffer);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return total > maxBytes ? null : buffer.subarray(0, total);
}

/** The least a growing file's buffer grows by. */
const GROWTH_BYTES = 64 * 1024;

function failed(
  path: string,
  code: LoadErrorCode,
  message: string,
  name: string = basename(path),
): LoadOutcome {
  return { ok: false, failure: { path, name, code, message } };
}
