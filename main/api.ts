/**
 * The Electron implementation of the IPC contract, built from the plain-Node services and injected
 * Electron bits (dialogs), so it runs and is tested without the Electron binary.
 */
import { basename, resolve } from 'node:path';
import type { OpenResult, PlatformInfo, RecentEntry, SaveRequest, SaveResult, VariorumInvokeApi } from '../app/ipc/contract';
import { writeFileAtomic } from './services/atomic-write';
import type { AutosaveStore } from './services/autosave';
import { decodeAll, loadFile, loadFiles } from './services/load-files';
import { expandFolders, openFolder } from './services/open-folder';
import type { RecentStore } from './services/recent';
import { openSampleSet } from './services/samples';
import type { LaunchFiles } from './launch';

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
}

/** The file name ending that marks a project (DESIGN: `*.variorum.json`). */
const PROJECT_SUFFIX = '.variorum.json';

/** Builds the API object; the compiler checks it against the contract. */
export function createApi(deps: ApiDependencies): VariorumInvokeApi {
  /** Every source opened this session: saves are refused onto them (a source is never written). */
  const sources = new Set<string>();

  async function remember(paths: readonly string[], kind: RecentEntry['kind']): Promise<void> {
    if (paths.length === 0) return;
    const entries = await deps.recent.add(paths, kind);
    deps.onRecentChanged?.(entries);
  }

  async function opened(result: OpenResult): Promise<OpenResult> {
    for (const file of result.files) sources.add(resolve(file.path));
    await remember(
      result.files.map((f) => f.path),
      'variant',
    );
    return result;
  }

  const api: VariorumInvokeApi = {
    async platformInfo() {
      return { kind: 'electron', ...deps.platform };
    },
    async openVariantsDialog() {
      const paths = await deps.dialogs.chooseFiles();
      if (!paths || paths.length === 0) return { files: [], failures: [], canceled: true };
      return opened(await loadFiles(paths));
    },
    async openFolderDialog() {
      const folder = await deps.dialogs.chooseFolder();
      if (!folder) return { files: [], failures: [], canceled: true };
      return opened(await openFolder(folder));
    },
    async openPaths(paths) {
      return opened(await loadFiles(paths));
    },
    async decodeFiles(files) {
      const result = decodeAll(files);
      // Dropped files with a known path are sources too (Electron's webUtils.getPathForFile).
      for (const file of result.files) if (file.path !== file.name) sources.add(resolve(file.path));
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
      const loaded = await loadFiles(await expandFolders(paths, (folder) => empty.push(folder)));
      const emptyFailures = empty.map((path) => ({ path, name: basename(path), code: 'is-directory' as const, message: `${basename(path)} is a folder without text files.` }));
      return opened({ ...loaded, failures: [...loaded.failures, ...emptyFailures] });
    },
    async saveFile(request) {
      const path = request.path ?? (await deps.dialogs.chooseSavePath({ suggestedName: request.suggestedName, filters: request.filters }));
      if (!path) return { canceled: true };
      const target = resolve(path);
      if (sources.has(target)) {
        throw new Error(`Refusing to overwrite ${target}: it is one of the variants being compared, and Variorum never writes to a source. Choose another name.`);
      }
      await writeFileAtomic(target, request.data);
      if (target.endsWith(PROJECT_SUFFIX)) await remember([target], 'project');
      const result: SaveResult = { canceled: false, path: target };
      return result;
    },
    async openProjectDialog() {
      const path = await deps.dialogs.chooseProject();
      return path ? api.readProject(path) : null;
    },
    async readProject(path) {
      const outcome = await loadFile(path);
      if (!outcome.ok) throw new Error(outcome.failure.message);
      await remember([outcome.file.path], 'project');
      return { path: outcome.file.path, content: outcome.file.text };
    },
    async autosave(content) {
      await deps.autosave.write(content);
    },
    async readAutosave() {
      return deps.autosave.read();
    },
    async clearAutosave() {
      await deps.autosave.clear();
    },
    async rereadPaths(paths) {
      // A re-check of a project's sources: not a user "open", so Recent is left alone.
      return loadFiles(paths);
    },
  };
  return api;
}
