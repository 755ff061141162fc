/**
 * A compromised renderer: every window.api method called through the real dispatcher (a trusted
 * sender, valid shapes) with hostile arguments — paths nobody chose, traversal, symlinks into a
 * source or out of a granted folder, huge payloads, wrong types. Every call must be refused and
 * nothing outside what the editor chose may be read or written.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_METHODS, channelOf, type OpenResult } from '../app/ipc/contract';
import type { Dialogs } from './api';
import { MAX_WRITE_BYTES } from './api-access';
import {
  createDispatcher,
  registerDropGrants,
  type SendListener,
  type TrustPolicy,
} from './ipc/registry';
import { PathGrants } from './services/grants';
import { apiInHome, makeHostileHome } from '../test/support/main/hostile-home';
import { projectNaming } from '../test/support/main/project-naming';

const policy: TrustPolicy = { rendererFileUrl: 'file:///opt/variorum/out/renderer/index.html' };
const trusted = { senderFrame: { url: policy.rendererFileUrl } };
const SECRET = 'PRIVATE KEY 秘密\n';

let home: string;
let work: string;
let answers: { files: string[] | null; save: string | null; project: string | null };
let grants: PathGrants;
let call: (method: string, ...args: unknown[]) => Promise<unknown>;

const dialogs: Dialogs = {
  chooseFiles: async () => answers.files,
  chooseFolder: async () => null,
  chooseSavePath: async () => answers.save,
  chooseProject: async () => answers.project,
};

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'variorum-hostile-'));
  work = join(home, 'work');
  await makeHostileHome(home, SECRET);
  answers = { files: null, save: null, project: null };
  grants = new PathGrants();
  const api = apiInHome(home, dialogs, grants);
  const dispatch = createDispatcher(api, policy);
  call = (method, ...args) => dispatch(channelOf(method), trusted, args);
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

/** True when no text of the result came from a file (every path refused). */
function nothingRead(result: unknown): boolean {
  const open = result as OpenResult;
  return open.files.length === 0 && open.failures.every((f) => /Refusing to read/.test(f.message));
}

/** The editor opens a.txt and b.txt through the dialog: the only grants of most cases. */
async function editorOpensSources(): Promise<void> {
  answers.files = [join(work, 'a.txt'), join(work, 'b.txt')];
  await call('openVariantsDialog');
}

describe('a compromised renderer', () => {
  it('cannot read a file nobody chose: openPaths, rereadPaths, readProject refuse it, by path, traversal or symlink', async () => {
    await editorOpensSources();
    const hostile = [
      join(home, '.ssh', 'id_rsa'),
      '/etc/passwd',
      relative(process.cwd(), '/etc/passwd'), // ../../../../etc/passwd from wherever main runs
      `${work}/../.ssh/id_rsa`,
      join(work, 'innocent.txt'), // a symlink in a granted folder to the secret
    ];
    expect(nothingRead(await call('openPaths', hostile))).toBe(true);
    expect(nothingRead(await call('rereadPaths', hostile))).toBe(true);
    for (const path of hostile)
      await expect(call('readProject', path)).rejects.toThrow(/Refusing to read/);
    // The sources the editor chose stay readable, also through a symlinked folder (same real file).
    const again = (await call('rereadPaths', [
      join(work, 'a.txt'),
      join(home, 'linked-work', 'b.txt'),
    ])) as OpenResult;
    expect(again.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
  });

  it('cannot write where no Save dialog pointed: ~/.bashrc, a new autostart entry, a source, a source through a symlinked folder', async () => {
    await editorOpensSources();
    const writes = [
      join(home, '.bashrc'),
      join(home, '.config', 'autostart', 'x.desktop'),
      join(work, 'a.txt'),
      join(home, 'linked-work', 'a.txt'),
      `${work}/../.bashrc`,
    ];
    for (const path of writes)
      await expect(call('saveFile', { suggestedName: 'x', data: 'pwned', path })).rejects.toThrow(
        /Refusing to (write|overwrite)/,
      );
    expect(await readFile(join(home, '.bashrc'), 'utf8')).toBe('export PATH\n');
    expect(await readFile(join(work, 'a.txt'), 'utf8')).toBe('甲报：记者王建华报道。\n');
    await expect(stat(join(home, '.config'))).rejects.toThrow(/ENOENT/);
    // Even a Save dialog pointed at a source through a symlinked folder is refused: the real path is a source.
    answers.save = join(home, 'linked-work', 'b.txt');
    await expect(call('saveFile', { suggestedName: 'b.txt', data: 'x' })).rejects.toThrow(
      /never writes to a source/,
    );
    expect(await readFile(join(work, 'b.txt'), 'utf8')).toBe('乙报：记者王建平报道。\n');
  });

  it('cannot get a read grant from a drop label, a project it wrote, or the autosave', async () => {
    await call('decodeFiles', [
      { name: 'id_rsa', path: join(home, '.ssh', 'id_rsa'), bytes: new Uint8Array([65]) },
    ]);
    expect(nothingRead(await call('rereadPaths', [join(home, '.ssh', 'id_rsa')]))).toBe(true);
    // A project naming the secret, written by the page to a path the editor chose, is not opened by it.
    answers.save = join(work, 'evil.variorum.json');
    await call('saveFile', {
      suggestedName: 'evil.variorum.json',
      data: projectNaming([join(home, '.ssh', 'id_rsa')]),
    });
    expect(nothingRead(await call('rereadPaths', [join(home, '.ssh', 'id_rsa')]))).toBe(true);
    await call('autosave', projectNaming([join(home, '.ssh', 'id_rsa')]));
    await call('readAutosave');
    expect(nothingRead(await call('rereadPaths', [join(home, '.ssh', 'id_rsa')]))).toBe(true);
  });

  it('cannot send huge payloads: a write over the cap is refused before the disk is touched', async () => {
    answers.save = join(work, 'big.txt');
    const huge = new Uint8Array(MAX_WRITE_BYTES + 1);
    await expect(call('saveFile', { suggestedName: 'big.txt', data: huge })).rejects.toThrow(
      /too large|Refusing to write/,
    );
    await expect(stat(join(work, 'big.txt'))).rejects.toThrow(/ENOENT/);
    await expect(call('autosave', 'x'.repeat(MAX_WRITE_BYTES + 1))).rejects.toThrow(
      /too large|Refusing to write/,
    );
    await expect(
      call(
        'openPaths',
        Array.from({ length: 5000 }, () => '/etc/passwd'),
      ),
    ).rejects.toThrow(/at most/);
  });

  it('is refused for wrong types and walks out of the samples folder', async () => {
    const wrong: Record<string, unknown[]> = {
      openPaths: ['/etc/passwd'],
      rereadPaths: [{ 0: '/etc/passwd', length: 1 }],
      readProject: [42],
      saveFile: [{ suggestedName: 'x', data: { length: 1 } }],
      decodeFiles: [[{ name: 'x', bytes: 'AAAA' }]],
      autosave: [{ toString: () => 'x' }],
      openSamples: [['zh']],
      platformInfo: ['extra'],
    };
    for (const [method, args] of Object.entries(wrong))
      await expect(call(method, ...args), method).rejects.toThrow(/bad-arguments/);
    await expect(call('openSamples', '../../..')).rejects.toThrow(/Unknown sample set/);
    expect(Object.keys(wrong).every((m) => (API_METHODS as readonly string[]).includes(m))).toBe(
      true,
    );
  });
});

describe('what the editor grants', () => {
  it('a project the editor opened grants its sources for re-reading, and its own file for Save', async () => {
    await writeFile(join(work, 'p.variorum.json'), projectNaming([join(work, 'a.txt')]));
    answers.project = join(work, 'p.variorum.json');
    await call('openProjectDialog');
    expect(((await call('rereadPaths', [join(work, 'a.txt')])) as OpenResult).files).toHaveLength(
      1,
    );
    await call('saveFile', {
      suggestedName: 'p',
      data: projectNaming([join(work, 'a.txt')]),
      path: join(work, 'p.variorum.json'),
    });
    // …and the source it names is never written, even by a Save dialog.
    answers.save = join(work, 'a.txt');
    await expect(call('saveFile', { suggestedName: 'a.txt', data: 'x' })).rejects.toThrow(
      /never writes to a source/,
    );
  });

  it('a drop is granted by the preload channel only from the app renderer, and only a plain path', async () => {
    const listeners = new Map<string, SendListener>();
    registerDropGrants(grants, (channel, listener) => listeners.set(channel, listener), policy);
    const grant = [...listeners.values()][0]!;
    grant({ senderFrame: { url: 'https://evil.invalid/' } }, join(home, '.ssh', 'id_rsa'));
    grant(trusted, { toString: () => join(home, '.ssh', 'id_rsa') });
    await new Promise((r) => setTimeout(r, 20));
    expect(await grants.isReadable(join(home, '.ssh', 'id_rsa'))).toBe(false);
    grant(trusted, join(work, 'b.txt'));
    await new Promise((r) => setTimeout(r, 20));
    expect(((await call('rereadPaths', [join(work, 'b.txt')])) as OpenResult).files).toHaveLength(
      1,
    );
  });

  it('a restored autosave re-checks the sources granted in the session that wrote it', async () => {
    await editorOpensSources();
    await call('autosave', projectNaming([join(work, 'a.txt')]));
    grants = new PathGrants();
    const restarted = apiInHome(home, dialogs, grants);
    expect(nothingRead(await restarted.rereadPaths([join(work, 'a.txt')]))).toBe(true);
    expect(await restarted.readAutosave()).toContain('a.txt');
    expect((await restarted.rereadPaths([join(work, 'a.txt')])).files).toHaveLength(1);
  });
});

/**
 * One hostile case per window.api method. The record is keyed by every method of API_METHODS, so
 * a method added to the contract tomorrow does not compile until it has a case here: the
 * capability model is re-checked for everything the IPC can do.
 */
type HostileCase = () => Promise<void>;

function everyMethodCase(): Record<(typeof API_METHODS)[number], HostileCase> {
  const refusedArgs = (method: string, ...args: unknown[]): Promise<void> =>
    expect(call(method, ...args), method).rejects.toThrow(/bad-arguments/);
  const secret = join(home, '.ssh', 'id_rsa');
  return {
    platformInfo: () => refusedArgs('platformInfo', secret),
    openVariantsDialog: async () => {
      await refusedArgs('openVariantsDialog', [secret]);
      // Only what the dialog returned is read (the renderer cannot name files to it).
      answers.files = null;
      expect(await call('openVariantsDialog')).toMatchObject({ canceled: true, files: [] });
    },
    openFolderDialog: async () => {
      await refusedArgs('openFolderDialog', home);
      expect(await call('openFolderDialog')).toMatchObject({ canceled: true, files: [] });
    },
    openPaths: async () => expect(nothingRead(await call('openPaths', [secret]))).toBe(true),
    decodeFiles: async () => {
      await call('decodeFiles', [{ name: 'id_rsa', path: secret, bytes: new Uint8Array([65]) }]);
      expect(await grants.isReadable(secret)).toBe(false);
    },
    openSamples: () =>
      expect(call('openSamples', '../../../.ssh')).rejects.toThrow(/Unknown sample set/),
    recentFiles: async () => {
      await refusedArgs('recentFiles', secret);
      // The list holds only what main itself recorded: nothing here, whatever the page did.
      expect(await call('recentFiles')).toEqual([]);
    },
    clearRecent: () => refusedArgs('clearRecent', secret),
    takeLaunchFiles: async () => {
      await refusedArgs('takeLaunchFiles', [secret]);
      expect(await call('takeLaunchFiles')).toBeNull();
      expect(await grants.isReadable(secret)).toBe(false);
    },
    saveFile: () =>
      expect(
        call('saveFile', { suggestedName: 'x', data: 'pwned', path: join(home, '.bashrc') }),
      ).rejects.toThrow(/Refusing to write/),
    openProjectDialog: async () => {
      await refusedArgs('openProjectDialog', secret);
      answers.project = null;
      expect(await call('openProjectDialog')).toBeNull();
    },
    readProject: () => expect(call('readProject', secret)).rejects.toThrow(/Refusing to read/),
    autosave: () => refusedArgs('autosave', 'x', secret),
    readAutosave: () => refusedArgs('readAutosave', secret),
    clearAutosave: () => refusedArgs('clearAutosave', secret),
    rereadPaths: async () =>
      expect(nothingRead(await call('rereadPaths', [secret, `${work}/../.ssh/id_rsa`]))).toBe(true),
  };
}

describe('every window.api method', () => {
  it('has a hostile case, and each is refused; nothing outside what the editor chose is read or written', async () => {
    const cases = everyMethodCase();
    expect(Object.keys(cases).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) await cases[method]();
    expect(await readFile(join(home, '.bashrc'), 'utf8')).toBe('export PATH\n');
    expect(await grants.isReadable(join(home, '.ssh', 'id_rsa'))).toBe(false);
  });
});
