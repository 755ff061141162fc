/**
 * The project code's global effects: autosave, the menu's project and export commands, and the
 * keyboard shortcuts of the browser build (in Electron the menu's accelerators send the commands).
 */
import { useEffect } from 'react';
import type { AppCommand } from '../../app/ipc/contract';
import { getApi } from '../platform';
import { useAppStore } from '../store';
import { isSaved } from '../store/project-slice';
import { startAutosave } from './autosave';
import { isBrowser, openProjectDialog, openProjectFile, saveProject } from './project-actions';

/** Carries out the project and export commands of the menu; other commands are the shell's. */
export function handleProjectCommand(command: AppCommand): void {
  switch (command.type) {
    case 'save-project':
      void saveProject(false);
      return;
    case 'save-project-as':
      void saveProject(true);
      return;
    case 'open-project':
      void openProjectDialog();
      return;
    case 'project-opened':
      void openProjectFile(command.project);
      return;
    case 'export':
      if (useAppStore.getState().result) useAppStore.getState().openExportDialog(command.format);
      return;
    default:
      return;
  }
}

/** Ctrl/⌘+S saves, with Shift saves as; Ctrl/⌘+Shift+E exports (browser build only). */
function onKey(event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const key = event.key.toLowerCase();
  if (key === 's') {
    event.preventDefault();
    void saveProject(event.shiftKey);
  } else if (key === 'e' && event.shiftKey) {
    event.preventDefault();
    handleProjectCommand({ type: 'export', format: 'txt' });
  }
}

/** The window title: the project's file name (or title) and whether it has unsaved changes. */
export function windowTitle(path: string | null, title: string | null, unsaved: boolean): string {
  const name = path ? (path.split(/[\\/]/).pop() ?? path) : title;
  if (!name) return 'Variorum';
  return `${unsaved ? '● ' : ''}${name} — Variorum`;
}

/** Installs autosave, the command listener and the shortcuts once, and keeps the window title. */
export function useProjectEffects(): void {
  const title = useAppStore((s) =>
    windowTitle(s.projectPath, s.projectTitle, s.projectPath !== null && !isSaved(s)),
  );
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(
    () =>
      startAutosave(useAppStore, {
        write: (content) => getApi().autosave(content),
        onError: (error) =>
          useAppStore.getState().setProjectNotice({
            kind: 'error',
            key: 'project.autosaveFailed',
            params: { message: error instanceof Error ? error.message : String(error) },
          }),
      }),
    [],
  );
  useEffect(() => getApi().onCommand(handleProjectCommand), []);
  useEffect(() => {
    if (!isBrowser()) return undefined;
    // Capture phase: Monaco stops some key events from bubbling to window.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
