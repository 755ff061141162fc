/**
 * One small argument validator per IPC method. The renderer is trusted code, but a compromised or
 * buggy renderer must not be able to hand main a path where it promised bytes, or an object
 * where a string belongs: every invoke is checked before the API object sees it.
 */
import type { VariorumInvokeApi } from '../../app/ipc/contract';
import { MAX_WRITE_BYTES } from '../api';

/** Returns null when the arguments are acceptable, else why not. */
export type ArgsValidator = (args: readonly unknown[]) => string | null;

/**
 * Generous limits that no real session reaches (a day's pages are dozens of files) but that stop a
 * runaway renderer from making main stat a million paths.
 */
const MAX_PATHS = 1000;
const MAX_PATH_LENGTH = 4096;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPath(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_PATH_LENGTH && !value.includes('\0');
}

function arity(args: readonly unknown[], max: number): string | null {
  // A trailing `undefined` is what an omitted optional argument looks like after `...args`.
  let count = args.length;
  while (count > 0 && args[count - 1] === undefined) count--;
  return count > max ? `expected at most ${max} argument(s), got ${count}` : null;
}

function none(args: readonly unknown[]): string | null {
  return arity(args, 0);
}

function pathList(args: readonly unknown[]): string | null {
  const [paths] = args;
  if (!Array.isArray(paths)) return 'expected an array of file paths';
  if (paths.length > MAX_PATHS) return `expected at most ${MAX_PATHS} paths`;
  if (!paths.every(isPath)) return 'expected every path to be a non-empty string';
  return arity(args, 1);
}

function onePath(args: readonly unknown[]): string | null {
  return isPath(args[0]) ? arity(args, 1) : 'expected a file path (a non-empty string)';
}

function fileBytesList(args: readonly unknown[]): string | null {
  const [files] = args;
  if (!Array.isArray(files)) return 'expected an array of {name, bytes}';
  if (files.length > MAX_PATHS) return `expected at most ${MAX_PATHS} files`;
  for (const file of files) {
    if (!isRecord(file) || typeof file.name !== 'string' || !(file.bytes instanceof Uint8Array)) {
      return 'expected every file to be {name: string, bytes: Uint8Array}';
    }
    if (file.path !== undefined && !isPath(file.path)) return 'expected a file path to be a non-empty string';
  }
  return arity(args, 1);
}

function optionalSetName(args: readonly unknown[]): string | null {
  const [set] = args;
  if (set !== undefined && typeof set !== 'string') return 'expected the sample set name to be a string';
  return arity(args, 1);
}

function saveRequest(args: readonly unknown[]): string | null {
  const [request] = args;
  if (!isRecord(request)) return 'expected a save request object';
  if (typeof request.suggestedName !== 'string') return 'expected suggestedName to be a string';
  if (typeof request.data !== 'string' && !(request.data instanceof Uint8Array)) return 'expected data to be a string or a Uint8Array';
  // A string's UTF-16 length is at most its UTF-8 byte size: over the cap here is over it on disk.
  if (request.data.length > MAX_WRITE_BYTES) return `data is too large (over ${MAX_WRITE_BYTES} bytes)`;
  if (request.path !== undefined && !isPath(request.path)) return 'expected path to be a non-empty string';
  if (request.filters !== undefined) {
    const ok =
      Array.isArray(request.filters) &&
      request.filters.every((f: unknown) => isRecord(f) && typeof f.name === 'string' && Array.isArray(f.extensions) && f.extensions.every((e: unknown) => typeof e === 'string'));
    if (!ok) return 'expected filters to be [{name: string, extensions: string[]}]';
  }
  return arity(args, 1);
}

function content(args: readonly unknown[]): string | null {
  if (typeof args[0] !== 'string') return 'expected the autosave content to be a string';
  if (args[0].length > MAX_WRITE_BYTES) return `the autosave content is too large (over ${MAX_WRITE_BYTES} bytes)`;
  return arity(args, 1);
}

/** The validator of every method; the mapped type makes a forgotten method a compile error. */
export const ARG_VALIDATORS: { readonly [K in keyof VariorumInvokeApi]: ArgsValidator } = {
  platformInfo: none,
  openVariantsDialog: none,
  openFolderDialog: none,
  openPaths: pathList,
  decodeFiles: fileBytesList,
  openSamples: optionalSetName,
  recentFiles: none,
  clearRecent: none,
  takeLaunchFiles: none,
  saveFile: saveRequest,
  openProjectDialog: none,
  readProject: onePath,
  autosave: content,
  readAutosave: none,
  clearAutosave: none,
  rereadPaths: pathList,
};
