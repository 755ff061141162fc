/**
 * Opening a project in the window runs the project validation (app/project/check-against-variants):
 * a project whose readings, spans or decisions do not fit its texts is not opened, what was open
 * stays, and the notice says what was found in the UI language. An export from the window refuses
 * such a state too. Both platform paths: the browser (embedded texts) and Electron (re-read sources).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareVariants } from '../../app/compare';
import type { OpenResult, SaveRequest, VariorumApi } from '../../app/ipc/contract';
import { serializeProject } from '../../app/project/project-file';
import type { Project } from '../../app/project/types';
import { translate } from '../i18n/translate';
import { useAppStore } from '../store';
import { runExport } from './export-actions';
import { openProjectText } from './project-actions';
import { fakeSha, reviewedProject } from '../../test/support/renderer/project-fixture';
import { HAN, hanRegExp } from '../../app/lexicon/characters';

const compare = async (variants: Parameters<typeof compareVariants>[0]) =>
  compareVariants(variants);
const globals = globalThis as unknown as { window?: unknown };

/** What the fake Electron platform was asked to save (getApi keeps the first api it sees: one fake for all). */
const saves: SaveRequest[] = [];
const disk = reviewedProject().variants.map((v) => ({
  path: v.path,
  name: v.name,
  text: v.text,
  encoding: 'utf-8',
  size: v.text.length,
  sha256: fakeSha(v.text),
}));
const fakeApi: Partial<VariorumApi> = {
  rereadPaths: async (paths): Promise<OpenResult> => ({
    files: disk.filter((f) => paths.includes(f.path)),
    failures: [],
  }),
  saveFile: async (request) => (saves.push(request), { canceled: false, path: '/out/x.txt' }),
};

/** Three ways a project's data can stop fitting its texts (a hand edit, a damaged file, a bug). */
function broken(project: Project, how: 'reading-text' | 'past-the-end' | 'unknown-flag'): Project {
  const story = project.result.stories[0]!;
  const flag = story.flags[0]!;
  const reading = flag.readings[0]!;
  if (how === 'unknown-flag') {
    const review = project.reviews[story.id]!;
    const someDecision = Object.values(review.decisions)[0]!;
    return {
      ...project,
      reviews: {
        [story.id]: { ...review, decisions: { ...review.decisions, 's1-f999': someDecision } },
      },
    };
  }
  const changed =
    how === 'reading-text'
      ? { ...reading, text: `${reading.text}伪` }
      : { ...reading, start: 900_000, end: 900_003 };
  const flags = [
    { ...flag, readings: [changed, ...flag.readings.slice(1)] },
    ...story.flags.slice(1),
  ];
  return {
    ...project,
    result: {
      ...project.result,
      stories: [{ ...story, flags }, ...project.result.stories.slice(1)],
    },
  };
}

/** The store holding a sound project opened from good.variorum.json. */
async function openGood(): Promise<ReturnType<typeof useAppStore.getState>> {
  const { project } = reviewedProject();
  expect(
    await openProjectText(
      { path: '/work/good.variorum.json', content: serializeProject(project) },
      { compare },
    ),
  ).toBe(true);
  return useAppStore.getState();
}

beforeEach(() => {
  saves.length = 0;
  useAppStore.setState({
    variants: [],
    result: null,
    reviews: {},
    projectPath: null,
    projectNotice: null,
    sourceReport: null,
    language: 'en',
  });
});
afterEach(() => {
  delete globals.window;
});

describe('opening a project that does not fit its texts', () => {
  for (const platform of ['browser', 'electron'] as const) {
    it(`${platform}: is refused for each kind of misfit, leaves what was open, and says what it found`, async () => {
      if (platform === 'electron') globals.window = { api: fakeApi };
      const before = await openGood();
      const { project } = reviewedProject();
      for (const how of ['reading-text', 'past-the-end', 'unknown-flag'] as const) {
        const content = serializeProject(broken(project, how));
        expect(
          await openProjectText({ path: `/work/${how}.variorum.json`, content }, { compare }),
          how,
        ).toBe(false);
        const after = useAppStore.getState();
        expect(after.result, how).toBe(before.result);
        expect(after.reviews, how).toBe(before.reviews);
        expect(after.variants, how).toBe(before.variants);
        expect(after.projectPath, how).toBe('/work/good.variorum.json');
        const notice = after.projectNotice;
        expect(notice, how).toMatchObject({
          kind: 'error',
          key: 'project.doesNotFit',
          params: { name: `${how}.variorum.json`, count: '1' },
        });
        const code = {
          'reading-text': 'reading-differs',
          'past-the-end': 'outside-variant',
          'unknown-flag': 'unknown-flag-decided',
        }[how];
        expect(
          notice?.details?.map((d) => d.key),
          how,
        ).toEqual([`project.mismatch.${code}`]);
        // Said in the UI language, with the field at fault.
        const detail = notice!.details![0]!;
        const zh = translate('zh-CN', detail.key, detail.params);
        expect(zh).toMatch(hanRegExp(`[${HAN}]{2}`));
        expect(zh).toContain(detail.params!.path!);
        expect(zh).not.toContain('{');
        expect(translate('zh-CN', notice!.key, notice!.params)).toMatch(/未打开/);
      }
      expect(saves).toEqual([]);
    });
  }
});

describe('exporting from the window', () => {
  it('refuses a state that does not fit its texts, in the UI language, and writes nothing', async () => {
    globals.window = { api: fakeApi };
    const { project } = reviewedProject();
    const bad = broken(project, 'reading-text');
    useAppStore.getState().applyProject({
      variants: project.variants.map((v) => ({
        id: v.id,
        path: v.path,
        name: v.name,
        encoding: v.encoding,
        text: v.text ?? '',
        size: v.size,
        sha256: v.sha256,
      })),
      result: bad.result,
      reviews: bad.reviews,
      title: null,
      path: null,
    });
    useAppStore.setState({ language: 'zh-CN' });
    const choice = { format: 'txt', scope: 'all', lineEnding: 'lf', houseStyle: false } as const;
    await expect(runExport(choice)).rejects.toThrow(
      /未导出.*result\.stories\[0\]\.flags\[0\]\.readings\[0\]/,
    );
    expect(saves).toEqual([]);
    // The same state made sound exports.
    useAppStore.getState().applyProject({
      variants: project.variants.map((v) => ({
        id: v.id,
        path: v.path,
        name: v.name,
        encoding: v.encoding,
        text: v.text ?? '',
        size: v.size,
        sha256: v.sha256,
      })),
      result: project.result,
      reviews: project.reviews,
      title: null,
      path: null,
    });
    await expect(runExport(choice)).resolves.toBe('/out/x.txt');
    expect(saves).toHaveLength(1);
  });
});
