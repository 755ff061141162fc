/**
 * The Electron main process: one secure window, the IPC registry, the application menu, the
 * single-instance lock and command-line files. Everything that decides something lives in plain
 * modules (api, registry, menu, launch, services); this file only connects them to Electron.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  type OpenDialogOptions,
} from 'electron';
import { COMMAND_CHANNEL, type AppCommand, type RecentEntry } from '../app/ipc/contract';
import { createApi, type Dialogs } from './api';
import { registerApi, registerDropGrants, type TrustPolicy } from './ipc/registry';
import { PathGrants } from './services/grants';
import {
  fileArguments,
  isProjectPath,
  LaunchFiles,
  launchDirectory,
  secondLaunchDirectory,
} from './launch';
import { buildMenuTemplate, type MenuLanguage } from './menu';
import { removeDeadTempFiles } from './services/atomic-write';
import { AutosaveStore } from './services/autosave';
import { RecentStore } from './services/recent';

// Tests (and cautious users) may point the data folder elsewhere; it holds the autosave and Recent.
if (process.env.VARIORUM_USER_DATA) app.setPath('userData', process.env.VARIORUM_USER_DATA);

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererFile = join(__dirname, '../renderer/index.html');
const rendererFileUrl = pathToFileURL(rendererFile).href;
const trust: TrustPolicy = devServerUrl ? { rendererFileUrl, devServerUrl } : { rendererFileUrl };
const samplesDir = app.isPackaged
  ? join(process.resourcesPath, 'samples')
  : join(__dirname, '../../assets/samples');

const launchCwd = launchDirectory(process.env, process.cwd());
let mainWindow: BrowserWindow | null = null;
let language: MenuLanguage = 'en';
let recentEntries: readonly RecentEntry[] = [];

function send(command: AppCommand): void {
  mainWindow?.webContents.send(COMMAND_CHANNEL, command);
}

function parentWindow(): BrowserWindow | undefined {
  return mainWindow ?? undefined;
}

async function showOpen(options: OpenDialogOptions): Promise<string[] | null> {
  const parent = parentWindow();
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

const dialogs: Dialogs = {
  chooseFiles: () =>
    showOpen({
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: 'Text', extensions: ['txt', 'md', 'text'] },
        { name: 'All files', extensions: ['*'] },
      ],
    }),
  chooseFolder: async () => (await showOpen({ properties: ['openDirectory'] }))?.[0] ?? null,
  chooseProject: async () =>
    (
      await showOpen({
        properties: ['openFile'],
        filters: [{ name: 'Variorum project', extensions: ['json'] }],
      })
    )?.[0] ?? null,
  chooseSavePath: async (request) => {
    const options = {
      defaultPath: request.suggestedName,
      filters: request.filters?.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
    };
    const parent = parentWindow();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};

const userData = app.getPath('userData');
const launch = new LaunchFiles(fileArguments(process.argv, launchCwd, app.isPackaged));
const recentFile = join(userData, 'recent.json');
const recent = new RecentStore(recentFile);
const autosave = new AutosaveStore(join(userData, 'autosave'));
/** What the editor chose this session: the only paths the renderer can make main read or write. */
const grants = new PathGrants();
const api = createApi({
  grants,
  dialogs,
  recent,
  autosave,
  samplesDir,
  launch,
  // A getter: app.getLocale() is only meaningful once the app is ready, and the API is built before.
  platform: {
    get locale() {
      return app.getLocale();
    },
    version: app.getVersion(),
  },
  onRecentChanged: (entries) => {
    recentEntries = entries;
    installMenu();
  },
});

function installMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev: !app.isPackaged,
    language,
    recent: recentEntries,
    send: (command) => {
      if (command.type === 'set-language') {
        language = command.language;
        installMenu();
      }
      send(command);
    },
    openRecent: (entry) => void openRecent(entry),
    clearRecent: () => void api.clearRecent(),
  });
  // MenuItemSpec is structurally a subset of MenuItemConstructorOptions (see main/menu.ts).
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function openRecent(entry: RecentEntry): Promise<void> {
  try {
    if (entry.kind === 'project') {
      send({ type: 'project-opened', project: await api.readProject(entry.path) });
    } else {
      // Picked in main's own menu: the editor's choice.
      await grants.grantRead([entry.path]);
      send({ type: 'files-opened', result: await api.openPaths([entry.path]) });
    }
  } catch (error) {
    const parent = parentWindow();
    const message = error instanceof Error ? error.message : String(error);
    if (parent) await dialog.showMessageBox(parent, { type: 'error', message });
  }
}

/**
 * Files the OS handed over after start-up (a second launch, macOS open-file): the editor's choice,
 * so they are granted; a project file opens as a project, the others as variants.
 */
async function openHandedOver(paths: readonly string[]): Promise<void> {
  await grants.grantRead(paths);
  const projects = paths.filter(isProjectPath);
  const variants = paths.filter((p) => !isProjectPath(p));
  try {
    for (const path of projects)
      send({ type: 'project-opened', project: await api.readProject(path) });
    if (variants.length > 0) send({ type: 'files-opened', result: await api.openPaths(variants) });
  } catch (error) {
    const parent = parentWindow();
    if (parent)
      await dialog.showMessageBox(parent, {
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
  }
}

/** True for the app's own page (any #route of it) or, in development, the dev server. */
function isAppUrl(url: string): boolean {
  if (url.split('#')[0] === rendererFileUrl) return true;
  try {
    return devServerUrl !== undefined && new URL(url).origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** Blocks everything a document viewer never needs: navigation, pop-ups, permissions, webviews, remote requests. */
function lockDown(): void {
  app.on('web-contents-created', (_event, contents) => {
    const keepInApp = (event: { preventDefault(): void }, url: string): void => {
      if (!isAppUrl(url)) event.preventDefault();
    };
    contents.on('will-navigate', keepInApp);
    contents.on('will-redirect', keepInApp);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  // No remote content, ever: only file:// (and the dev server in development) may load.
  session.defaultSession.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => {
      callback({ cancel: !isAppUrl(details.url) });
    },
  );
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Variorum',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  return window;
}

if (!app.requestSingleInstanceLock({ cwd: launchCwd })) {
  // Another Variorum runs: it receives our files through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const files = fileArguments(
      argv,
      secondLaunchDirectory(additionalData, workingDirectory),
      app.isPackaged,
    );
    // Before the renderer has asked for its launch files it is not listening for commands yet.
    if (files.length > 0 && !launch.offer(files)) void openHandedOver(files);
  });
  // macOS: a double-clicked file or one dropped on the Dock icon; before start-up it joins the launch files.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!launch.offer([path])) void openHandedOver([path]);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    language = app.getLocale().startsWith('zh') ? 'zh-CN' : 'en';
    // Temp files a killed session left beside the files main writes (the autosave, Recent).
    await Promise.all([removeDeadTempFiles(autosave.path), removeDeadTempFiles(recentFile)]);
    recentEntries = await recent.list();
    lockDown();
    registerApi(api, (channel, listener) => ipcMain.handle(channel, listener), trust);
    registerDropGrants(grants, (channel, listener) => ipcMain.on(channel, listener), trust);
    installMenu();
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
}
