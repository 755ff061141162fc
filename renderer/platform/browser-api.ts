/**
 * The browser implementation of the IPC contract: file inputs instead of dialogs, downloads
 * instead of save dialogs, IndexedDB and localStorage instead of files in the profile.
 */
import type {
  AppCommand,
  OpenResult,
  RecentEntry,
  SaveResult,
  VariorumApi,
} from '../../app/ipc/contract';
import {
  clearRecentEntries,
  deleteAutosave,
  loadAutosave,
  loadRecent,
  rememberRecent,
  writeAutosave,
} from './browser-storage';
import { decodeFileBytes } from './fallback-decode';
import { chooseFiles, readFiles } from './file-input';
import { sampleFiles } from './samples';

/** The message of every call that needs a file system the browser does not give. */
export const BROWSER_NO_PATHS =
  'The web version cannot open files by path; use Open variants, Open folder or drag and drop.';

function remember(result: OpenResult): OpenResult {
  const openedAt = new Date().toISOString();
  rememberRecent(
    result.files.map((f): RecentEntry => ({
      path: f.path,
      name: f.name,
      kind: 'variant',
      openedAt,
    })),
  );
  return result;
}

async function openChosen(folder: boolean): Promise<OpenResult> {
  const chosen = await chooseFiles({ folder });
  if (!chosen) return { files: [], failures: [], canceled: true };
  return remember(await decodeFileBytes(await readFiles(chosen)));
}

function download(name: string, data: string | Uint8Array): void {
  const blob = new Blob([data as BlobPart], {
    type: typeof data === 'string' ? 'text/plain;charset=utf-8' : 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Builds the browser `window.api`. */
export function createBrowserApi(): VariorumApi {
  const listeners = new Set<(command: AppCommand) => void>();
  return {
    platformInfo: async () => ({
      kind: 'browser',
      locale: navigator.language || 'en',
      version: import.meta.env.VITE_APP_VERSION ?? '0.1.0',
    }),
    openVariantsDialog: () => openChosen(false),
    openFolderDialog: () => openChosen(true),
    openPaths: async (paths) => ({
      files: [],
      failures: paths.map((path) => ({
        path,
        name: path.split(/[\\/]/).pop() ?? path,
        code: 'unreadable' as const,
        message: BROWSER_NO_PATHS,
      })),
    }),
    decodeFiles: async (files) => decodeFileBytes(files),
    openSamples: async (set) => decodeFileBytes(sampleFiles(set ?? 'zh')),
    recentFiles: async () => loadRecent(),
    clearRecent: async () => clearRecentEntries(),
    takeLaunchFiles: async () => null,
    saveFile: async (request): Promise<SaveResult> => {
      download(request.suggestedName, request.data);
      return { canceled: false, path: request.suggestedName };
    },
    openProjectDialog: async () => {
      const chosen = await chooseFiles({ accept: '.json,.variorum', multiple: false });
      const file = chosen?.[0];
      return file ? { path: file.name, content: await file.text() } : null;
    },
    readProject: async () => {
      throw new Error(BROWSER_NO_PATHS);
    },
    autosave: (content) => writeAutosave(content),
    readAutosave: () => loadAutosave(),
    clearAutosave: () => deleteAutosave(),
    rereadPaths: async (paths) => ({
      files: [],
      failures: paths.map((path) => ({
        path,
        name: path,
        code: 'unreadable' as const,
        message: BROWSER_NO_PATHS,
      })),
    }),
    onCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
