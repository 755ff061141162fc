/**
 * The review's decisions at a flag: take a reading (the suggested one by default — the majority,
 * or the base's on a tie — never whatever the right pane shows), keep the canonical as is, pick a
 * page's reading or the n-th distinct one, reopen, note, and edit by hand.
 */
import { setDecisionNote } from '../../app/review/note';
import { groupReadings, suggestedReading } from '../../app/review/queries';
import { reviewModel } from '../review/review-model';
import type { GetState, ReviewRunner, SetState } from './review-runner';
import type { ReviewSlice } from './review-slice';

/** The decision actions of the review slice. */
export type DecisionActions = Pick<
  ReviewSlice,
  | 'accept'
  | 'reject'
  | 'pick'
  | 'pickAt'
  | 'reopen'
  | 'setNote'
  | 'editFlag'
  | 'setEditingFlag'
  | 'editCurrent'
>;

/** Creates the decision actions over the shared review helpers. */
export function decisionActions(
  runner: ReviewRunner,
  set: SetState,
  get: GetState,
): DecisionActions {
  const { current, flagOf, change, stamp } = runner;
  return {
    accept: (flagId, variant) => {
      const c = current();
      const flag = c && flagOf(c, flagId);
      const chosen =
        variant ?? (flag && c ? suggestedReading(flag, c.review.baseVariant)?.variant : undefined);
      if (!c || !flag || !chosen) return;
      change((cur) => reviewModel.accept(cur.review, cur.story, flag.id, chosen, stamp()), {
        advanceFrom: flag.id,
      });
    },

    reject: (flagId) => {
      const c = current();
      const flag = c && flagOf(c, flagId);
      if (!c || !flag) return;
      change((cur) => reviewModel.reject(cur.review, cur.story, flag.id, stamp()), {
        advanceFrom: flag.id,
      });
    },

    pick: (flagId, variant) => {
      const c = current();
      const flag = c && flagOf(c, flagId);
      if (!c || !flag) return;
      change((cur) => reviewModel.pick(cur.review, cur.story, flag.id, variant, stamp()), {
        advanceFrom: flag.id,
      });
    },

    pickAt: (index) => {
      const c = current();
      const flag = c && flagOf(c, undefined);
      const group = flag ? groupReadings(flag)[index] : undefined;
      // The base's printed form when the base prints this reading: the canonical keeps one style.
      const variant =
        c && group?.variants.includes(c.review.baseVariant)
          ? c.review.baseVariant
          : group?.variants[0];
      if (flag && variant) get().pick(flag.id, variant);
    },

    reopen: (flagId) => {
      const c = current();
      const flag = c && flagOf(c, flagId);
      if (!c || !flag) return;
      change((cur) => reviewModel.reopen(cur.review, flag.id));
    },

    setNote: (flagId, note) => change((cur) => setDecisionNote(cur.review, flagId, note)),

    editFlag: (flagId, text) =>
      change((cur) => reviewModel.editFlag(cur.review, cur.story, flagId, text, stamp())),

    setEditingFlag: (flagId, text) => set({ editingFlag: flagId, editingText: text ?? '' }),

    editCurrent: () => {
      const c = current();
      const flag = c && flagOf(c, undefined);
      if (!c || !flag) return;
      const anchor = c.review.anchors.find((a) => a.flagId === flag.id);
      set({
        editingFlag: flag.id,
        editingText: anchor ? c.review.canonical.slice(anchor.start, anchor.end) : '',
      });
    },
  };
}
