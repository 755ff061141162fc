/**
 * Crash-safe file replacement, the one way the app and the CLI write a file: write a temporary
 * file beside the target, fsync it, rename it over the target, then fsync the folder so the rename
 * itself survives a power cut. A reader sees the old complete file or the new complete file, never
 * a partial one (rename is atomic on POSIX and on NTFS within one volume, which "same folder"
 * guarantees). A full disk or a kill mid-write leaves the old file as it was.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { trackTemp, untrackTemp } from './in-flight-temps';

/** Temporary files carry this infix so a crashed writer's leftovers can be recognised and removed. */
export const TEMP_INFIX = '.tmp-';

/** Options of `writeFileAtomic`. */
export interface AtomicWriteOptions {
  /**
   * Permission bits of the new file (before the umask). 0o600 for files only the user may read
   * (the autosave holds whole texts under review); default 0o644 like any saved document.
   */
  readonly mode?: number;
}

/** Atomically replaces `path` with `data`. */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const folder = dirname(path);
  const temp = join(
    folder,
    `.${basename(path)}${TEMP_INFIX}${process.pid}-${randomBytes(6).toString('hex')}`,
  );
  const handle = await open(temp, 'wx', options.mode ?? 0o644);
  // A signal from here until the rename removes the temp file (when the process asked for that).
  trackTemp(temp);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  } finally {
    untrackTemp(temp);
  }
  await syncFolder(folder);
  await removeDeadTempFiles(path);
}

/** True when `name` is a temporary file `writeFileAtomic` left for `target` (a writer died mid-save). */
export function isTempFileOf(name: string, target: string): boolean {
  return name.startsWith(`.${basename(target)}${TEMP_INFIX}`);
}

/**
 * Removes the temporary files of `target` that writers which no longer run left behind (a kill or
 * a power cut mid-write). A temp file of a live process (another save in flight) is kept.
 * Never throws: cleaning up is a courtesy, not part of the write.
 */
export async function removeDeadTempFiles(target: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!isTempFileOf(name, target)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(`.${basename(target)}${TEMP_INFIX}`.length))?.[1]);
    if (Number.isInteger(pid) && isAlive(pid)) continue;
    await unlink(join(dirname(target), name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/** True when a process with this id runs (signal 0 only checks; EPERM means it runs as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Flushes a folder's entries; Windows cannot open folders for syncing and renames are durable there. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
