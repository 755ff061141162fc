/**
 * The API's opening methods: variants from a dialog, a folder, main's own callers, bytes the
 * renderer holds, the sample set, Recent, the files given at launch, and a project's sources
 * read again. Every read goes through the granted access (api-access.ts).
 */
import { basename } from 'node:path';
import type { LoadFailure, OpenResult, ProjectFile, VariorumInvokeApi } from '../app/ipc/contract';
import { refusal, type GrantedAccess } from './api-access';
import type { ApiDependencies } from './api';
import { decodeAll } from './services/load-files';
import { expandFolders, openFolder } from './services/open-folder';
import { openSampleSet } from './services/samples';
import { isProjectPath } from './launch';

/** The methods this file implements. */
type OpenMethods = Pick<
  VariorumInvokeApi,
  | 'openVariantsDialog'
  | 'openFolderDialog'
  | 'openPaths'
  | 'decodeFiles'
  | 'openSamples'
  | 'recentFiles'
  | 'clearRecent'
  | 'takeLaunchFiles'
  | 'rereadPaths'
>;

/** The API's opening methods; `readProject` opens a project given at launch. */
export function openMethods(
  deps: ApiDependencies,
  access: GrantedAccess,
  readProject: VariorumInvokeApi['readProject'],
): OpenMethods {
  const { grants } = access;
  return {
    async openVariantsDialog() {
      const paths = await deps.dialogs.chooseFiles();
      if (!paths || paths.length === 0) return { files: [], failures: [], canceled: true };
      await grants.grantRead(paths);
      return access.opened(await access.loadGranted(paths));
    },
    async openFolderDialog() {
      const folder = await deps.dialogs.chooseFolder();
      if (!folder) return { files: [], failures: [], canceled: true };
      const result = await openFolder(folder);
      return access.opened(result);
    },
    async openPaths(paths) {
      // Main's own callers (a second launch, File ▸ Open Recent) grant before calling; the renderer cannot.
      return access.opened(await access.loadGranted(paths));
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
      return openLaunchFiles(paths, access, readProject);
    },
    async rereadPaths(paths) {
      // A re-check of a project's sources: not a user "open", so Recent is left alone. Only the
      // sources of a project the editor opened were granted; re-read files stay never-write.
      const result = await access.loadGranted(paths);
      await grants.addSources(result.files.map((f) => f.path));
      return result;
    },
  };
}

/**
 * The files given at launch: text files and folders open as variants (`variorum pages/` opens the
 * folder's text files, as File → Open folder would), and a project (a double-click, `variorum
 * review.variorum.json`) opens as a project; the last one wins, as if the editor had opened each
 * in turn.
 */
async function openLaunchFiles(
  paths: readonly string[],
  access: GrantedAccess,
  readProject: VariorumInvokeApi['readProject'],
): Promise<OpenResult> {
  const empty: string[] = [];
  const projects = paths.filter(isProjectPath);
  const files = await expandFolders(
    paths.filter((p) => !isProjectPath(p)),
    (folder) => empty.push(folder),
  );
  // Launch arguments come from the OS (argv), not from the renderer: they are the editor's choice.
  await access.grants.grantRead([...files, ...projects]);
  let project: ProjectFile | undefined;
  const projectFailures: LoadFailure[] = [];
  for (const path of projects) {
    try {
      project = await readProject(path);
    } catch (error) {
      projectFailures.push(refusal(path, error));
    }
  }
  const loaded = await access.loadGranted(files);
  const emptyFailures = empty.map((path) => ({
    path,
    name: basename(path),
    code: 'is-directory' as const,
    message: `${basename(path)} is a folder without text files.`,
  }));
  const result = await access.opened({
    ...loaded,
    failures: [...loaded.failures, ...emptyFailures, ...projectFailures],
  });
  return project ? { ...result, project } : result;
}
