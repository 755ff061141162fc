/**
 * File ▸ Save / Save as / Open project, restoring or discarding the autosave, and recent projects:
 * the imperative shell around app/project. A project file that cannot be read leaves everything
 * open as it was and says why; nothing here overwrites a file the editor did not choose.
 */
import type { ProjectFile, RecentEntry } from '../../app/ipc/contract';
import type { CompareResult, VariantText } from '../../app/model/types';
import { parseProject, serializeProject } from '../../app/project/project-file';
import type { Project } from '../../app/project/types';
import { sameDeskRules, type DeskRules } from '../../app/review/desk-rules';
import { getApi } from '../platform';
import { openAtLaunch } from '../shell/session-actions';
import { useAppStore } from '../store';
import type { LoadedProjectState, ProjectNotice, SourceReport } from '../store/project-slice';
import { CompareCanceledError, runCompare } from '../worker/compare-client';
import { projectFileName, projectFromState, stateFromProject } from './build-project';
import { projectFitNotice } from './project-fit';
import { checkSources } from './source-check';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True in the browser build: paths are only file names there and files cannot be re-read. */
export function isBrowser(): boolean {
  return typeof window === 'undefined' || window.api === undefined;
}

/** The project of what is open now, or null when nothing is compared yet. */
export function currentProject(): Project | null {
  return projectFromState(useAppStore.getState());
}

/**
 * Saves the project: to its known path without asking (Save), or through the dialog (Save as, or
 * the first save). In the browser the file downloads. The autosave is cleared after a real save.
 */
export async function saveProject(saveAs = false): Promise<boolean> {
  const store = useAppStore.getState();
  const project = currentProject();
  if (!project) {
    store.setProjectNotice({ kind: 'error', key: 'project.nothingToSave' });
    return false;
  }
  const known = !saveAs && !isBrowser() ? store.projectPath : null;
  // What this save writes: a decision made while the dialog is open is not in the file.
  const written = { variants: store.variants, result: store.result, reviews: store.reviews };
  try {
    const saved = await getApi().saveFile({
      suggestedName: projectFileName(project.title),
      data: serializeProject(project),
      filters: [{ name: 'Variorum project', extensions: ['json'] }],
      ...(known ? { path: known } : {}),
    });
    if (saved.canceled) return false;
    const path = saved.path ?? null;
    useAppStore.getState().setProjectPath(path, project.title ?? null);
    useAppStore.getState().markSaved(written);
    useAppStore.getState().setProjectNotice({
      kind: 'info',
      key: 'project.saved',
      params: { name: baseName(path ?? projectFileName(project.title)) },
    });
    await getApi().clearAutosave();
    return true;
  } catch (error) {
    useAppStore.getState().setProjectNotice({
      kind: 'error',
      key: 'project.saveFailed',
      params: { message: messageOf(error) },
    });
    return false;
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Compares a project's sources again (some changed on disk) as any comparison runs: with the
 * progress bar, whose Cancel and Escape stop it, and with the desk rules the project will use
 * (its own, or this machine's). `compare` replaces the worker in tests (no Worker in Node).
 */
async function compareShowingProgress(
  variants: readonly VariantText[],
  deskRules: DeskRules,
  compare?: (variants: readonly VariantText[], deskRules: DeskRules) => Promise<CompareResult>,
): Promise<CompareResult> {
  const store = useAppStore.getState();
  store.setProgress({ phase: 'stories', fraction: 0 });
  try {
    return await (
      compare ??
      ((texts, rules) =>
        runCompare(texts, (event) => useAppStore.getState().setProgress(event), rules))
    )(variants, deskRules);
  } finally {
    useAppStore.getState().setProgress(null);
  }
}

/** A project's state as the store takes it, the report on changed sources, and the files it lacks. */
interface ProjectState {
  readonly loaded: LoadedProjectState;
  readonly report: SourceReport | null;
  /** Variants with neither an embedded text nor a readable file: the project cannot open. */
  readonly missing: readonly string[];
}

/** In the browser: there are no paths to re-read, the embedded texts are the sources. */
function embeddedState(project: Project, path: string | null): ProjectState {
  const { loaded, missing } = stateFromProject(project, path);
  return { loaded, report: null, missing };
}

/** In Electron: the sources are read again, and compared again when any changed on disk. */
async function rereadState(
  project: Project,
  path: string | null,
  compare?: (variants: readonly VariantText[], deskRules: DeskRules) => Promise<CompareResult>,
): Promise<ProjectState> {
  const outcome = await checkSources(project, path, {
    rereadPaths: (paths) => getApi().rereadPaths(paths),
    // The worker by default; tests pass the engine itself (no Worker in Node).
    compare: (variants) =>
      compareShowingProgress(
        variants,
        project.deskRules ?? useAppStore.getState().machineDeskRules,
        compare,
      ),
  });
  return { loaded: outcome.loaded, report: outcome.report, missing: outcome.unavailable };
}

/**
 * Opens a project file's text. A bad file (empty, truncated, another format, a newer version,
 * damaged fields) shows the parser's message and changes nothing else. Returns true when opened.
 */
export async function openProjectText(
  file: ProjectFile,
  options: {
    fromAutosave?: boolean;
    compare?: (variants: readonly VariantText[], deskRules: DeskRules) => Promise<CompareResult>;
  } = {},
): Promise<boolean> {
  const parsed = parseProject(file.content);
  const name = options.fromAutosave ? 'autosave' : baseName(file.path);
  if (!parsed.ok) {
    useAppStore.getState().setProjectNotice({
      kind: 'error',
      key: 'project.badFile',
      params: { name, message: parsed.error.message },
    });
    return false;
  }
  const path = options.fromAutosave ? null : file.path;
  try {
    const state = isBrowser()
      ? embeddedState(parsed.project, path)
      : await rereadState(parsed.project, path, options.compare);
    if (state.missing.length > 0) {
      useAppStore.getState().setProjectNotice({
        kind: 'error',
        key: 'project.noTexts',
        params: { name, files: state.missing.join(', ') },
      });
      return false;
    }
    // A project whose data does not fit its texts is not opened: it would export wrong text.
    const misfit = projectFitNotice(name, parsed.project, state.loaded);
    if (misfit) {
      useAppStore.getState().setProjectNotice(misfit);
      return false;
    }
    useAppStore.getState().applyProject(state.loaded);
    useAppStore.getState().setSourceReport(state.report);
  } catch (error) {
    // Canceled while its changed sources were compared again: what was open stays as it was.
    if (error instanceof CompareCanceledError) {
      useAppStore
        .getState()
        .setProjectNotice({ kind: 'info', key: 'project.openCanceled', params: { name } });
      return false;
    }
    useAppStore.getState().setProjectNotice({
      kind: 'error',
      key: 'project.openFailed',
      params: { name, message: messageOf(error) },
    });
    return false;
  }
  const warnings = parsed.warnings.length > 0 ? ` (${parsed.warnings.join('; ')})` : '';
  useAppStore.getState().setProjectNotice(openedNotice(name + warnings, parsed.project, options));
  return true;
}

/**
 * The notice after an open: it says when the project brought desk rules other than this
 * machine's, which now apply (and how many), since they change which flags there are.
 */
function openedNotice(
  name: string,
  project: Project,
  options: { fromAutosave?: boolean },
): ProjectNotice {
  const key = options.fromAutosave ? 'project.restored' : 'project.opened';
  const rules = project.deskRules;
  if (!rules || sameDeskRules(rules, useAppStore.getState().machineDeskRules))
    return { kind: 'info', key, params: { name } };
  return {
    kind: 'info',
    key: options.fromAutosave ? 'project.restoredWithRules' : 'project.openedWithRules',
    params: { name, ignore: String(rules.ignore.length), names: String(rules.names.length) },
  };
}

/** File ▸ Open project…: a dialog (Electron) or a file input (browser). */
export async function openProjectDialog(): Promise<void> {
  try {
    const file = await getApi().openProjectDialog();
    if (file) await openProjectText(file);
  } catch (error) {
    useAppStore.getState().setProjectNotice({
      kind: 'error',
      key: 'project.openFailed',
      params: { name: '', message: messageOf(error) },
    });
  }
}

/** A project main has read already (File ▸ Open Recent). */
export function openProjectFile(file: ProjectFile): Promise<boolean> {
  return openProjectText(file);
}

/** Opens a recent project by path (Electron). */
export async function openRecentProject(entry: RecentEntry): Promise<void> {
  try {
    await openProjectText(await getApi().readProject(entry.path));
  } catch (error) {
    useAppStore.getState().setProjectNotice({
      kind: 'error',
      key: 'project.openFailed',
      params: { name: entry.name, message: messageOf(error) },
    });
  }
}

/** The recent projects, newest first; empty where the platform keeps none. */
export async function recentProjects(): Promise<RecentEntry[]> {
  try {
    return (await getApi().recentFiles()).filter((e) => e.kind === 'project');
  } catch {
    return [];
  }
}

/**
 * Start-up: an autosave left by a session that did not end with a save is offered for restore
 * (the banner asks) before anything else opens; otherwise the shell's usual start.
 */
export async function startWithAutosave(): Promise<void> {
  let saved: string | null = null;
  try {
    saved = await getApi().readAutosave();
  } catch {
    saved = null; // an unreadable autosave store must not stop the app from starting
  }
  if (saved && saved.trim() !== '') {
    useAppStore.getState().setRestoreOffer(saved);
    return;
  }
  await openAtLaunch();
}

/** Restore: opens the autosaved project; on a bad autosave, says so and starts as usual. */
export async function restoreAutosave(): Promise<void> {
  const content = useAppStore.getState().restoreOffer;
  useAppStore.getState().setRestoreOffer(null);
  if (content === null) return;
  const ok = await openProjectText({ path: '', content }, { fromAutosave: true });
  if (!ok) await openAtLaunch();
}

/** Discard: forgets the autosave and starts as usual (launch files or the samples). */
export async function discardAutosave(): Promise<void> {
  useAppStore.getState().setRestoreOffer(null);
  try {
    await getApi().clearAutosave();
  } catch {
    // Nothing to clear is as good as cleared.
  }
  await openAtLaunch();
}
