import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initStoryReview } from '../review/canonical';
import { acceptReading, editByHand } from '../review/decide';
import { applyTextEdit } from '../review/edit';
import { buildStoryFixture } from '../../test/fixtures/review/story-fixture';
import type { CompareResult } from '../model/types';
import { createProject, parseProject, serializeProject } from './project-file';
import type { Project } from './types';

const ctx = { editor: '王编辑', at: '2026-11-23T10:00:00.000Z' };

function sampleProject(): Project {
  const { story, variants } = buildStoryFixture(
    3,
    [
      '社会工作者',
      { readings: ['李肖娜', '肖娜', '李肖娜'], category: 'name' },
      '介绍，全市共有',
      { readings: ['4110', '4100', '4110'], category: 'number' },
      '名持证社工',
      { readings: ['、', '，', '，'], category: 'punctuation' },
      '服务群众。',
    ],
    { prefix: '要闻\n' },
  );
  const result: CompareResult = {
    version: 1,
    variants: variants.map((v) => ({
      id: v.id,
      path: v.path,
      name: v.name,
      encoding: v.encoding,
      length: v.text.length,
    })),
    stories: [story],
    styleNotes: [
      {
        variant: 'v2',
        kind: 'half-width-punctuation',
        count: 3,
        message: 'uses half-width punctuation in 3 places',
      },
    ],
  };
  let review = initStoryReview(story, variants, 'v1');
  const [f1, f2] = story.flags;
  if (!f1 || !f2) throw new Error('fixture');
  review = acceptReading(review, f2, 'v2', ctx).review;
  review = editByHand(review, f1.id, '李晓娜', ctx).review;
  review = applyTextEdit(review, { start: 0, end: 0, text: '本报讯 ' }, ctx).review;
  return createProject({
    title: '社会工作',
    savedAt: '2026-11-23T11:00:00.000Z',
    variants: variants.map((v, i) => ({
      id: v.id,
      path: `/tmp/${v.name}`,
      name: v.name,
      encoding: v.encoding,
      sha256: `${i}`.repeat(64),
      size: v.text.length * 3,
      ...(i === 0 ? { text: v.text } : {}),
    })),
    result,
    reviews: { [review.storyId]: review },
    settings: {
      editorName: '王编辑',
      houseStyle: { fullWidthPunctuation: true, removeCjkSpacing: true },
    },
  });
}

function errorOf(text: string) {
  const parsed = parseProject(text);
  if (parsed.ok) throw new Error('expected a failure');
  return parsed.error;
}

describe('project file', () => {
  it('round-trips: serialize → parse → identical, including decisions and hand edits', () => {
    const project = sampleProject();
    const text = serializeProject(project);
    const parsed = parseProject(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.project).toEqual(project);
    expect(parsed.warnings).toEqual([]);
    expect(serializeProject(parsed.project)).toBe(text);
    expect(parsed.project.reviews['s1']?.canonical.startsWith('本报讯 社会工作者李晓娜')).toBe(
      true,
    );
    expect(parsed.project.settings.baseVariants).toEqual({ s1: 'v1' });
  });

  it('says a truncated file was cut short', () => {
    const text = serializeProject(sampleProject());
    const error = errorOf(text.slice(0, Math.floor(text.length / 2)));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/cut short/);
  });

  it('never throws on any prefix of a project file, and only the whole file parses', () => {
    const text = serializeProject(sampleProject());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (cut) => {
        const parsed = parseProject(text.slice(0, cut));
        return !parsed.ok && ['empty', 'truncated', 'not-json'].includes(parsed.error.code);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses garbage, other formats and a compare result with a clear message', () => {
    expect(errorOf('').code).toBe('empty');
    expect(errorOf('PK\u0003\u0004 binary').code).toBe('not-json');
    expect(errorOf('[1,2]').code).toBe('wrong-format');
    expect(errorOf('{"format":"something-else","version":1}').message).toMatch(
      /not a Variorum project.*something-else/,
    );
    const result = sampleProject().result;
    expect(errorOf(JSON.stringify(result)).message).toMatch(/comparison result/);
  });

  it('refuses a version from the future and says so', () => {
    const error = errorOf(JSON.stringify({ ...sampleProject(), version: 7 }));
    expect(error).toMatchObject({ code: 'future-version', path: 'version' });
    expect(error.message).toMatch(/newer Variorum.*7/);
  });

  it('points at the bad field of a hand-edited file', () => {
    const project = sampleProject();
    const broken = JSON.parse(serializeProject(project)) as Record<string, unknown> & {
      variants: Record<string, unknown>[];
    };
    (broken.variants[1] as Record<string, unknown>)['sha256'] = 42;
    expect(errorOf(JSON.stringify(broken))).toMatchObject({
      code: 'invalid',
      path: 'variants[1].sha256',
    });

    const review = project.reviews['s1'];
    if (!review) throw new Error('fixture');
    const outOfBounds = {
      ...project,
      reviews: { s1: { ...review, anchors: [{ flagId: 's1-f1', start: 0, end: 9999 }] } },
    };
    const error = errorOf(JSON.stringify(outOfBounds));
    expect(error.path).toBe('reviews.s1.anchors');
    expect(error.message).toMatch(/outside the canonical/);

    const misfiled = { ...project, reviews: { s9: review } };
    const doubled = {
      ...project,
      reviews: { s1: { ...review, anchors: [...review.anchors, review.anchors[0]] } },
    };
    expect(errorOf(JSON.stringify(doubled)).message).toMatch(/two anchors/);
    expect(errorOf(JSON.stringify(misfiled)).path).toBe('reviews.s9.storyId');

    const badCategory = JSON.parse(serializeProject(project)) as {
      result: { stories: { flags: { category: string }[] }[] };
    };
    const flag = badCategory.result.stories[0]?.flags[0];
    if (flag) flag.category = 'typo';
    expect(errorOf(JSON.stringify(badCategory))).toMatchObject({
      path: 'result.stories[0].flags[0].category',
    });
    expect(errorOf(JSON.stringify({ ...project, settings: undefined })).message).toMatch(
      /settings: is missing/,
    );
  });
});

describe('desk rules in the project file', () => {
  const rules = {
    ignore: [
      { a: '〔', b: '[' },
      { a: '〕', b: ']' },
    ],
    names: ['李肖娜', '社工站'],
  };

  it('round-trips the desk rules the comparison was made with', () => {
    const project = createProject({ ...sampleProject(), deskRules: rules });
    const text = serializeProject(project);
    const parsed = parseProject(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.project.deskRules).toEqual(rules);
    expect(parsed.project).toEqual(project);
    expect(serializeProject(parsed.project)).toBe(text);
  });

  it('opens a project written before desk rules unchanged, with none', () => {
    const project = sampleProject();
    expect('deskRules' in project).toBe(false);
    const parsed = parseProject(serializeProject(project));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.project).toEqual(project);
    expect(parsed.project.deskRules).toBeUndefined();
    expect(parsed.warnings).toEqual([]);
  });

  it('refuses malformed desk rules, naming the field at fault', () => {
    const project = sampleProject();
    const withRules = (deskRules: unknown) => JSON.stringify({ ...project, deskRules });
    expect(errorOf(withRules({ ignore: [{ a: '〔', b: 7 }], names: [] }))).toMatchObject({
      code: 'invalid',
      path: 'deskRules.ignore[0].b',
    });
    expect(errorOf(withRules({ ignore: [{ a: '〔', b: 7 }], names: [] })).message).toMatch(
      /deskRules\.ignore\[0\]\.b: expected a string, found number 7/,
    );
    expect(errorOf(withRules({ ignore: [], names: ['李肖娜', null] }))).toMatchObject({
      path: 'deskRules.names[1]',
    });
    expect(errorOf(withRules({ ignore: [] })).message).toMatch(/deskRules\.names: is missing/);
    expect(errorOf(withRules('〔 = [')).message).toMatch(/deskRules: expected an object/);
    expect(errorOf(withRules({ ignore: '〔 = [', names: [] })).path).toBe('deskRules.ignore');
  });
});

describe('repair on load', () => {
  it('keeps the canonical and repairs decisions that disagree with it or anchors out of order, saying so', () => {
    const project = sampleProject();
    const review = project.reviews['s1'];
    if (!review) throw new Error('fixture');
    const decision = review.decisions['s1-f1'];
    if (!decision) throw new Error('fixture');
    const damaged = {
      ...project,
      reviews: {
        s1: {
          ...review,
          anchors: [...review.anchors].reverse(),
          decisions: { ...review.decisions, 's1-f1': { ...decision, text: '别的' } },
        },
      },
    };
    const parsed = parseProject(JSON.stringify(damaged));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.project.reviews['s1']).toEqual(review);
    expect(parsed.warnings).toHaveLength(2);
    expect(parsed.warnings.join('\n')).toMatch(/out of order[\s\S]*"李晓娜" instead of "别的"/);
  });
});

describe('migration', () => {
  it('migrates a version 0 draft (no settings, top-level editor, reviews as an array) forward', () => {
    const current = sampleProject();
    const { settings: _settings, reviews, ...rest } = current;
    const v0 = { ...rest, version: 0, editor: '王编辑', reviews: Object.values(reviews) };
    const parsed = parseProject(JSON.stringify(v0));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.project.version).toBe(1);
    expect(parsed.project.settings).toEqual({ editorName: '王编辑', baseVariants: { s1: 'v1' } });
    expect(parsed.project.reviews).toEqual(current.reviews);
    expect(parsed.project.variants).toEqual(current.variants);
  });

  it('reports a damaged version 0 file at its field', () => {
    const v0 = { ...sampleProject(), version: 0, reviews: [{ nope: true }] };
    expect(errorOf(JSON.stringify(v0))).toMatchObject({
      code: 'invalid',
      path: 'reviews[0].storyId',
    });
  });
});

describe('truncation is told from garbage', () => {
  it('calls every cut of a saved project (past its first characters) truncated', () => {
    const text = serializeProject(sampleProject());
    fc.assert(
      fc.property(fc.integer({ min: 2, max: text.length - 2 }), (cut) => {
        const parsed = parseProject(text.slice(0, cut));
        return !parsed.ok && parsed.error.code === 'truncated';
      }),
      { numRuns: 300 },
    );
    expect(errorOf('{"format": "variorum-project", oops}').code).toBe('not-json');
  });
});

describe('round trip, property', () => {
  it('any review state survives serialize → parse unchanged', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('accept' as const), flag: fc.nat(), variant: fc.nat(2) }),
      fc.record({
        kind: fc.constant('edit' as const),
        at: fc.nat(),
        length: fc.nat(3),
        text: fc.string({ maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 10 }),
        fc.string({ maxLength: 8 }),
        (actions, editorName) => {
          const base = sampleProject();
          const story = base.result.stories[0];
          const start = base.reviews['s1'];
          if (!story || !start) throw new Error('fixture');
          let review = start;
          for (const a of actions) {
            const flag = story.flags[('flag' in a ? a.flag : 0) % story.flags.length];
            if (a.kind === 'accept' && flag)
              review = acceptReading(
                review,
                flag,
                `v${a.variant + 1}`,
                { editor: editorName, at: ctx.at },
                story,
              ).review;
            if (a.kind === 'edit') {
              const at = a.at % (review.canonical.length + 1);
              review = applyTextEdit(
                review,
                { start: at, end: Math.min(review.canonical.length, at + a.length), text: a.text },
                { editor: editorName, at: ctx.at },
              ).review;
            }
          }
          const project = {
            ...base,
            settings: { ...base.settings, editorName },
            reviews: { s1: review },
          };
          const parsed = parseProject(serializeProject(project));
          return parsed.ok && JSON.stringify(parsed.project) === JSON.stringify(project);
        },
      ),
      { numRuns: 200 },
    );
  });
});
