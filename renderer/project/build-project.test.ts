import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from '../../app/project/project-file';
import { hasWork, projectFileName, projectFromState, stateFromProject } from './build-project';
import {
  fakeSha,
  fixtureVariants,
  flagWith,
  reviewedProject,
} from '../../test/support/renderer/project-fixture';
import { newTestStore } from '../../test/support/renderer/test-store';

describe('project of the store', () => {
  it('is null before anything is compared', () => {
    expect(projectFromState(newTestStore().getState())).toBeNull();
  });

  it('round-trips through the file: same variants, comparison, decisions, canonical and desk rules', () => {
    const deskRules = { ignore: [{ a: '〔', b: '[' }], names: ['李肖娜'] };
    const project = { ...reviewedProject().project, deskRules };
    const text = serializeProject(project);
    const parsed = parseProject(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const store = newTestStore();
    store.getState().applyProject(stateFromProject(parsed.project, 'saved.variorum.json').loaded);
    const state = store.getState();
    expect(state.variants.map((v) => [v.id, v.name, v.sha256, v.text])).toEqual(
      project.variants.map((v) => [v.id, v.name, v.sha256, v.text]),
    );
    expect(state.result).toEqual(project.result);
    expect(state.reviews).toEqual(project.reviews);
    expect(state.projectPath).toBe('saved.variorum.json');
    expect(state.storyId).toBe(project.result.stories[0]?.id);
    expect(state.deskRules).toEqual(deskRules);
    // Saved again, the project is the same file but for the time of the save.
    const again = projectFromState({ ...state, editorName: '编辑甲' }, project.savedAt);
    expect(again && serializeProject(again)).toBe(text);
  });

  it('saves a project written before desk rules with the rules that now apply (this machine’s)', () => {
    const { project } = reviewedProject();
    const store = newTestStore();
    const machine = { ignore: [], names: ['张海燕'] };
    store.getState().setDeskRules(machine);
    store.getState().applyProject(stateFromProject(project, null).loaded);
    expect(store.getState().deskRules).toEqual(machine);
    const again = projectFromState({ ...store.getState(), editorName: '编辑甲' }, project.savedAt);
    expect(again).toEqual({ ...project, deskRules: machine });
  });

  it('keeps deciding after a reopen: undo starts from the reopened state', () => {
    const { project } = reviewedProject();
    const store = newTestStore();
    store.getState().setAutoAdvance(false);
    store.getState().applyProject(stateFromProject(project, null).loaded);
    const story = store.getState().result?.stories[0];
    if (!story) throw new Error('no story');
    const before = store.getState().reviews[story.id];
    store.getState().pick(flagWith(story, '', 'number'), 'v2');
    expect(store.getState().reviews[story.id]?.canonical).toContain('4100名');
    store.getState().undo();
    expect(store.getState().reviews[story.id]).toEqual(before);
    store.getState().undo(); // nothing before the reopen: a no-op
    expect(store.getState().reviews[story.id]).toEqual(before);
  });

  it('reports variants whose text is neither embedded nor supplied', () => {
    const { project } = reviewedProject();
    const bare = { ...project, variants: project.variants.map(({ text: _text, ...v }) => v) };
    const v1 = fixtureVariants()[0]?.text ?? '';
    const { loaded, missing } = stateFromProject(bare, null, { v1 });
    expect(missing).toEqual(['daily.txt', 'evening.txt']);
    expect(loaded.variants.map((v) => v.id)).toEqual(['v1']);
    expect(fakeSha(v1)).toBe(bare.variants[0]?.sha256);
  });

  it('counts decisions and undoable changes as work, an untouched review as none', () => {
    const { review } = reviewedProject();
    const untouched = { ...review, decisions: {} };
    expect(hasWork({}, {})).toBe(false);
    expect(hasWork({ s1: untouched }, { s1: { past: [] } })).toBe(false);
    expect(hasWork({ s1: untouched }, { s1: { past: [untouched] } })).toBe(true);
    expect(hasWork({ s1: review }, {})).toBe(true);
  });

  it('names project files safely for any title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const name = projectFileName(title);
        expect(name.endsWith('.variorum.json')).toBe(true);
        // eslint-disable-next-line no-control-regex -- control characters are what must not appear
        expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
        expect(name.startsWith('.')).toBe(false);
        expect(Array.from(name).length).toBeLessThanOrEqual(60 + '.variorum.json'.length);
      }),
    );
    expect(projectFileName('凝心聚力推动社会工作高质量发展')).toBe(
      '凝心聚力推动社会工作高质量发展.variorum.json',
    );
    expect(projectFileName(null)).toBe('variorum.variorum.json');
  });
});
