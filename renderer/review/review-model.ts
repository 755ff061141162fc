/**
 * The review model as the slice uses it: one object binding the pure functions of app/review/
 * (canonical, decisions, edits, history) to the argument shapes of the store's actions, so the
 * slice reads as "gather inputs, call the model, set once".
 */
import type { Category, Story, StyleNote, VariantText } from '../../app/model/types';
import { changeBaseVariant, initStoryReview } from '../../app/review/canonical';
import {
  acceptReading,
  bulkDecide,
  editByHand,
  pickReading,
  rejectFlag,
  reopenFlag,
  type BulkAction,
} from '../../app/review/decide';
import { applyTextEdits, type TextEdit } from '../../app/review/edit';
import { createHistory, pushHistory, redo, undo, type History } from '../../app/review/history';
import { applyStyleNote } from '../../app/review/style';
import { styleActionOf } from '../../app/review/style-action';
import type { StoryReview } from '../../app/review/types';
import { matchesFilter, type ReviewFilter } from '../../app/review/queries';

/** Who decided and when: injected so the model stays clock-free. */
export interface Stamp {
  readonly editor: string;
  readonly at: string;
}

/** A bulk decision over the current story's open flags. */
export interface BulkRequest {
  /** majority: take the majority reading (ties are left open); reject: keep the canonical. */
  readonly action: 'majority' | 'reject';
  /** Only flags of this category (null: any). */
  readonly category: Category | null;
  /** Only flags that pass the flag list's filter. */
  readonly useFilter: boolean;
}

/** Undo/redo history of one story's review. */
export type ReviewHistory = History<StoryReview>;

function flagOf(story: Story, flagId: string) {
  const flag = story.flags.find((f) => f.id === flagId);
  if (!flag) throw new RangeError(`story "${story.id}" has no flag "${flagId}"`);
  return flag;
}

/** The model operations the slice calls; each returns a new review (the same one when nothing changed). */
export const reviewModel = {
  init: (story: Story, variants: readonly VariantText[], base?: string): StoryReview =>
    initStoryReview(story, variants, base),

  accept: (
    review: StoryReview,
    story: Story,
    flagId: string,
    variant: string,
    stamp: Stamp,
  ): StoryReview => acceptReading(review, flagOf(story, flagId), variant, stamp, story).review,

  reject: (review: StoryReview, _story: Story, flagId: string, stamp: Stamp): StoryReview =>
    rejectFlag(review, flagId, stamp).review,

  pick: (
    review: StoryReview,
    story: Story,
    flagId: string,
    variant: string,
    stamp: Stamp,
  ): StoryReview => pickReading(review, flagOf(story, flagId), variant, stamp, story).review,

  reopen: (review: StoryReview, flagId: string): StoryReview => reopenFlag(review, flagId),

  editFlag: (
    review: StoryReview,
    _story: Story,
    flagId: string,
    text: string,
    stamp: Stamp,
  ): StoryReview => editByHand(review, flagId, text, stamp).review,

  edit: (review: StoryReview, edits: readonly TextEdit[], stamp: Stamp): StoryReview =>
    applyTextEdits(review, edits, stamp).review,

  /** Open flags only: a bulk action never overrides a decision the editor made one by one. */
  bulk: (
    review: StoryReview,
    story: Story,
    request: BulkRequest,
    filter: ReviewFilter,
    stamp: Stamp,
  ): { review: StoryReview; decided: number; skipped: number } => {
    const flags = request.useFilter
      ? story.flags.filter((f) => matchesFilter(f, review, filter))
      : story.flags;
    const action: BulkAction =
      request.action === 'majority' ? { type: 'accept-majority' } : { type: 'reject' };
    const categories = request.category ? [request.category] : [];
    const outcome = bulkDecide(
      review,
      { ...story, flags },
      { categories, statuses: ['open'] },
      action,
      stamp,
    );
    return {
      review: outcome.review,
      decided: outcome.decisions.length,
      skipped: outcome.skipped.length,
    };
  },

  changeBase: (
    review: StoryReview,
    story: Story,
    variants: readonly VariantText[],
    base: string,
  ): StoryReview =>
    review.baseVariant === base ? review : changeBaseVariant(review, story, variants, base),

  /** Restyles the canonical toward the house form for the note's kind (style-action.ts); returns how many places changed. */
  applyStyle: (review: StoryReview, note: StyleNote): { review: StoryReview; changes: number } =>
    applyStyleNote(review, styleActionOf(note.kind)),

  newHistory: (review: StoryReview): ReviewHistory => createHistory(review),

  /** Adds a step; `typingKey` merges consecutive keystrokes that share it into one undo step. */
  record: (history: ReviewHistory, review: StoryReview, typingKey?: string): ReviewHistory =>
    pushHistory(history, review, typingKey !== undefined ? { coalesce: typingKey } : {}),

  undo: (history: ReviewHistory): ReviewHistory | null => {
    const moved = undo(history);
    return moved === history ? null : moved;
  },

  redo: (history: ReviewHistory): ReviewHistory | null => {
    const moved = redo(history);
    return moved === history ? null : moved;
  },
};
