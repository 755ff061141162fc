/**
 * Crash-safe file replacement: write a temporary file beside the target, fsync it, rename it over
 * the target, then fsync the folder so the rename itself survives a power cut. A reader sees the
 * old complete file or the new complete file, never a partial one (rename is atomic on POSIX and
 * on NTFS within one volume, which "same folder" guarantees).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files carry this infix so a crashed writer's leftovers can be recognised and removed. */
export const TEMP_INFIX = '.tmp-';

/** Atomically replaces `path` with `data`. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}${TEMP_INFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
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
  await syncFolder(folder);
}

/** True when `name` is a temporary file `writeFileAtomic` left for `target` (a writer died mid-save). */
export function isTempFileOf(name: string, target: string): boolean {
  return name.startsWith(`.${basename(target)}${TEMP_INFIX}`);
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
