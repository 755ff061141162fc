/**
 * The review's changes beyond one flag: typing in the canonical (a burst of typing is one undo
 * step), bulk decisions, undo and redo, a new base variant, and a style note applied in one step.
 */
import type { StyleNote } from '../../app/model/types';
import { reviewModel } from '../review/review-model';
import type { GetState, ReviewRunner, SetState } from './review-runner';
import type { ReviewSlice } from './review-slice';

/**
 * A pause in typing longer than this starts a new undo step: one undo then takes back a burst of
 * typing (a word or a phrase), not a single character and not a whole minute of work.
 */
const TYPING_PAUSE_MS = 1500;

/** The key under which an applied style note is remembered. */
export function noteKey(note: Pick<StyleNote, 'variant' | 'kind'>): string {
  return `${note.variant}:${note.kind}`;
}

/** The edit and history actions of the review slice. */
export type EditActions = Pick<
  ReviewSlice,
  | 'editCanonical'
  | 'bulk'
  | 'dismissBulkNotice'
  | 'undo'
  | 'redo'
  | 'changeBaseVariant'
  | 'applyStyleNote'
>;

/** Creates the edit and history actions over the shared review helpers. */
export function editActions(runner: ReviewRunner, set: SetState, get: GetState): EditActions {
  const { current, change, stamp } = runner;
  let lastKeystroke = 0;
  let typingRun = 0;
  const move = (direction: 'undo' | 'redo'): void => {
    const c = current();
    if (!c) return;
    const moved = reviewModel[direction](c.history);
    if (moved) runner.setHistory(c.story.id, moved);
  };
  return {
    editCanonical: (storyId, edits) => {
      if (edits.length === 0) return;
      if (get().storyId !== storyId) return;
      // Keystrokes coalesce into one undo step until the editor pauses (see TYPING_PAUSE_MS).
      const now = Date.now();
      if (now - lastKeystroke > TYPING_PAUSE_MS) typingRun += 1;
      lastKeystroke = now;
      change((cur) => reviewModel.edit(cur.review, edits, stamp()), {
        typingKey: `typing-${typingRun}`,
      });
    },

    bulk: (request) => {
      const filter = get().reviewFilter;
      let notice = { decided: 0, skipped: 0 };
      change((cur) => {
        const outcome = reviewModel.bulk(cur.review, cur.story, request, filter, stamp());
        notice = { decided: outcome.decided, skipped: outcome.skipped };
        return outcome.review;
      });
      set({ bulkNotice: notice });
    },

    dismissBulkNotice: () => set({ bulkNotice: null }),
    undo: () => move('undo'),
    redo: () => move('redo'),

    changeBaseVariant: (variant) => {
      get().setBaseVariant(variant);
      change((cur) => reviewModel.changeBase(cur.review, cur.story, runner.texts(), variant));
    },

    applyStyleNote: (note) => {
      const c = current();
      if (!c) return;
      let changes = 0;
      change((cur) => {
        const outcome = reviewModel.applyStyle(cur.review, note);
        changes = outcome.changes;
        return outcome.review;
      });
      const storyId = c.story.id;
      set((state) => ({
        appliedNotes: {
          ...state.appliedNotes,
          [storyId]: { ...state.appliedNotes[storyId], [noteKey(note)]: changes },
        },
      }));
    },
  };
}
