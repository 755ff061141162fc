/**
 * Recently opened files and projects, kept as JSON in the app data folder (path injected so tests
 * use a temp dir). A missing or damaged list is treated as empty, never as an error.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { RecentEntry } from '../../app/ipc/contract';
import { writeFileAtomic } from './atomic-write';

/** Entries kept per kind: as many as a File ▸ Open Recent submenu shows comfortably. */
export const MAX_RECENT_PER_KIND = 10;

/** The recent list stored in one JSON file. */
export class RecentStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every entry, most recent first. */
  async list(): Promise<RecentEntry[]> {
    await this.queue.catch(() => undefined);
    return this.readEntries();
  }

  /** Puts paths at the top of the list (moving them if already there) and trims each kind. */
  add(paths: readonly string[], kind: RecentEntry['kind']): Promise<RecentEntry[]> {
    return this.serialise(async () => {
      const openedAt = this.now().toISOString();
      const added: RecentEntry[] = paths.map((path) => ({
        path,
        name: basename(path),
        kind,
        openedAt,
      }));
      const kept = (await this.readEntries()).filter((entry) => !paths.includes(entry.path));
      const merged = [...added, ...kept];
      const trimmed = (['variant', 'project'] as const).flatMap((k) =>
        merged.filter((e) => e.kind === k).slice(0, MAX_RECENT_PER_KIND),
      );
      const ordered = merged.filter((entry) => trimmed.includes(entry));
      await this.writeEntries(ordered);
      return ordered;
    });
  }

  /** Forgets every entry. */
  clear(): Promise<void> {
    return this.serialise(() => this.writeEntries([]));
  }

  private serialise<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(task);
    this.queue = next;
    return next;
  }

  private async readEntries(): Promise<RecentEntry[]> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isRecentEntry) : [];
    } catch {
      return [];
    }
  }

  private async writeEntries(entries: readonly RecentEntry[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(entries, null, 2)}\n`);
  }
}

function isRecentEntry(value: unknown): value is RecentEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.path === 'string' &&
    typeof entry.name === 'string' &&
    (entry.kind === 'variant' || entry.kind === 'project') &&
    typeof entry.openedAt === 'string'
  );
}
