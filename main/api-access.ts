/**
 * What the API lets the renderer reach: only the paths the editor granted (main/services/grants.ts)
 * are read, files read for the editor become sources (never written), and no write is larger than
 * MAX_WRITE_BYTES. The API's methods (api-open.ts, api-projects.ts, api-autosave.ts) share one.
 */
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import type { LoadFailure, OpenResult, RecentEntry } from '../app/ipc/contract';
import { parseProject } from '../app/project/project-file';
import type { PathGrants } from './services/grants';
import { collectOutcomes, formatBytes, loadFile, type LoadOutcome } from './services/load-files';
import type { RecentStore } from './services/recent';

/**
 * Largest file the renderer may ask main to write (saveFile, autosave): a project embedding a
 * day's pages is a few MB; 128 MB leaves room for a docx of the largest project and stops a
 * runaway renderer from filling the disk in one call.
 */
export const MAX_WRITE_BYTES = 128 * 1024 * 1024;

/** Refuses a write larger than MAX_WRITE_BYTES before anything touches the disk. */
export function checkWriteSize(data: string | Uint8Array): void {
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  if (size > MAX_WRITE_BYTES)
    throw new Error(
      `Refusing to write ${formatBytes(size)}: files over ${formatBytes(MAX_WRITE_BYTES)} are not written.`,
    );
}

/** A refused path as a load failure the editor can read (the file itself is never touched). */
export function refusal(path: string, error: unknown): LoadFailure {
  return {
    path: resolve(path),
    name: basename(path),
    code: 'unreadable',
    message: error instanceof Error ? error.message : String(error),
  };
}

/** The granted paths, with the reads and the bookkeeping (Recent, sources) every opening does. */
export class GrantedAccess {
  constructor(
    readonly grants: PathGrants,
    private readonly recent: RecentStore,
    /** Called after the recent list changed (File ▸ Open Recent is rebuilt from it). */
    private readonly onRecentChanged?: (entries: readonly RecentEntry[]) => void,
  ) {}

  /** Adds `paths` to the Recent list and says so. */
  async remember(paths: readonly string[], kind: RecentEntry['kind']): Promise<void> {
    if (paths.length === 0) return;
    const entries = await this.recent.add(paths, kind);
    this.onRecentChanged?.(entries);
  }

  /** Files main read for the editor are sources: granted for reading again, never written. */
  async registerSources(paths: readonly string[]): Promise<void> {
    await this.grants.grantSources(paths);
  }

  /** Reads only the granted paths; every other path is one failure naming it, and nothing of it is read. */
  async loadGranted(paths: readonly string[]): Promise<OpenResult> {
    const outcomes: LoadOutcome[] = [];
    for (const path of paths) {
      let real: string;
      try {
        real = await this.grants.checkRead(path);
      } catch (error) {
        outcomes.push({ ok: false, failure: refusal(path, error) });
        continue;
      }
      // The checked real path is what is opened (a symlink swapped after the check changes nothing);
      // the result keeps the path asked for, which is how the renderer matches it.
      const outcome = await loadFile(real);
      const asked = resolve(path);
      outcomes.push(
        outcome.ok
          ? { ok: true, file: { ...outcome.file, path: asked } }
          : { ok: false, failure: { ...outcome.failure, path: asked } },
      );
    }
    return collectOutcomes(outcomes);
  }

  /** Variants the editor opened: their files become sources and join Recent. */
  async opened(result: OpenResult): Promise<OpenResult> {
    await this.registerSources(result.files.map((f) => f.path));
    await this.remember(
      result.files.map((f) => f.path),
      'variant',
    );
    return result;
  }

  /**
   * A project the editor opened: its own file may be saved again without a dialog, and the
   * sources it names may be re-read (and are never written). Paths are granted as the renderer
   * will ask for them (as saved) and against the project's folder (a relative path).
   */
  async openedProject(projectPath: string, content: string): Promise<void> {
    await this.grants.grantWrite(projectPath);
    const parsed = parseProject(content);
    if (!parsed.ok) return;
    const named = parsed.project.variants.flatMap((v) =>
      isAbsolute(v.path) ? [v.path] : [resolve(v.path), resolve(dirname(projectPath), v.path)],
    );
    await this.registerSources(named);
  }
}
