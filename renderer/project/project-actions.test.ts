import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareVariants } from '../../app/compare';
import type { LoadedFile, OpenResult, SaveRequest, VariorumApi } from '../../app/ipc/contract';
import { parseProject, serializeProject } from '../../app/project/project-file';
import { formatDeskRulesFile, NO_DESK_RULES, type DeskRules } from '../../app/review/desk-rules';
import { useAppStore } from '../store';
import { CompareCanceledError } from '../worker/compare-client';
import {
  fakeSha,
  fixtureVariants,
  reviewedProject,
} from '../../test/support/renderer/project-fixture';
import {
  discardAutosave,
  openProjectText,
  restoreAutosave,
  saveProject,
  startWithAutosave,
} from './project-actions';

/** A platform as Electron's preload offers it, recording what the project code asks of it. */
interface FakePlatform {
  saves: SaveRequest[];
  autosave: string | null;
  cleared: number;
  disk: LoadedFile[];
  samplesOpened: number;
}

const platform: FakePlatform = {
  saves: [],
  autosave: null,
  cleared: 0,
  disk: [],
  samplesOpened: 0,
};

function diskOf(files: readonly { path: string; name: string; text: string }[]): LoadedFile[] {
  return files.map((f) => ({
    path: f.path,
    name: f.name,
    text: f.text,
    encoding: 'utf-8',
    size: f.text.length,
    sha256: fakeSha(f.text),
  }));
}

const nothing: OpenResult = { files: [], failures: [] };

const fakeApi: Partial<VariorumApi> = {
  saveFile: async (request) => {
    platform.saves.push(request);
    return { canceled: false, path: request.path ?? `/chosen/${request.suggestedName}` };
  },
  clearAutosave: async () => {
    platform.cleared += 1;
    platform.autosave = null;
  },
  readAutosave: async () => platform.autosave,
  rereadPaths: async (paths) => ({
    files: platform.disk.filter((f) => paths.includes(f.path)),
    failures: [],
  }),
  takeLaunchFiles: async () => null,
  openSamples: async () => {
    platform.samplesOpened += 1;
    return nothing;
  },
  onCommand: () => () => undefined,
};

const compare = async (variants: Parameters<typeof compareVariants>[0]) =>
  compareVariants(variants);
const globals = globalThis as unknown as { window?: unknown };

beforeAll(() => {
  // The Electron path: window.api present (the browser path is covered by the e2e specs).
  globals.window = { api: fakeApi };
});

afterAll(() => {
  delete globals.window;
});

beforeEach(() => {
  platform.saves = [];
  platform.autosave = null;
  platform.cleared = 0;
  platform.disk = diskOf(fixtureVariants());
  platform.samplesOpened = 0;
  useAppStore.setState({
    variants: [],
    result: null,
    reviews: {},
    reviewHistories: {},
    projectPath: null,
    projectNotice: null,
    sourceReport: null,
    restoreOffer: null,
    savedState: null,
    deskRules: NO_DESK_RULES,
    machineDeskRules: NO_DESK_RULES,
    deskRulesFromProject: false,
    deskRulesUndo: [],
  });
});

describe('project actions (Electron path)', () => {
  it('says there is nothing to save before anything is compared, and writes nothing', async () => {
    expect(await saveProject()).toBe(false);
    expect(platform.saves).toEqual([]);
    expect(useAppStore.getState().projectNotice?.key).toBe('project.nothingToSave');
  });

  it('opens a project, saves it back to its own path without asking, and clears the autosave', async () => {
    const { project } = reviewedProject();
    expect(
      await openProjectText(
        { path: '/work/review.variorum.json', content: serializeProject(project) },
        { compare },
      ),
    ).toBe(true);
    const state = useAppStore.getState();
    expect(state.reviews).toEqual(project.reviews);
    expect(state.sourceReport).toBeNull();
    expect(state.projectNotice).toMatchObject({ kind: 'info', key: 'project.opened' });

    expect(await saveProject()).toBe(true);
    expect(platform.saves[0]?.path).toBe('/work/review.variorum.json');
    const written = parseProject(String(platform.saves[0]?.data));
    expect(written.ok && written.project.reviews).toEqual(project.reviews);
    expect(platform.cleared).toBe(1);

    expect(await saveProject(true)).toBe(true);
    expect(platform.saves[1]?.path).toBeUndefined(); // Save as always asks
    expect(useAppStore.getState().projectPath).toBe('/chosen/全市社会工作推进会.variorum.json');
  });

  it('leaves everything as it was when a project file is bad', async () => {
    const { project } = reviewedProject();
    await openProjectText(
      { path: '/work/good.variorum.json', content: serializeProject(project) },
      { compare },
    );
    const before = useAppStore.getState();
    const text = serializeProject(project);
    for (const content of [
      text.slice(0, text.length / 3),
      'garbage',
      text.replace('"version": 1', '"version": 7'),
    ]) {
      expect(await openProjectText({ path: '/work/bad.variorum.json', content }, { compare })).toBe(
        false,
      );
      const after = useAppStore.getState();
      expect(after.projectNotice).toMatchObject({ kind: 'error', key: 'project.badFile' });
      expect(after.reviews).toBe(before.reviews);
      expect(after.result).toBe(before.result);
      expect(after.projectPath).toBe('/work/good.variorum.json');
    }
  });

  it('re-compares a source that changed on disk and lists the decision it could not carry', async () => {
    const { project } = reviewedProject();
    const [wire, daily, evening] = fixtureVariants();
    if (!wire || !daily || !evening) throw new Error('fixture');
    platform.disk = diskOf([
      wire,
      { ...daily, text: daily.text.replace('肖娜', '李肖娜') },
      evening,
    ]);
    expect(
      await openProjectText(
        { path: '/work/p.variorum.json', content: serializeProject(project) },
        { compare },
      ),
    ).toBe(true);
    const state = useAppStore.getState();
    expect(state.sourceReport?.changes.map((c) => [c.id, c.change])).toEqual([['v2', 'changed']]);
    expect(state.sourceReport?.carried).toBe(1);
    expect(state.sourceReport?.lost).toHaveLength(1);
    expect(state.result).not.toBe(project.result);
    expect(state.variants[1]?.text).toContain('李肖娜');
  });

  it('shows progress while changed sources compare again; Cancel leaves what was open as it was', async () => {
    const { project } = reviewedProject();
    await openProjectText(
      { path: '/work/good.variorum.json', content: serializeProject(project) },
      { compare },
    );
    const before = useAppStore.getState();
    const [wire, daily, evening] = fixtureVariants();
    if (!wire || !daily || !evening) throw new Error('fixture');
    platform.disk = diskOf([
      wire,
      { ...daily, text: daily.text.replace('肖娜', '李肖娜') },
      evening,
    ]);
    let progressWhileComparing: unknown = null;
    const canceled = async (): Promise<never> => {
      progressWhileComparing = useAppStore.getState().progress;
      throw new CompareCanceledError(true);
    };
    expect(
      await openProjectText(
        { path: '/work/p.variorum.json', content: serializeProject(project) },
        { compare: canceled },
      ),
    ).toBe(false);
    const after = useAppStore.getState();
    expect(progressWhileComparing).not.toBeNull();
    expect(after.progress).toBeNull();
    expect(after.projectNotice).toMatchObject({
      kind: 'info',
      key: 'project.openCanceled',
      params: { name: 'p.variorum.json' },
    });
    expect(after.reviews).toBe(before.reviews);
    expect(after.result).toBe(before.result);
    expect(after.variants).toBe(before.variants);
    expect(after.projectPath).toBe('/work/good.variorum.json');
  });

  it('offers an autosave at start instead of opening the samples; restore opens it', async () => {
    const { project } = reviewedProject();
    platform.autosave = serializeProject(project);
    await startWithAutosave();
    expect(useAppStore.getState().restoreOffer).toBe(platform.autosave);
    expect(platform.samplesOpened).toBe(0);
    await restoreAutosave();
    const state = useAppStore.getState();
    expect(state.restoreOffer).toBeNull();
    expect(state.reviews).toEqual(project.reviews);
    expect(state.projectPath).toBeNull(); // an autosave has no file: Save asks where
    expect(state.projectNotice?.key).toBe('project.restored');
  });

  it('discarding clears the autosave and starts as usual', async () => {
    platform.autosave = serializeProject(reviewedProject().project);
    await startWithAutosave();
    await discardAutosave();
    expect(platform.cleared).toBe(1);
    expect(platform.samplesOpened).toBe(1);
    expect(useAppStore.getState().restoreOffer).toBeNull();
  });
});

describe('desk rules saved with the project', () => {
  const projectRules: DeskRules = { ignore: [{ a: '〔', b: '[' }], names: ['李肖娜'] };
  const machineRules: DeskRules = { ignore: [], names: ['张海燕'] };
  const storage = new Map<string, string>();
  const stored = (): string | undefined => storage.get('variorum.deskRules');
  const globalStorage = globalThis as unknown as {
    localStorage?: Pick<Storage, 'getItem' | 'setItem'>;
  };

  beforeAll(() => {
    globalStorage.localStorage = {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    };
  });
  afterAll(() => {
    delete globalStorage.localStorage;
  });
  beforeEach(() => storage.clear());

  /** Opens the fixture project, saved with `rules` (or without any), and returns the file's text. */
  async function savedWith(rules: DeskRules): Promise<string> {
    const { project } = reviewedProject();
    await openProjectText(
      { path: '/work/a.variorum.json', content: serializeProject(project) },
      { compare },
    );
    useAppStore.getState().setDeskRules(rules);
    expect(await saveProject(true)).toBe(true);
    return String(platform.saves.at(-1)?.data);
  }

  it("save writes the rules in effect; opening the file applies them and keeps this machine's", async () => {
    const text = await savedWith(projectRules);
    const written = parseProject(text);
    expect(written.ok && written.project.deskRules).toEqual(projectRules);

    useAppStore.getState().setDeskRules(machineRules); // the machine's rules change meanwhile
    expect(stored()).toBe(formatDeskRulesFile(machineRules));
    expect(
      await openProjectText({ path: '/work/a.variorum.json', content: text }, { compare }),
    ).toBe(true);
    const state = useAppStore.getState();
    expect(state.deskRules).toEqual(projectRules);
    expect(state.deskRulesFromProject).toBe(true);
    expect(state.machineDeskRules).toEqual(machineRules);
    expect(stored()).toBe(formatDeskRulesFile(machineRules));
    expect(state.projectNotice).toMatchObject({
      kind: 'info',
      key: 'project.openedWithRules',
      params: { name: 'a.variorum.json', ignore: '1', names: '1' },
    });

    // Saved again, the project keeps its own rules; kept on the machine, they become the machine's.
    expect(await saveProject()).toBe(true);
    const again = parseProject(String(platform.saves.at(-1)?.data));
    expect(again.ok && again.project.deskRules).toEqual(projectRules);
    useAppStore.getState().keepDeskRulesOnMachine();
    expect(stored()).toBe(formatDeskRulesFile(projectRules));
  });

  it('says nothing of rules when the project brings the ones this machine has', async () => {
    const text = await savedWith(projectRules);
    expect(
      await openProjectText({ path: '/work/a.variorum.json', content: text }, { compare }),
    ).toBe(true);
    expect(useAppStore.getState().projectNotice).toMatchObject({ key: 'project.opened' });
    expect(useAppStore.getState().deskRules).toEqual(projectRules);
  });

  it("opens a project saved without rules unchanged, with this machine's rules", async () => {
    const { project } = reviewedProject();
    const text = await savedWith(projectRules);
    useAppStore.getState().setDeskRules(machineRules);
    await openProjectText({ path: '/work/a.variorum.json', content: text }, { compare });
    expect(useAppStore.getState().deskRulesFromProject).toBe(true);

    expect(
      await openProjectText(
        { path: '/work/old.variorum.json', content: serializeProject(project) },
        { compare },
      ),
    ).toBe(true);
    const state = useAppStore.getState();
    expect(state.deskRules).toEqual(machineRules);
    expect(state.deskRulesFromProject).toBe(false);
    expect(state.result).toEqual(project.result);
    expect(state.reviews).toEqual(project.reviews);
    expect(state.projectNotice).toMatchObject({ key: 'project.opened' });
    expect(stored()).toBe(formatDeskRulesFile(machineRules));
  });

  it("compares changed sources again with the project's own rules", async () => {
    const { project } = reviewedProject();
    const [wire, daily, evening] = fixtureVariants();
    if (!wire || !daily || !evening) throw new Error('fixture');
    useAppStore.getState().setDeskRules(machineRules);
    platform.disk = diskOf([
      wire,
      { ...daily, text: daily.text.replace('肖娜', '李肖娜') },
      evening,
    ]);
    const used: DeskRules[] = [];
    const recording = async (variants: Parameters<typeof compareVariants>[0], rules: DeskRules) => {
      used.push(rules);
      return compareVariants(variants);
    };
    const content = serializeProject({ ...project, deskRules: projectRules });
    expect(
      await openProjectText({ path: '/work/p.variorum.json', content }, { compare: recording }),
    ).toBe(true);
    expect(used).toEqual([projectRules]);
    expect(
      await openProjectText(
        { path: '/work/q.variorum.json', content: serializeProject(project) },
        { compare: recording },
      ),
    ).toBe(true);
    expect(used).toEqual([projectRules, machineRules]);
  });
});
