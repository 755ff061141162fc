/**
 * Opens every text file in a folder: files with a text extension, plus any other file whose first
 * bytes decode as text (OCR tools often write extension-less or .ocr files). Sorted by name so that
 * page-001, page-002, … come in order.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { OpenResult } from '../../app/ipc/contract';
import { decodeBytes } from '../../app/text/decode';
import { failureFromError, loadFiles, type LoadOptions } from './load-files';

/** Extensions opened without sniffing. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.text'];

/**
 * Extensions never sniffed: common binaries a newsroom folder holds beside the text, and .json, so
 * that a project file (*.variorum.json) saved beside its sources is not opened as a variant.
 */
const BINARY_EXTENSIONS: ReadonlySet<string> = new Set([
  '.pdf',
  '.doc',
  '.docx',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.tif',
  '.tiff',
  '.zip',
  '.gz',
  '.exe',
  '.dll',
  '.so',
  '.dylib',
  '.mp3',
  '.mp4',
  '.json',
]);

/** How much of an unknown file is read to decide whether it is text; a page's first lines suffice. */
const SNIFF_BYTES = 8192;

/** Names sorted as a person expects: "page-2" before "page-10", case-insensitive. */
export function compareNames(a: string, b: string): number {
  return (
    a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' }) ||
    (a < b ? -1 : a > b ? 1 : 0)
  );
}

/** The paths of the text files directly inside `folder` (not recursive), sorted by name. */
export async function listTextFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const extension = extname(entry.name).toLowerCase();
    if (TEXT_EXTENSIONS.includes(extension)) {
      names.push(entry.name);
    } else if (
      !BINARY_EXTENSIONS.has(extension) &&
      (await sniffsAsText(join(folder, entry.name)))
    ) {
      names.push(entry.name);
    }
  }
  return names.sort(compareNames).map((name) => join(folder, name));
}

/**
 * Paths as given, each folder replaced by its text files (listTextFiles): what a command line
 * (`variorum pages/`, `compare pages/`) means. A path that cannot be examined is kept, so the
 * reader reports it by name; a folder without text files is reported by `onEmptyFolder`.
 */
export async function expandFolders(
  paths: readonly string[],
  onEmptyFolder: (folder: string) => void,
): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      // Not there or not readable: left for the reader to name.
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const inside = await listTextFiles(path);
    if (inside.length === 0) onEmptyFolder(path);
    files.push(...inside);
  }
  return files;
}

/** Opens all text files of a folder; a folder that cannot be listed becomes one failure. */
export async function openFolder(folder: string, options: LoadOptions = {}): Promise<OpenResult> {
  const absolute = resolve(folder);
  let paths: string[];
  try {
    paths = await listTextFiles(absolute);
  } catch (error) {
    return { files: [], failures: [failureFromError(absolute, error)] };
  }
  return loadFiles(paths, options);
}

/** True when the first bytes of a file decode as text (an empty file counts: it is listed with a warning). */
export async function sniffsAsText(path: string): Promise<boolean> {
  let sample: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      sample = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
  // The sample may end inside a multi-byte character: drop up to 3 trailing bytes before judging.
  for (let cut = 0; cut <= Math.min(3, sample.length); cut++) {
    if (decodeBytes(sample.subarray(0, sample.length - cut)).ok) return true;
    if (sample.length < SNIFF_BYTES) break;
  }
  return false;
}
