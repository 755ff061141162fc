import { describe, expect, it } from 'vitest';
import { formatDeskRulesFile, NO_DESK_RULES } from '../../app/review/desk-rules';
import { loadDeskRules } from './desk-rules-slice';
import { newTestStore } from '../../test/support/renderer/test-store';

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

  it("applies a project's own rules without touching this machine's, until the editor keeps them", () => {
    const s = newTestStore();
    const machine = { ignore: [], names: ['张海燕'] };
    const project = { ignore: [{ a: '〔', b: '[' }], names: ['李肖娜'] };
    s.getState().setDeskRules(machine);
    s.getState().takeProjectDeskRules(project);
    expect(s.getState()).toMatchObject({
      deskRules: project,
      machineDeskRules: machine,
      deskRulesFromProject: true,
    });
    expect(s.getState().undoDeskRules()).toBe(false); // undo does not cross a project open
    const edited = { ...project, names: ['李肖娜', '王海'] };
    s.getState().setDeskRules(edited);
    expect(s.getState()).toMatchObject({ deskRules: edited, machineDeskRules: machine });
    s.getState().undoDeskRules();
    expect(s.getState()).toMatchObject({ deskRules: project, machineDeskRules: machine });
    s.getState().keepDeskRulesOnMachine();
    expect(s.getState()).toMatchObject({
      deskRules: project,
      machineDeskRules: project,
      deskRulesFromProject: false,
    });
  });

  it("goes back to this machine's rules for a project saved without rules or a new comparison", () => {
    const s = newTestStore();
    const machine = { ignore: [], names: ['张海燕'] };
    const project = { ignore: [], names: ['李肖娜'] };
    s.getState().setDeskRules(machine);
    s.getState().takeProjectDeskRules(project);
    s.getState().takeProjectDeskRules(undefined);
    expect(s.getState()).toMatchObject({ deskRules: machine, deskRulesFromProject: false });
    s.getState().takeProjectDeskRules(project);
    s.getState().returnToMachineDeskRules();
    expect(s.getState()).toMatchObject({ deskRules: machine, deskRulesFromProject: false });
  });
});
