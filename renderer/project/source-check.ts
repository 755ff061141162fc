/**
 * Opening a project whose sources may have changed on disk since it was saved: re-read the files
 * the project names, say which differ (by SHA-256), compare again with the new texts, carry every
 * decision over by its readings and context, and list what could not be carried.
 */
import type { OpenResult } from '../../app/ipc/contract';
import type { CompareResult, VariantText } from '../../app/model/types';
import {
  carryOverDecisions,
  changedVariants,
  type SourceChange,
} from '../../app/project/carry-over';
import type { Project } from '../../app/project/types';
import type { LoadedProjectState, SourceReport } from '../store/project-slice';

/** What the source check needs from the platform and the engine (injected, so tests run in Node). */
export interface SourceCheckDeps {
  rereadPaths(paths: readonly string[]): Promise<OpenResult>;
  compare(variants: readonly VariantText[]): Promise<CompareResult>;
}

/** The project as the store should take it, and the report to show when sources changed. */
export interface SourceCheckOutcome {
  readonly loaded: LoadedProjectState;
  /** Null when every source is as saved (nothing to tell the editor). */
  readonly report: SourceReport | null;
  /** Variants with neither an embedded text nor a readable file: the project cannot open. */
  readonly unavailable: readonly string[];
}

/**
 * Re-reads the project's sources and, when any changed, builds the new comparison with the
 * decisions carried over. A source that is missing on disk keeps its embedded text (the
 * comparison the editor saw); a changed one uses the text now on disk.
 */
export async function checkSources(
  project: Project,
  path: string | null,
  deps: SourceCheckDeps,
): Promise<SourceCheckOutcome> {
  const reread = await deps.rereadPaths(project.variants.map((v) => v.path));
  const changes: SourceChange[] = changedVariants(project.variants, reread.files);
  const changedIds = new Set(changes.filter((c) => c.change === 'changed').map((c) => c.id));
  const { entries, oldTexts, newTexts, unavailable } = sourceTexts(project, reread, changedIds);
  const title = project.title ?? null;
  if (unavailable.length > 0 || changedIds.size === 0) {
    return {
      loaded: {
        variants: entries,
        result: project.result,
        reviews: project.reviews,
        title,
        path,
        deskRules: project.deskRules,
      },
      report: changes.length > 0 ? { changes, carried: 0, lost: [], uncarriedEdits: [] } : null,
      unavailable,
    };
  }
  const result = await deps.compare(newTexts);
  const carry = carryOverDecisions(
    project.result,
    project.reviews,
    result,
    newTexts,
    oldTexts.length === project.variants.length ? oldTexts : undefined,
  );
  return {
    loaded: {
      variants: entries,
      result,
      reviews: carry.reviews,
      title,
      path,
      deskRules: project.deskRules,
    },
    report: {
      changes,
      carried: carry.carried.length,
      lost: carry.lost,
      uncarriedEdits: carry.uncarriedEdits,
    },
    unavailable,
  };
}

/** Each variant's texts: as saved and as now, and the entry the store keeps. */
interface SourceTexts {
  readonly entries: LoadedProjectState['variants'][number][];
  /** The texts the saved comparison was made from, where they are known. */
  readonly oldTexts: VariantText[];
  /** The texts to compare now: a changed source's text on disk, else the saved one. */
  readonly newTexts: VariantText[];
  /** Names of variants with neither an embedded text nor a readable file. */
  readonly unavailable: string[];
}

/**
 * A variant's saved text is its embedded text, or the file on disk when it did not change; its
 * current text is the file on disk when it changed, else the saved one.
 */
function sourceTexts(
  project: Project,
  reread: OpenResult,
  changedIds: ReadonlySet<string>,
): SourceTexts {
  const byPath = new Map(reread.files.map((f) => [f.path, f]));
  const unavailable: string[] = [];
  const oldTexts: VariantText[] = [];
  const newTexts: VariantText[] = [];
  const entries = project.variants.flatMap((v) => {
    const onDisk = byPath.get(v.path);
    const saved = v.text ?? (onDisk && !changedIds.has(v.id) ? onDisk.text : undefined);
    const current = changedIds.has(v.id) ? onDisk : undefined;
    const text = current?.text ?? saved;
    if (text === undefined) {
      unavailable.push(v.name);
      return [];
    }
    if (saved !== undefined)
      oldTexts.push({ id: v.id, path: v.path, name: v.name, encoding: v.encoding, text: saved });
    newTexts.push({
      id: v.id,
      path: v.path,
      name: v.name,
      encoding: current?.encoding ?? v.encoding,
      text,
    });
    return [
      {
        id: v.id,
        path: v.path,
        name: v.name,
        encoding: current?.encoding ?? v.encoding,
        text,
        size: current?.size ?? v.size,
        sha256: current?.sha256 ?? v.sha256,
      },
    ];
  });
  return { entries, oldTexts, newTexts, unavailable };
}
