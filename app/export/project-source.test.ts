import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, FIXTURE_STORY } from '../../test/fixtures/export/export-fixture';
import { exportSourceFromProject, projectExportOptions, type ProjectInput } from './project-source';
import { resolveStories } from './story-texts';

const project: ProjectInput = {
  title: '城东区稿件校对',
  variants: FIXTURE_SOURCE.variants.map((v, i) => ({
    id: v.id,
    name: v.name,
    path: v.path ?? v.name,
    ...(i === 0 ? { text: v.text } : {}),
  })),
  result: { version: 1, variants: [], stories: [FIXTURE_STORY], styleNotes: [] },
  reviews: {},
  settings: {
    editorName: '李编辑',
    baseVariants: { s1: 'v2' },
    houseStyle: { fullWidthPunctuation: true, removeCjkSpacing: false },
    lineEnding: 'crlf',
  },
};

describe('exportSourceFromProject', () => {
  it('takes embedded texts, fills the others from the given texts, and keeps the chosen base', () => {
    const source = exportSourceFromProject(project, { v2: FIXTURE_SOURCE.variants[1]?.text ?? '' });
    expect(source.title).toBe('城东区稿件校对');
    expect(source.variants.map((v) => v.text !== undefined)).toEqual([true, true, false]);
    const [resolved] = resolveStories(source);
    expect(resolved?.reviewed).toBe(false);
    expect(resolved?.review.baseVariant).toBe('v2');
  });

  it('accepts reviews as an array or keyed by story', () => {
    const review = FIXTURE_SOURCE.reviews[0];
    if (!review) throw new Error('fixture has no review');
    expect(exportSourceFromProject({ ...project, reviews: { s1: review } }).reviews).toEqual([
      review,
    ]);
    expect(exportSourceFromProject({ ...project, reviews: [review] }).reviews).toEqual([review]);
  });
});

describe('projectExportOptions', () => {
  it('derives options from the settings, and explicit options win', () => {
    expect(projectExportOptions(project)).toEqual({
      editor: '李编辑',
      houseStyle: { fullWidthPunctuation: true, removeCjkSpacing: false },
      lineEnding: 'crlf',
    });
    expect(projectExportOptions(project, { lineEnding: 'lf', editor: 'x' })).toMatchObject({
      lineEnding: 'lf',
      editor: 'x',
    });
    expect(
      projectExportOptions({
        ...project,
        settings: { houseStyle: { fullWidthPunctuation: false, removeCjkSpacing: false } },
      }),
    ).toEqual({});
  });
});
