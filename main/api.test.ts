import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VariorumInvokeApi } from '../app/ipc/contract';
import { createApi, type Dialogs } from './api';
import { LaunchFiles } from './launch';
import { AutosaveStore } from './services/autosave';
import { RecentStore } from './services/recent';
import { projectNaming } from '../test/support/main/project-naming';

let dir: string;
let answers: {
  files: string[] | null;
  folder: string | null;
  save: string | null;
  project: string | null;
};
let recentChanges: number;

const dialogs: Dialogs = {
  chooseFiles: async () => answers.files,
  chooseFolder: async () => answers.folder,
  chooseSavePath: async () => answers.save,
  chooseProject: async () => answers.project,
};

function makeApi(launchPaths: string[] = []): VariorumInvokeApi {
  return createApi({
    dialogs,
    recent: new RecentStore(join(dir, 'data', 'recent.json')),
    autosave: new AutosaveStore(join(dir, 'data')),
    samplesDir: resolve(__dirname, '../assets/samples'),
    launch: new LaunchFiles(launchPaths),
    platform: { locale: 'zh-CN', version: '0.1.0' },
    onRecentChanged: () => recentChanges++,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'variorum-api-'));
  answers = { files: null, folder: null, save: null, project: null };
  recentChanges = 0;
  await writeFile(join(dir, 'a.txt'), '甲报：记者王建华报道。\n');
  await writeFile(join(dir, 'b.txt'), '乙报：记者王建平报道。\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createApi', () => {
  it('reports the platform', async () => {
    expect(await makeApi().platformInfo()).toEqual({
      kind: 'electron',
      locale: 'zh-CN',
      version: '0.1.0',
    });
  });

  it('returns canceled when a dialog is dismissed, and opens the chosen files into Recent', async () => {
    const api = makeApi();
    expect(await api.openVariantsDialog()).toMatchObject({ canceled: true, files: [] });
    answers.files = [join(dir, 'a.txt'), join(dir, 'missing.txt'), join(dir, 'b.txt')];
    const result = await api.openVariantsDialog();
    expect(result.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect(result.failures.map((f) => f.code)).toEqual(['not-found']);
    expect((await api.recentFiles()).map((e) => e.name)).toEqual(['a.txt', 'b.txt']);
    expect(recentChanges).toBe(1);
  });

  it('opens a folder chosen in the dialog', async () => {
    answers.folder = dir;
    expect((await makeApi().openFolderDialog()).files.map((f) => f.name)).toEqual([
      'a.txt',
      'b.txt',
    ]);
  });

  it('hands launch files over once, null when none were given', async () => {
    const api = makeApi([join(dir, 'b.txt')]);
    expect((await api.takeLaunchFiles())?.files.map((f) => f.name)).toEqual(['b.txt']);
    expect(await api.takeLaunchFiles()).toBeNull();
    expect(await makeApi().takeLaunchFiles()).toBeNull();
  });

  it('opens a project given at launch as a project, beside the variants given with it', async () => {
    await writeFile(join(dir, 'desk.variorum.json'), projectNaming([join(dir, 'a.txt')]));
    const result = await makeApi([
      join(dir, 'desk.variorum.json'),
      join(dir, 'b.txt'),
    ]).takeLaunchFiles();
    expect(result?.project?.path).toBe(join(dir, 'desk.variorum.json'));
    expect(result?.files.map((f) => f.name)).toEqual(['b.txt']);
    expect(result?.failures).toEqual([]);
  });

  it('opens the text files of a folder given at launch, and says so of a folder without any', async () => {
    const empty = await mkdtemp(join(dir, 'empty-'));
    const result = await makeApi([dir, empty]).takeLaunchFiles();
    expect(result?.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect(result?.failures.map((f) => [f.code, f.message])).toEqual([
      ['is-directory', `${basename(empty)} is a folder without text files.`],
    ]);
  });

  it('opens the embedded samples without adding them to Recent', async () => {
    const api = makeApi();
    expect((await api.openSamples()).files.length).toBeGreaterThanOrEqual(3);
    expect((await api.openSamples('en')).files).toHaveLength(3);
    expect(await api.recentFiles()).toEqual([]);
  });

  it('decodes dropped bytes', async () => {
    const result = await makeApi().decodeFiles([
      { name: 'drop.txt', bytes: new TextEncoder().encode('拖放的文本') },
    ]);
    expect(result.files[0]).toMatchObject({
      name: 'drop.txt',
      text: '拖放的文本',
      encoding: 'utf-8',
    });
  });

  it('saves through the dialog atomically, remembers projects, and refuses to overwrite an open source', async () => {
    const api = makeApi();
    answers.files = [join(dir, 'a.txt')];
    await api.openVariantsDialog();
    answers.save = join(dir, 'a.txt');
    await expect(api.saveFile({ suggestedName: 'canonical.txt', data: 'x' })).rejects.toThrow(
      /never writes to a source/,
    );
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('甲报：记者王建华报道。\n');

    answers.save = null;
    expect(await api.saveFile({ suggestedName: 'canonical.txt', data: 'x' })).toEqual({
      canceled: true,
    });

    answers.save = join(dir, 'review.variorum.json');
    expect(
      await api.saveFile({ suggestedName: 'review.variorum.json', data: '{"version":1}' }),
    ).toEqual({ canceled: false, path: answers.save });
    expect(
      await api.saveFile({
        suggestedName: 'ignored',
        data: new Uint8Array([123, 125]),
        path: answers.save,
      }),
    ).toMatchObject({ path: answers.save });
    expect(await readFile(answers.save, 'utf8')).toBe('{}');
    expect((await api.recentFiles()).find((e) => e.kind === 'project')?.name).toBe(
      'review.variorum.json',
    );
  });

  it('reads projects by path or dialog, with a clear message for a missing one', async () => {
    const api = makeApi();
    await writeFile(join(dir, 'p.variorum.json'), '{"version":1}');
    answers.project = join(dir, 'p.variorum.json');
    expect(await api.openProjectDialog()).toEqual({
      path: answers.project,
      content: '{"version":1}',
    });
    answers.project = null;
    expect(await api.openProjectDialog()).toBeNull();
    // A path nobody chose is refused before it is looked at; a chosen one that is gone says so.
    await expect(api.readProject(join(dir, 'gone.variorum.json'))).rejects.toThrow(
      /Refusing to read/,
    );
    answers.project = join(dir, 'gone.variorum.json');
    await expect(api.openProjectDialog()).rejects.toThrow(/not found/);
  });

  it('autosaves, reads back and clears', async () => {
    const api = makeApi();
    expect(await api.readAutosave()).toBeNull();
    await api.autosave('{"decisions":[]}');
    expect(await api.readAutosave()).toBe('{"decisions":[]}');
    await api.clearAutosave();
    expect(await api.readAutosave()).toBeNull();
  });

  it('re-reads the sources of an opened project without adding them to Recent', async () => {
    const api = makeApi();
    await writeFile(join(dir, 'p.variorum.json'), projectNaming([join(dir, 'a.txt'), 'b.txt']));
    answers.project = join(dir, 'p.variorum.json');
    await api.openProjectDialog();
    // An absolute source as saved, and a relative one against the project's folder.
    const result = await api.rereadPaths([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(result.failures).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(result.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await api.recentFiles()).map((e) => e.kind)).toEqual(['project']);
    await api.clearRecent();
    expect(recentChanges).toBe(2);
  });
});
