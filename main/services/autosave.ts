/**
 * The autosave of the open review: one JSON document in the app's data folder, replaced atomically
 * on every (renderer-debounced) change, read back on the next start to offer a restore.
 */
import { mkdir, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFileOf, writeFileAtomic } from './atomic-write';

/** The autosave file's name inside the data folder. */
export const AUTOSAVE_FILE = 'autosave.variorum.json';

/** Permission bits of the autosave file: the user's alone. */
export const AUTOSAVE_MODE = 0o600;

/** Reads, writes and clears the autosave in an injected folder (the app data folder; a temp dir in tests). */
export class AutosaveStore {
  readonly path: string;
  /** Writes run one after another so an older save can never land after a newer one. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly folder: string) {
    this.path = join(folder, AUTOSAVE_FILE);
  }

  /** Replaces the autosave with `content`; resolves once it is durable on disk. */
  write(content: string): Promise<void> {
    const next = this.queue.then(async () => {
      // The autosave holds whole texts under review: readable by the user alone (0600, folder 0700).
      await mkdir(this.folder, { recursive: true, mode: 0o700 });
      await writeFileAtomic(this.path, content, { mode: AUTOSAVE_MODE });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The last complete autosave, or null when there is none; removes temp files a crash left behind. */
  async read(): Promise<string | null> {
    await this.queue;
    await this.removeLeftovers();
    try {
      return await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Deletes the autosave (after a normal save or when the editor declines a restore). */
  async clear(): Promise<void> {
    await this.queue;
    await rm(this.path, { force: true });
    await this.removeLeftovers();
  }

  private async removeLeftovers(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return;
    }
    await Promise.all(
      names
        .filter((name) => isTempFileOf(name, this.path))
        .map((name) => unlink(join(this.folder, name)).catch(() => undefined)),
    );
  }
}
