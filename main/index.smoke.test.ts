/**
 * Boots the built main process (out/main/index.js) in plain Node against a fake `electron` module:
 * the closest this machine gets to launching the app (no Electron binary here), and a check that
 * the bundle wires window, security, IPC, menu and launch files the way main/index.ts says.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from '../test/support/main/ensure-built';
import { projectNaming } from '../test/support/main/project-naming';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_METHODS,
  channelOf,
  COMMAND_CHANNEL,
  GRANT_DROPPED_CHANNEL,
  type OpenResult,
} from '../app/ipc/contract';
import {
  fakeElectron,
  FakeWebContents,
  newRecord,
  type FakeElectronRecord,
} from '../test/support/main/fake-electron';

const root = resolve(__dirname, '..');
const builtMain = join(root, 'out/main/index.js');
const work = mkdtempSync(join(tmpdir(), 'variorum-smoke-'));
const record: FakeElectronRecord = newRecord(join(work, 'default-user-data'));
let trusted: { senderFrame: { url: string } };

beforeAll(async () => {
  // `npm run build` output; built here when a fresh clone has none or it is older than the sources.
  ensureBuilt();
  writeFileSync(join(work, 'page.txt'), '本报讯　一篇用于启动测试的短文。\n');
  const nodeRequire = createRequire(join(root, 'package.json'));
  // Put the fake where `require("electron")` resolves, so the package's downloader never runs.
  const electronPath = nodeRequire.resolve('electron');
  nodeRequire.cache[electronPath] = {
    id: electronPath,
    filename: electronPath,
    loaded: true,
    exports: fakeElectron(record),
  } as unknown as NodeJS.Module;

  const saved = {
    argv: process.argv,
    initCwd: process.env.INIT_CWD,
    userData: process.env.VARIORUM_USER_DATA,
    devUrl: process.env.ELECTRON_RENDERER_URL,
  };
  process.argv = ['/usr/lib/electron/electron', '.', 'page.txt', '--enable-logging'];
  process.env.INIT_CWD = work;
  process.env.VARIORUM_USER_DATA = join(work, 'user-data');
  delete process.env.ELECTRON_RENDERER_URL;
  try {
    nodeRequire(builtMain);
    nodeRequire(join(root, 'out/preload/index.js'));
    // whenReady().then(...) reads the recent list before it opens the window: wait for the window.
    for (let waited = 0; record.windows.length === 0 && waited < 10_000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
  } finally {
    process.argv = saved.argv;
    if (saved.initCwd === undefined) delete process.env.INIT_CWD;
    else process.env.INIT_CWD = saved.initCwd;
    if (saved.userData === undefined) delete process.env.VARIORUM_USER_DATA;
    else process.env.VARIORUM_USER_DATA = saved.userData;
    if (saved.devUrl !== undefined) process.env.ELECTRON_RENDERER_URL = saved.devUrl;
  }
  trusted = { senderFrame: { url: pathToFileURL(join(root, 'out/renderer/index.html')).href } };
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('built main process', () => {
  it('takes the single-instance lock, handing over the launch directory', () => {
    expect(record.lockData).toEqual({ cwd: work });
    expect(record.appListeners.has('second-instance')).toBe(true);
  });

  it('uses the data folder override for autosave and Recent', () => {
    expect(record.paths.get('userData')).toBe(join(work, 'user-data'));
  });

  it('opens one secure window on the built renderer with an existing preload', () => {
    expect(record.windows).toHaveLength(1);
    const window = record.windows[0]!;
    const prefs = window.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      navigateOnDragDrop: false,
    });
    expect(existsSync(String(prefs.preload))).toBe(true);
    expect(window.loadedFile).toBe(join(root, 'out/renderer/index.html'));
    expect(window.loadedUrl).toBeNull();
  });

  it('registers exactly the contract channels, refusing untrusted senders', async () => {
    expect([...record.handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
    const openSamples = record.handlers.get(channelOf('openSamples'))!;
    await expect(openSamples({ senderFrame: { url: 'https://example.com/' } })).rejects.toThrow(
      /untrusted-sender/,
    );
    await expect(record.handlers.get(channelOf('platformInfo'))!(trusted)).resolves.toEqual({
      kind: 'electron',
      locale: 'zh-CN',
      version: '0.1.0',
    });
    const samples = (await openSamples(trusted)) as OpenResult;
    expect(samples.files.length).toBeGreaterThanOrEqual(3);
  });

  it('hands the command-line file (relative to INIT_CWD) to the renderer once', async () => {
    const take = record.handlers.get(channelOf('takeLaunchFiles'))!;
    const first = (await take(trusted)) as OpenResult;
    expect(first.files.map((f) => f.path)).toEqual([join(work, 'page.txt')]);
    expect(await take(trusted)).toBeNull();
  });

  it('passes a second launch’s files (after start-up) to the running window as files-opened', async () => {
    writeFileSync(join(work, 'second.txt'), '第二次启动带来的文件。\n');
    const onSecond = record.appListeners.get('second-instance') as unknown as (
      e: unknown,
      argv: string[],
      cwd: string,
      data: unknown,
    ) => void;
    onSecond({}, ['/usr/lib/electron/electron', '.', 'second.txt'], '/somewhere/else', {
      cwd: work,
    });
    const window = record.windows[0]!;
    for (let waited = 0; window.webContents.sent.length === 0 && waited < 10_000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
    expect(window.focused).toBe(true);
    const [channel, command] = window.webContents.sent.at(-1) ?? [];
    expect(channel).toBe(COMMAND_CHANNEL);
    expect(command).toMatchObject({
      type: 'files-opened',
      result: { files: [{ name: 'second.txt' }] },
    });
  });

  it('opens a project handed over by a second launch or macOS open-file as a project, not as a variant', async () => {
    writeFileSync(join(work, 'desk.variorum.json'), projectNaming([join(work, 'page.txt')]));
    const window = record.windows[0]!;
    const before = window.webContents.sent.length;
    const onSecond = record.appListeners.get('second-instance') as unknown as (
      e: unknown,
      argv: string[],
      cwd: string,
      data: unknown,
    ) => void;
    onSecond({}, ['/usr/lib/electron/electron', '.', 'desk.variorum.json'], '/somewhere/else', {
      cwd: work,
    });
    for (let waited = 0; window.webContents.sent.length === before && waited < 10_000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
    expect(window.webContents.sent.at(-1)?.[1]).toMatchObject({
      type: 'project-opened',
      project: { path: join(work, 'desk.variorum.json') },
    });
    const onOpenFile = record.appListeners.get('open-file') as unknown as (
      e: { preventDefault(): void },
      path: string,
    ) => void;
    let prevented = false;
    onOpenFile({ preventDefault: () => (prevented = true) }, join(work, 'desk.variorum.json'));
    for (
      let waited = 0;
      window.webContents.sent.length === before + 1 && waited < 10_000;
      waited += 20
    )
      await new Promise((r) => setTimeout(r, 20));
    expect(prevented).toBe(true);
    expect(window.webContents.sent.at(-1)?.[1]).toMatchObject({ type: 'project-opened' });
  });

  it('blocks navigation away from the app, pop-ups, permissions and remote requests', () => {
    const contents = new FakeWebContents();
    (
      record.appListeners.get('web-contents-created') as unknown as (
        e: unknown,
        c: FakeWebContents,
      ) => void
    )({}, contents);
    const navigate = contents.listeners.get('will-navigate') as unknown as (
      e: { preventDefault(): void },
      url: string,
    ) => void;
    let prevented = 0;
    navigate({ preventDefault: () => prevented++ }, 'https://example.com/');
    navigate({ preventDefault: () => prevented++ }, 'file:///etc/passwd');
    navigate({ preventDefault: () => prevented++ }, `${trusted.senderFrame.url}#/story/s1`);
    expect(prevented).toBe(2);
    const redirect = contents.listeners.get('will-redirect') as unknown as (
      e: { preventDefault(): void },
      url: string,
    ) => void;
    redirect({ preventDefault: () => prevented++ }, 'https://tracker.example/');
    expect(prevented).toBe(3);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });

    let granted: boolean | null = null;
    record.permissionRequest?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(record.permissionCheck?.()).toBe(false);

    let cancel: boolean | null = null;
    record.beforeRequest?.handler(
      { url: 'https://cdn.example.com/font.woff2' },
      (r) => (cancel = r.cancel),
    );
    expect(cancel).toBe(true);
  });

  it('installs the File, Edit, View and Help menu in the system language', () => {
    const labels = (record.menu as { label?: string }[]).map((m) => m.label);
    expect(labels).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
  });
});

describe('built preload', () => {
  type Exposed = Record<string, (...args: unknown[]) => unknown>;

  it('exposes exactly the contract methods, onCommand and pathForFile as window.api', () => {
    expect([...record.exposed.keys()]).toEqual(['api']);
    const api = record.exposed.get('api') as Exposed;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onCommand', 'pathForFile'].sort());
  });

  it('turns each method into an invoke on its channel with the same arguments', async () => {
    const api = record.exposed.get('api') as Exposed;
    await api.openPaths!(['/a.txt']);
    await api.openSamples!();
    expect(record.invokes).toEqual([
      [channelOf('openPaths'), ['/a.txt']],
      [channelOf('openSamples')],
    ]);
  });

  it('forwards only the command to onCommand listeners, and unsubscribes', () => {
    const api = record.exposed.get('api') as Exposed;
    const received: unknown[] = [];
    const unsubscribe = api.onCommand!((command: unknown) => received.push(command)) as () => void;
    const listeners = [...(record.rendererListeners.get(COMMAND_CHANNEL) ?? [])] as ((
      event: unknown,
      command: unknown,
    ) => void)[];
    listeners.forEach((l) => l({ sender: 'ipc event' }, { type: 'toggle-theme' }));
    expect(received).toEqual([{ type: 'toggle-theme' }]);
    unsubscribe();
    expect(record.rendererListeners.get(COMMAND_CHANNEL)?.size).toBe(0);
  });

  it('gives a dropped file its path, and "" for anything else', () => {
    const api = record.exposed.get('api') as Exposed;
    expect(api.pathForFile!({ fakePath: '/home/ed/drop.txt' })).toBe('/home/ed/drop.txt');
    expect(api.pathForFile!('nope')).toBe('');
    // The preload itself grants the dropped path to main; the page never reaches that channel.
    expect(record.sends).toEqual([[GRANT_DROPPED_CHANNEL, '/home/ed/drop.txt']]);
  });
});
