import { describe, expect, it } from 'vitest';
import { formatDeskRulesFile, NO_DESK_RULES } from '../../app/review/desk-rules';
import { loadDeskRules } from './desk-rules-slice';
import { newTestStore } from './test-store';

describe('desk rules slice', () => {
  it('undoes each change, newest first, and says when there is nothing to undo', () => {
    const s = newTestStore();
    const first = { ignore: [{ a: '〔', b: '[' }], names: [] };
    const second = { ignore: first.ignore, names: ['李肖娜'] };
    s.getState().setDeskRules(first);
    s.getState().setDeskRules(second);
    expect(s.getState().deskRules).toEqual(second);
    expect(s.getState().undoDeskRules()).toBe(true);
    expect(s.getState().deskRules).toEqual(first);
    expect(s.getState().undoDeskRules()).toBe(true);
    expect(s.getState().deskRules).toEqual(NO_DESK_RULES);
    expect(s.getState().undoDeskRules()).toBe(false);
  });

  it('reads rules a previous session stored, and none from a broken store', () => {
    const rules = { ignore: [], names: ['张海燕'] };
    expect(loadDeskRules({ getItem: () => formatDeskRulesFile(rules) })).toEqual(rules);
    expect(loadDeskRules({ getItem: () => '{broken' })).toEqual(NO_DESK_RULES);
  });
});
