/**
 * The capability model of the IPC: the set of paths the editor granted. The renderer is treated
 * as untrusted — a Monaco or markdown bug, a hostile file — so main reads only paths the editor
 * chose (a dialog, a drop, a launch argument, a recent entry, a project the editor opened and the
 * sources that project names) and writes only where a Save dialog pointed or to the open project's
 * own file, never to a source. Every check compares real paths (fs.realpath), so a symlink, a
 * symlinked folder or `..` cannot reach a file the editor did not choose, nor a source.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Why a path was refused, for the error the renderer sees. */
export class NotGrantedError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'not-chosen' | 'source' | 'not-save-target',
  ) {
    super(
      reason === 'source'
        ? `Refusing to overwrite ${path}: it is one of the variants being compared, and Variorum never writes to a source. Choose another name.`
        : reason === 'not-save-target'
          ? `Refusing to write ${path}: Variorum writes only where a Save dialog pointed or to the open project's own file.`
          : `Refusing to read ${path}: Variorum reads only files the editor chose (a dialog, a drop, the command line, a recent or opened project).`,
    );
    this.name = 'NotGrantedError';
  }
}

/**
 * The real path of `path`: symlinks and `..` resolved. A path that does not exist yet (a save
 * target, a moved source) is its real folder joined with its name, so a symlinked folder still
 * resolves; when the folder is missing too, the absolute path.
 */
export async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    try {
      return join(await realpath(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** The granted paths of one session (one window), held by main. */
export class PathGrants {
  private readonly readable = new Set<string>();
  private readonly writable = new Set<string>();
  private readonly sources = new Set<string>();

  /** The editor chose these files to read (dialog, drop, launch, recent, an opened project's sources). */
  async grantRead(paths: readonly string[]): Promise<void> {
    for (const path of paths) this.readable.add(await realPathOf(path));
  }

  /** A Save dialog pointed here, or it is the open project's own file: it may be written (and read back). */
  async grantWrite(path: string): Promise<void> {
    const real = await realPathOf(path);
    this.writable.add(real);
    this.readable.add(real);
  }

  /** Files being compared: never written, whatever else allows it. */
  async addSources(paths: readonly string[]): Promise<void> {
    for (const path of paths) this.sources.add(await realPathOf(path));
  }

  /** Files the editor opened to compare: readable again, and never written. */
  async grantSources(paths: readonly string[]): Promise<void> {
    await this.grantRead(paths);
    await this.addSources(paths);
  }

  /** The sources the editor granted (not those only claimed by a drop's label), as real paths. */
  grantedSources(): string[] {
    return [...this.sources].filter((path) => this.readable.has(path)).sort();
  }

  /** The real path to read for `path`, or a NotGrantedError when the editor never chose it. */
  async checkRead(path: string): Promise<string> {
    const real = await realPathOf(path);
    if (!this.readable.has(real)) throw new NotGrantedError(path, 'not-chosen');
    return real;
  }

  /** The real path to write for `path`; refused unless granted for writing and not a source. */
  async checkWrite(path: string): Promise<string> {
    const real = await realPathOf(path);
    if (this.sources.has(real)) throw new NotGrantedError(real, 'source');
    if (!this.writable.has(real)) throw new NotGrantedError(path, 'not-save-target');
    return real;
  }

  /** True when `path` is readable now (for filtering a list without throwing). */
  async isReadable(path: string): Promise<boolean> {
    return this.readable.has(await realPathOf(path));
  }
}
