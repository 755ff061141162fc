/**
 * The editor's desk rules (ignore rules and names book, app/review/desk-rules.ts): what this desk
 * treats as style and the correct spellings of names. This machine's rules are remembered in
 * localStorage and apply to every comparison; exported and imported as a desk rules file to share
 * them. A project saved with its own rules brings them: they apply while it is open (changes made
 * then are the project's, saved with it), and this machine's rules stay as they were until the
 * editor chooses "Use these rules on this machine". Each change can be undone (one step per change).
 */
import type { StateCreator } from 'zustand';
import {
  NO_DESK_RULES,
  parseDeskRulesFile,
  formatDeskRulesFile,
  type DeskRules,
} from '../../app/review/desk-rules';
import type { AppState } from './index';

/** State and actions of the desk rules slice. */
export interface DeskRulesSlice {
  /** The rules in effect: this machine's, or the open project's own. */
  readonly deskRules: DeskRules;
  /** This machine's rules (what localStorage holds). */
  readonly machineDeskRules: DeskRules;
  /** True while the open project's own rules apply instead of this machine's. */
  readonly deskRulesFromProject: boolean;
  /** Earlier rules, newest last, for undo. */
  readonly deskRulesUndo: readonly DeskRules[];
  /** Replaces the rules in effect (one undo step); this machine's too unless a project's apply. */
  setDeskRules(rules: DeskRules): void;
  /** Goes back to the rules before the last change; false when there is none. */
  undoDeskRules(): boolean;
  /**
   * A project opened: its own rules apply while it is open (this machine's are not touched), or,
   * for a project saved without rules, this machine's. Undo does not cross a project open.
   */
  takeProjectDeskRules(rules: DeskRules | undefined): void;
  /** Makes the rules in effect this machine's rules (saved), so they apply beyond this project. */
  keepDeskRulesOnMachine(): void;
  /** Leaves a project's own rules for this machine's (a new comparison replaced the project). */
  returnToMachineDeskRules(): void;
}

const STORAGE_KEY = 'variorum.deskRules';

/** The rules a previous session stored, or none. */
export function loadDeskRules(storage: Pick<Storage, 'getItem'> | undefined): DeskRules {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    return raw ? parseDeskRulesFile(raw) : NO_DESK_RULES;
  } catch {
    return NO_DESK_RULES;
  }
}

function save(rules: DeskRules): void {
  if (typeof localStorage === 'undefined') return;
  try {
    localStorage.setItem(STORAGE_KEY, formatDeskRulesFile(rules));
  } catch {
    // Storage full or disabled: the rules then last for this session only.
  }
}

/** Creates the desk rules slice. */
export const createDeskRulesSlice: StateCreator<AppState, [], [], DeskRulesSlice> = (set, get) => {
  const initial = loadDeskRules(typeof localStorage === 'undefined' ? undefined : localStorage);
  // The rules in effect become `rules`; this machine's follow unless a project's own apply.
  const put = (rules: DeskRules, undo: readonly DeskRules[]): void => {
    if (get().deskRulesFromProject) {
      set({ deskRules: rules, deskRulesUndo: undo });
      return;
    }
    set({ deskRules: rules, machineDeskRules: rules, deskRulesUndo: undo });
    save(rules);
  };
  return {
    deskRules: initial,
    machineDeskRules: initial,
    deskRulesFromProject: false,
    deskRulesUndo: [],
    setDeskRules: (rules) => put(rules, [...get().deskRulesUndo, get().deskRules]),
    undoDeskRules: () => {
      const undo = get().deskRulesUndo;
      const previous = undo[undo.length - 1];
      if (!previous) return false;
      put(previous, undo.slice(0, -1));
      return true;
    },
    takeProjectDeskRules: (rules) => {
      set(
        rules === undefined
          ? { deskRules: get().machineDeskRules, deskRulesFromProject: false, deskRulesUndo: [] }
          : { deskRules: rules, deskRulesFromProject: true, deskRulesUndo: [] },
      );
    },
    keepDeskRulesOnMachine: () => {
      const rules = get().deskRules;
      set({ machineDeskRules: rules, deskRulesFromProject: false });
      save(rules);
    },
    returnToMachineDeskRules: () => {
      if (!get().deskRulesFromProject) return;
      set({ deskRules: get().machineDeskRules, deskRulesFromProject: false, deskRulesUndo: [] });
    },
  };
};
