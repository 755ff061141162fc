/**
 * A stand-in for the `electron` module, recording what the built main process asks of it, so
 * index.smoke.test.ts can boot out/main/index.js in plain Node where the Electron binary is absent.
 */

/** A listener as Electron's EventEmitters take it; args are whatever Electron would pass. */
type Listener = (...args: never[]) => unknown;

/** The fake webContents of a window, or of any web contents handed to 'web-contents-created'. */
export class FakeWebContents {
  readonly listeners = new Map<string, Listener>();
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

/** Everything the fake records. */
export interface FakeElectronRecord {
  readonly handlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  readonly appListeners: Map<string, Listener>;
  readonly windows: FakeBrowserWindow[];
  menu: unknown[] | null;
  lockData: unknown;
  permissionRequest:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  permissionCheck: (() => boolean) | null;
  beforeRequest: {
    filter: { urls: string[] };
    handler: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
  } | null;
  userData: string;
  paths: Map<string, string>;
  /** What the preload exposed through contextBridge, by name. */
  readonly exposed: Map<string, unknown>;
  /** Every ipcRenderer.invoke: channel then arguments. */
  readonly invokes: unknown[][];
  /** ipcRenderer.on listeners by channel. */
  readonly rendererListeners: Map<string, Set<Listener>>;
  /** Every ipcRenderer.send: channel then arguments. */
  readonly sends: unknown[][];
  /** ipcMain.on listeners by channel. */
  readonly mainListeners: Map<string, Listener>;
}

/** A fresh, empty record. */
export function newRecord(userData: string): FakeElectronRecord {
  return {
    handlers: new Map(),
    appListeners: new Map(),
    windows: [],
    menu: null,
    lockData: undefined,
    permissionRequest: null,
    permissionCheck: null,
    beforeRequest: null,
    userData,
    paths: new Map(),
    exposed: new Map(),
    invokes: [],
    rendererListeners: new Map(),
    sends: [],
    mainListeners: new Map(),
  };
}

/** A fake BrowserWindow keeping its options and what it loaded. */
export class FakeBrowserWindow {
  static record: FakeElectronRecord;
  readonly webContents = new FakeWebContents();
  loadedFile: string | null = null;
  loadedUrl: string | null = null;
  focused = false;

  constructor(
    readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>,
  ) {
    FakeBrowserWindow.record.windows.push(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.record.windows;
  }
  once(): this {
    return this;
  }
  on(): this {
    return this;
  }
  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused = true;
  }
  show(): void {}
}

/** Builds the fake module object. */
export function fakeElectron(record: FakeElectronRecord): Record<string, unknown> {
  FakeBrowserWindow.record = record;
  return {
    app: {
      isPackaged: false,
      setPath: (name: string, value: string) => record.paths.set(name, value),
      getPath: (name: string) => record.paths.get(name) ?? record.userData,
      getLocale: () => 'zh-CN',
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: (data: unknown) => {
        record.lockData = data;
        return true;
      },
      on: (event: string, listener: Listener) => record.appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      quit: () => undefined,
    },
    BrowserWindow: FakeBrowserWindow,
    contextBridge: {
      exposeInMainWorld: (name: string, value: unknown) => record.exposed.set(name, value),
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        record.invokes.push(args);
        return Promise.resolve(null);
      },
      on: (channel: string, listener: Listener) => {
        const set = record.rendererListeners.get(channel) ?? new Set<Listener>();
        set.add(listener);
        record.rendererListeners.set(channel, set);
      },
      removeListener: (channel: string, listener: Listener) =>
        record.rendererListeners.get(channel)?.delete(listener),
      send: (...args: unknown[]) => void record.sends.push(args),
    },
    webUtils: {
      getPathForFile: (file: unknown) => {
        if (typeof file !== 'object' || file === null || !('fakePath' in file))
          throw new TypeError('not a File');
        return String((file as { fakePath: unknown }).fakePath);
      },
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBox: async () => ({ response: 0 }),
    },
    ipcMain: {
      handle: (
        channel: string,
        listener: (event: unknown, ...args: unknown[]) => Promise<unknown>,
      ) => record.handlers.set(channel, listener),
      on: (channel: string, listener: Listener) => void record.mainListeners.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => {
        record.menu = menu;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: FakeElectronRecord['permissionRequest']) => {
          record.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: FakeElectronRecord['permissionCheck']) => {
          record.permissionCheck = handler;
        },
        webRequest: {
          onBeforeRequest: (
            filter: { urls: string[] },
            handler: NonNullable<FakeElectronRecord['beforeRequest']>['handler'],
          ) => {
            record.beforeRequest = { filter, handler };
          },
        },
      },
    },
  };
}
