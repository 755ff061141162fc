/**
 * The Electron implementation of the IPC contract, built from the plain-Node services and injected
 * Electron bits (dialogs), so it runs and is tested without the Electron binary.
 */
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import type {
  LoadFailure,
  OpenResult,
  PlatformInfo,
  ProjectFile,
  RecentEntry,
  SaveRequest,
  SaveResult,
  VariorumInvokeApi,
} from '../app/ipc/contract';
import { parseProject } from '../app/project/project-file';
import { writeFileAtomic } from './services/atomic-write';
import { AUTOSAVE_MODE, type AutosaveStore } from './services/autosave';
import { PathGrants } from './services/grants';
import {
  collectOutcomes,
  decodeAll,
  formatBytes,
  loadFile,
  MAX_PROJECT_BYTES,
  type LoadOutcome,
} from './services/load-files';
import { expandFolders, openFolder } from './services/open-folder';
import type { RecentStore } from './services/recent';
import { openSampleSet } from './services/samples';
import { isProjectPath, type LaunchFiles } from './launch';

/** The native dialogs the API needs (Electron's `dialog` in the app, fakes in tests). */
export interface Dialogs {
  /** Multi-select file dialog; null when canceled. */
  chooseFiles(): Promise<readonly string[] | null>;
  chooseFolder(): Promise<string | null>;
  /** Save dialog; null when canceled. */
  chooseSavePath(request: Pick<SaveRequest, 'suggestedName' | 'filters'>): Promise<string | null>;
  chooseProject(): Promise<string | null>;
}

/** Everything the API is built from. */
export interface ApiDependencies {
  readonly dialogs: Dialogs;
  readonly recent: RecentStore;
  readonly autosave: AutosaveStore;
  /** assets/samples in development, resources/samples when packaged. */
  readonly samplesDir: string;
  readonly launch: LaunchFiles;
  readonly platform: Omit<PlatformInfo, 'kind'>;
  /** Called after the recent list changed, so the window file can rebuild File ▸ Open Recent. */
  readonly onRecentChanged?: (entries: readonly RecentEntry[]) => void;
  /**
   * The paths the editor granted (main/services/grants.ts). The window file grants what reaches
   * main outside the API (a second launch, File ▸ Open Recent, a drop through the preload);
   * a fresh set when omitted.
   */
  readonly grants?: PathGrants;
}

/**
 * Largest file the renderer may ask main to write (saveFile, autosave): a project embedding a
 * day's pages is a few MB; 128 MB leaves room for a docx of the largest project and stops a
 * runaway renderer from filling the disk in one call.
 */
export const MAX_WRITE_BYTES = 128 * 1024 * 1024;

/** The file name ending that marks a project (DESIGN: `*.variorum.json`). */
const PROJECT_SUFFIX = '.variorum.json';

/** Refuses a write larger than MAX_WRITE_BYTES before anything touches the disk. */
function checkWriteSize(data: string | Uint8Array): void {
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  if (size > MAX_WRITE_BYTES)
    throw new Error(
      `Refusing to write ${formatBytes(size)}: files over ${formatBytes(MAX_WRITE_BYTES)} are not written.`,
    );
}

/** A refused path as a load failure the editor can read (the file itself is never touched). */
function refusal(path: string, error: unknown): LoadFailure {
  return {
    path: resolve(path),
    name: basename(path),
    code: 'unreadable',
    message: error instanceof Error ? error.message : String(error),
  };
}

/** Builds the API object; the compiler checks it against the contract. */
export function createApi(deps: ApiDependencies): VariorumInvokeApi {
  const grants = deps.grants ?? new PathGrants();
  /**
   * The sources granted this session, kept beside the autosave (a main-written file) so that a
   * restored autosave can re-check the same files after a crash; the renderer cannot add to it.
   */
  const autosaveGrantsFile = `${deps.autosave.path}.grants.json`;
  let autosaveGrantsWritten = '';

  async function remember(paths: readonly string[], kind: RecentEntry['kind']): Promise<void> {
    if (paths.length === 0) return;
    const entries = await deps.recent.add(paths, kind);
    deps.onRecentChanged?.(entries);
  }

  /** Files main read for the editor are sources: granted for reading again, never written. */
  async function registerSources(paths: readonly string[]): Promise<void> {
    await grants.grantSources(paths);
  }

  /** Reads only the granted paths; every other path is one failure naming it, and nothing of it is read. */
  async function loadGranted(paths: readonly string[]): Promise<OpenResult> {
    const outcomes: LoadOutcome[] = [];
    for (const path of paths) {
      let real: string;
      try {
        real = await grants.checkRead(path);
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

  async function opened(result: OpenResult): Promise<OpenResult> {
    await registerSources(result.files.map((f) => f.path));
    await remember(
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
  async function openedProject(projectPath: string, content: string): Promise<void> {
    await grants.grantWrite(projectPath);
    const parsed = parseProject(content);
    if (!parsed.ok) return;
    const named = parsed.project.variants.flatMap((v) =>
      isAbsolute(v.path) ? [v.path] : [resolve(v.path), resolve(dirname(projectPath), v.path)],
    );
    await registerSources(named);
  }

  async function rememberAutosaveGrants(): Promise<void> {
    const text = JSON.stringify(grants.grantedSources());
    if (text === autosaveGrantsWritten) return;
    await writeFileAtomic(autosaveGrantsFile, text, { mode: AUTOSAVE_MODE });
    autosaveGrantsWritten = text;
  }

  async function restoreAutosaveGrants(): Promise<void> {
    try {
      const saved: unknown = JSON.parse(await readFile(autosaveGrantsFile, 'utf8'));
      if (Array.isArray(saved))
        await registerSources(saved.filter((p): p is string => typeof p === 'string'));
    } catch {
      // No grants kept (an older autosave): a restored project falls back to its embedded texts.
    }
  }

  const api: VariorumInvokeApi = {
    async platformInfo() {
      return { kind: 'electron', ...deps.platform };
    },
    async openVariantsDialog() {
      const paths = await deps.dialogs.chooseFiles();
      if (!paths || paths.length === 0) return { files: [], failures: [], canceled: true };
      await grants.grantRead(paths);
      return opened(await loadGranted(paths));
    },
    async openFolderDialog() {
      const folder = await deps.dialogs.chooseFolder();
      if (!folder) return { files: [], failures: [], canceled: true };
      const result = await openFolder(folder);
      return opened(result);
    },
    async openPaths(paths) {
      // Main's own callers (a second launch, File ▸ Open Recent) grant before calling; the renderer cannot.
      return opened(await loadGranted(paths));
    },
    async decodeFiles(files) {
      // Bytes the renderer holds already: nothing is read from disk. A claimed path is only a label
      // and joins the never-write set (which can only forbid); it grants no reading — a drop is
      // granted by the preload itself (registry.ts, registerDropGrants).
      const result = decodeAll(files);
      await grants.addSources(result.files.filter((f) => f.path !== f.name).map((f) => f.path));
      return result;
    },
    async openSamples(set) {
      // Samples are not added to Recent: they are always one click away.
      return openSampleSet(deps.samplesDir, set);
    },
    async recentFiles() {
      return deps.recent.list();
    },
    async clearRecent() {
      await deps.recent.clear();
      deps.onRecentChanged?.([]);
    },
    async takeLaunchFiles() {
      const paths = deps.launch.take();
      if (!paths) return null;
      // `variorum pages/` opens the folder's text files, as File → Open folder would.
      const empty: string[] = [];
      // A project given at launch (a double-click, `variorum review.variorum.json`) opens as a
      // project; the last one wins, as if the editor had opened each in turn.
      const projects = paths.filter(isProjectPath);
      const files = await expandFolders(
        paths.filter((p) => !isProjectPath(p)),
        (folder) => empty.push(folder),
      );
      // Launch arguments come from the OS (argv), not from the renderer: they are the editor's choice.
      await grants.grantRead([...files, ...projects]);
      let project: ProjectFile | undefined;
      const projectFailures: LoadFailure[] = [];
      for (const path of projects) {
        try {
          project = await api.readProject(path);
        } catch (error) {
          projectFailures.push({
            path: resolve(path),
            name: basename(path),
            code: 'unreadable',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }
      const loaded = await loadGranted(files);
      const emptyFailures = empty.map((path) => ({
        path,
        name: basename(path),
        code: 'is-directory' as const,
        message: `${basename(path)} is a folder without text files.`,
      }));
      const result = await opened({
        ...loaded,
        failures: [...loaded.failures, ...emptyFailures, ...projectFailures],
      });
      return project ? { ...result, project } : result;
    },
    async saveFile(request) {
      checkWriteSize(request.data);
      let path = request.path;
      if (path === undefined) {
        const chosen = await deps.dialogs.chooseSavePath({
          suggestedName: request.suggestedName,
          filters: request.filters,
        });
        if (!chosen) return { canceled: true };
        await grants.grantWrite(chosen);
        path = chosen;
      }
      // A path the renderer names must be one a Save dialog returned or the open project's own file.
      const target = await grants.checkWrite(path);
      await writeFileAtomic(target, request.data);
      if (target.endsWith(PROJECT_SUFFIX)) await remember([target], 'project');
      const result: SaveResult = { canceled: false, path: target };
      return result;
    },
    async openProjectDialog() {
      const path = await deps.dialogs.chooseProject();
      if (!path) return null;
      await grants.grantRead([path]);
      return api.readProject(path);
    },
    async readProject(path) {
      // Granted, or on the Recent list (written by main alone, from paths the editor opened).
      if (!(await grants.isReadable(path))) {
        const recent = await deps.recent.list();
        if (recent.some((e) => e.kind === 'project' && resolve(e.path) === resolve(path)))
          await grants.grantRead([path]);
      }
      const real = await grants.checkRead(path);
      const outcome = await loadFile(real, { maxBytes: MAX_PROJECT_BYTES });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const asked = resolve(path);
      await openedProject(asked, outcome.file.text);
      await remember([asked], 'project');
      return { path: asked, content: outcome.file.text };
    },
    async autosave(content) {
      checkWriteSize(content);
      await deps.autosave.write(content);
      await rememberAutosaveGrants();
    },
    async readAutosave() {
      const content = await deps.autosave.read();
      if (content !== null) await restoreAutosaveGrants();
      return content;
    },
    async clearAutosave() {
      await deps.autosave.clear();
      await rm(autosaveGrantsFile, { force: true });
      autosaveGrantsWritten = '';
    },
    async rereadPaths(paths) {
      // A re-check of a project's sources: not a user "open", so Recent is left alone. Only the
      // sources of a project the editor opened were granted; re-read files stay never-write.
      const result = await loadGranted(paths);
      await grants.addSources(result.files.map((f) => f.path));
      return result;
    },
  };
  return api;
}
