/**
 * The editor's desk rules (ignore rules and names book, app/review/desk-rules.ts): what this desk
 * treats as style and the correct spellings of names. Remembered in localStorage, so they apply to
 * every comparison and project on this machine; exported and imported as a desk rules file to
 * share them. Each change can be undone (one step per change).
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
  readonly deskRules: DeskRules;
  /** Earlier rules, newest last, for undo. */
  readonly deskRulesUndo: readonly DeskRules[];
  /** Replaces the rules (one undo step). */
  setDeskRules(rules: DeskRules): void;
  /** Goes back to the rules before the last change; false when there is none. */
  undoDeskRules(): boolean;
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
export const createDeskRulesSlice: StateCreator<AppState, [], [], DeskRulesSlice> = (set, get) => ({
  deskRules: loadDeskRules(typeof localStorage === 'undefined' ? undefined : localStorage),
  deskRulesUndo: [],
  setDeskRules: (rules) => {
    set({ deskRules: rules, deskRulesUndo: [...get().deskRulesUndo, get().deskRules] });
    save(rules);
  },
  undoDeskRules: () => {
    const undo = get().deskRulesUndo;
    const previous = undo[undo.length - 1];
    if (!previous) return false;
    set({ deskRules: previous, deskRulesUndo: undo.slice(0, -1) });
    save(previous);
    return true;
  },
});
