/**
 * The one IPC contract between the renderer and its platform. `main/` implements it for Electron
 * (checked by the compiler against `VariorumApi`), the renderer implements it for the browser, and
 * the preload exposes exactly `API_METHODS` plus `onCommand` as `window.api`. Only plain data
 * crosses: strings, numbers, booleans, arrays, plain objects and Uint8Array.
 */

/** A file that was read and decoded. */
export interface LoadedFile {
  /** Absolute path in Electron; the file name in the browser. */
  readonly path: string;
  readonly name: string;
  /** e.g. "utf-8", "utf-8-bom", "utf-16le", "gb18030", "big5". */
  readonly encoding: string;
  /** Decoded text, BOM removed, line endings kept. */
  readonly text: string;
  /** Size of the file in bytes. */
  readonly size: number;
  /** Hex SHA-256 of the file's bytes, to notice later changes on disk. */
  readonly sha256: string;
  /** A non-fatal remark shown beside the file, e.g. that it is empty. */
  readonly warning?: string;
}

/** Why a file could not be opened. */
export type LoadErrorCode =
  'not-found' | 'is-directory' | 'unreadable' | 'too-large' | 'binary' | 'undecodable';

/** A file that could not be opened, with a message meant for the editor. */
export interface LoadFailure {
  readonly path: string;
  readonly name: string;
  readonly code: LoadErrorCode;
  readonly message: string;
}

/** The outcome of opening several files: one bad file never stops the others. */
export interface OpenResult {
  readonly files: readonly LoadedFile[];
  readonly failures: readonly LoadFailure[];
  /** True when the user dismissed a dialog. */
  readonly canceled?: boolean;
  /** takeLaunchFiles only: a project file (`*.variorum.json`) given at launch, to open as a project. */
  readonly project?: ProjectFile;
}

/** Bytes handed over by the renderer (drag and drop, file input). */
export interface FileBytes {
  readonly name: string;
  /** Known in Electron for dropped files; absent in the browser. */
  readonly path?: string;
  readonly bytes: Uint8Array;
}

/** A recently opened file or project. */
export interface RecentEntry {
  readonly path: string;
  readonly name: string;
  readonly kind: 'variant' | 'project';
  /** ISO 8601 time it was last opened. */
  readonly openedAt: string;
}

/** Where the renderer runs and what it may offer. */
export interface PlatformInfo {
  readonly kind: 'electron' | 'browser';
  /** BCP 47 locale of the OS or browser, e.g. "zh-CN". */
  readonly locale: string;
  readonly version: string;
}

/** A file to write, chosen by a save dialog (Electron) or downloaded (browser). */
export interface SaveRequest {
  readonly suggestedName: string;
  readonly data: string | Uint8Array;
  /** Shown in the dialog's filter, e.g. { name: 'Text', extensions: ['txt'] }. */
  readonly filters?: readonly { readonly name: string; readonly extensions: readonly string[] }[];
  /** Write here without asking (File ▸ Save of an already saved project). */
  readonly path?: string;
}

/** Where a save went, or that it was canceled. */
export interface SaveResult {
  readonly canceled: boolean;
  readonly path?: string;
}

/** A project file read from disk. */
export interface ProjectFile {
  readonly path: string;
  readonly content: string;
}

/** The request/response half of the contract. Every method returns a promise of plain data. */
export interface VariorumInvokeApi {
  platformInfo(): Promise<PlatformInfo>;
  /** Multi-select dialog; in the browser, a file input. */
  openVariantsDialog(): Promise<OpenResult>;
  /** All text files in a chosen folder. */
  openFolderDialog(): Promise<OpenResult>;
  /** Files named by path (command line, recent files). */
  openPaths(paths: readonly string[]): Promise<OpenResult>;
  /** Bytes the renderer already holds (drag and drop). */
  decodeFiles(files: readonly FileBytes[]): Promise<OpenResult>;
  /** The embedded sample set from assets/samples; `set` picks one ("zh" default, "en"). */
  openSamples(set?: string): Promise<OpenResult>;
  recentFiles(): Promise<readonly RecentEntry[]>;
  clearRecent(): Promise<void>;
  /** Files given on the command line or handed over by a second launch, consumed once. */
  takeLaunchFiles(): Promise<OpenResult | null>;
  saveFile(request: SaveRequest): Promise<SaveResult>;
  openProjectDialog(): Promise<ProjectFile | null>;
  readProject(path: string): Promise<ProjectFile>;
  /** Writes the autosave atomically; never corrupts the last good copy. */
  autosave(content: string): Promise<void>;
  readAutosave(): Promise<string | null>;
  clearAutosave(): Promise<void>;
  /** Re-reads the files a project names, to compare their SHA-256 with the saved ones. */
  rereadPaths(paths: readonly string[]): Promise<OpenResult>;
}

/** The names of the request/response methods: what the registry wires and the preload exposes. */
export const API_METHODS = [
  'platformInfo',
  'openVariantsDialog',
  'openFolderDialog',
  'openPaths',
  'decodeFiles',
  'openSamples',
  'recentFiles',
  'clearRecent',
  'takeLaunchFiles',
  'saveFile',
  'openProjectDialog',
  'readProject',
  'autosave',
  'readAutosave',
  'clearAutosave',
  'rereadPaths',
] as const satisfies readonly (keyof VariorumInvokeApi)[];

/** Compile-time check that API_METHODS lists every method of the interface. */
type MissingMethods = Exclude<keyof VariorumInvokeApi, (typeof API_METHODS)[number]>;
const _allMethodsListed: MissingMethods extends never ? true : MissingMethods = true;
void _allMethodsListed;

/** The IPC channel of a method. */
export function channelOf(method: string): string {
  return `variorum:${method}`;
}

/**
 * The channel the preload (never the page) uses to tell main the path of a file the editor dropped
 * or picked, read with webUtils.getPathForFile from the File object itself; main grants reading
 * it. A page cannot send on it: it has no ipcRenderer (context isolation, sandbox) and cannot make
 * a File that carries a path without the editor dropping or choosing one.
 */
export const GRANT_DROPPED_CHANNEL = 'variorum:grant-dropped';

/** The channel main uses to push commands (menu items, second launch) to the renderer. */
export const COMMAND_CHANNEL = 'variorum:command';

/** What the application menu or the OS asks the renderer to do. */
export type AppCommand =
  | { readonly type: 'open-variants' }
  | { readonly type: 'open-folder' }
  | { readonly type: 'files-opened'; readonly result: OpenResult }
  | { readonly type: 'open-project' }
  /** File ▸ Open Recent picked a project: main has read it already. */
  | { readonly type: 'project-opened'; readonly project: ProjectFile }
  | { readonly type: 'save-project' }
  | { readonly type: 'save-project-as' }
  | { readonly type: 'export'; readonly format: string }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'toggle-theme' }
  | { readonly type: 'set-language'; readonly language: 'zh-CN' | 'en' }
  | { readonly type: 'about' };

/** The whole `window.api`: the invoke methods plus a subscription to commands. */
export interface VariorumApi extends VariorumInvokeApi {
  /** Subscribes to menu and OS commands; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /**
   * Electron only: the absolute path of a dropped DOM `File` (webUtils.getPathForFile), so that
   * dropped variants keep their path (for Recent and for re-checking sources). Absent in the
   * browser. Typed `unknown` because the core has no DOM types; "" when the File has no path.
   */
  pathForFile?(file: unknown): string;
}
