import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProject } from '../../app/project/project-file';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave';
import { stateFromProject } from './build-project';
import { flagWith, reviewedProject } from '../../test/support/renderer/project-fixture';
import { newTestStore, type TestStore } from '../../test/support/renderer/test-store';

describe('autosave', () => {
  let writes: string[];
  let store: TestStore;
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    writes = [];
    store = newTestStore();
    store.getState().setAutoAdvance(false);
    stop = startAutosave(store, {
      write: async (c) => void writes.push(c),
      onError: () => undefined,
    });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const story = () => {
    const s = store.getState().result?.stories[0];
    if (!s) throw new Error('no story');
    return s;
  };

  it('writes a burst of decisions once, a second after the last, as a project that parses', () => {
    store.getState().applyProject(stateFromProject(reviewedProject().project, null).loaded);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2);
    store.getState().pick(flagWith(story(), '', 'number'), 'v2');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(writes).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(writes).toHaveLength(1);
    const parsed = parseProject(writes[0] ?? '');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.project.reviews[story().id]).toEqual(store.getState().reviews[story().id]);
  });

  it('writes the desk rules in effect with the project (a project opened with its own keeps them)', () => {
    const rules = { ignore: [{ a: '〔', b: '[' }], names: ['李肖娜'] };
    const { project } = reviewedProject();
    store.getState().applyProject(stateFromProject({ ...project, deskRules: rules }, null).loaded);
    store.getState().pick(flagWith(story(), '', 'number'), 'v2');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const parsed = parseProject(writes[0] ?? '');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.project.deskRules).toEqual(rules);
  });

  it('writes nothing before the editor has done any work, or for changes outside the project', () => {
    const { project } = reviewedProject();
    const untouched = Object.fromEntries(
      Object.entries(project.reviews).map(([id, r]) => [id, { ...r, decisions: {} }]),
    );
    store
      .getState()
      .applyProject({ ...stateFromProject(project, null).loaded, reviews: untouched });
    store.getState().toggleTheme();
    vi.advanceTimersByTime(5 * AUTOSAVE_DELAY_MS);
    expect(writes).toHaveLength(0);
  });

  it('never writes over an autosave that is still offered for restore', () => {
    store.getState().applyProject(stateFromProject(reviewedProject().project, null).loaded);
    store.getState().setRestoreOffer('{"format":"variorum-project"}');
    store.getState().pick(flagWith(story(), '', 'number'), 'v2');
    vi.advanceTimersByTime(5 * AUTOSAVE_DELAY_MS);
    expect(writes).toHaveLength(0);
    store.getState().setRestoreOffer(null);
    store.getState().undo();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(writes).toHaveLength(1);
  });

  it('skips what is already in a project file (just opened or saved) and writes the next change', () => {
    store.getState().applyProject(stateFromProject(reviewedProject().project, null).loaded);
    vi.advanceTimersByTime(5 * AUTOSAVE_DELAY_MS);
    expect(writes).toHaveLength(0);
    store.getState().pick(flagWith(story(), '', 'number'), 'v2');
    store.getState().markSaved();
    vi.advanceTimersByTime(5 * AUTOSAVE_DELAY_MS);
    expect(writes).toHaveLength(0);
    store.getState().undo();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(writes).toHaveLength(1);
  });

  it('reports a failed write instead of throwing', async () => {
    stop();
    const errors: unknown[] = [];
    stop = startAutosave(store, {
      write: () => Promise.reject(new Error('disk full')),
      onError: (e) => errors.push(e),
    });
    store.getState().applyProject(stateFromProject(reviewedProject().project, null).loaded);
    store.getState().pick(flagWith(story(), '', 'number'), 'v2');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(errors.map((e) => (e instanceof Error ? e.message : e))).toEqual(['disk full']);
  });
});
