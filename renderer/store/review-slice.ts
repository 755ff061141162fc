/**
 * The review slice: the review of each opened story (canonical draft, anchors, decisions), its
 * undo history, and the flag list's filter. Every change goes through the pure model of
 * app/review/; the actions only gather inputs from the store, call it, and set state once.
 * Split by responsibility: the shared helpers (review-runner.ts), decisions at a flag
 * (review-decisions.ts), edits, bulk, undo and style notes (review-edits.ts), and the selectors
 * (review-selectors.ts). The current story and flag live in the session slice (storyId, flagId);
 * auto-advance, the editor's name and the preferred base variant in the settings slice.
 */
import type { StateCreator } from 'zustand';
import type { StyleNote } from '../../app/model/types';
import { NO_FILTER, type ReviewFilter } from '../../app/review/queries';
import type { StoryReview } from '../../app/review/types';
import type { BulkRequest, ReviewHistory } from '../review/review-model';
import type { AppState } from './index';
import { decisionActions } from './review-decisions';
import { editActions } from './review-edits';
import { createReviewRunner } from './review-runner';

export type { BulkRequest } from '../review/review-model';

/** One replacement in the canonical text (UTF-16 offsets, end exclusive), as typed in the editor. */
export interface CanonicalEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** State and actions of the review slice. */
export interface ReviewSlice {
  /** The review of each story by story id; absent until the story is opened. */
  readonly reviews: Readonly<Record<string, StoryReview>>;
  /** Undo/redo history per story. */
  readonly reviewHistories: Readonly<Record<string, ReviewHistory>>;
  /** What the flag list shows. */
  readonly reviewFilter: ReviewFilter;
  /** What the last bulk action did, shown until the next one or until dismissed. */
  readonly bulkNotice: { readonly decided: number; readonly skipped: number } | null;
  /** The flag whose hand-edit field is open (one at a time), and the text typed in it. */
  readonly editingFlag: string | null;
  readonly editingText: string;
  /** Opens the hand-edit field of a flag with a text (null closes it). */
  setEditingFlag(flagId: string | null, text?: string): void;
  /** Opens the hand-edit field of the current flag with the canonical's text there: key E. */
  editCurrent(): void;
  /** Style notes already applied, per story: note key (`${variant}:${kind}`) → places changed. */
  readonly appliedNotes: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Opens a story: makes it current and starts its review (canonical from the majority) if new. */
  openStory(storyId: string): void;
  /** Starts the review of the current story if it has none yet (after a new comparison). */
  ensureReview(): void;
  /**
   * Takes a reading into the canonical (default: the current flag). Without a variant it takes the
   * suggested reading — the majority, or the base's on a tie — never whatever the right pane shows.
   */
  accept(flagId?: string, variant?: string): void;
  /** Keeps the canonical text at a flag (default: the current flag). */
  reject(flagId?: string): void;
  /** Takes the reading a variant prints at a flag. */
  pick(flagId: string, variant: string): void;
  /** Picks the n-th distinct reading (0-based, most printed first) of the current flag: keys 1–9. */
  pickAt(index: number): void;
  /** Forgets the decision at a flag (the canonical keeps its text there): the flag is open again. */
  reopen(flagId?: string): void;
  /** Sets the editor's note at a decided flag (it goes into the reports); empty removes it. */
  setNote(flagId: string, note: string): void;
  /** Replaces the canonical text at a flag by hand. */
  editFlag(flagId: string, text: string): void;
  /** Applies hand edits typed in the canonical editor (the editor reports them in order). */
  editCanonical(storyId: string, edits: readonly CanonicalEdit[]): void;
  /** One decision for many flags, e.g. take the majority at every open punctuation flag. */
  bulk(request: BulkRequest): void;
  dismissBulkNotice(): void;
  undo(): void;
  redo(): void;
  /** Moves to the next / previous flag of the filtered list, wrapping at the ends. */
  nextFlag(): void;
  previousFlag(): void;
  /** Rebuilds the current story's canonical on another variant (it also wins ties). */
  changeBaseVariant(variant: string): void;
  /** Applies a style note of a variant to the current story's canonical in one step. */
  applyStyleNote(note: StyleNote): void;
  setReviewFilter(patch: Partial<ReviewFilter>): void;
}

/** Creates the review slice. */
export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set, get) => {
  const runner = createReviewRunner(set, get);
  return {
    reviews: {},
    reviewHistories: {},
    reviewFilter: NO_FILTER,
    bulkNotice: null,
    appliedNotes: {},
    editingFlag: null,
    editingText: '',

    openStory: (storyId) => {
      if (get().storyId !== storyId) {
        get().selectStory(storyId);
        set({ bulkNotice: null });
      }
      runner.start(storyId);
    },

    ensureReview: () => {
      const storyId = get().storyId;
      if (storyId) runner.start(storyId);
    },

    nextFlag: () => runner.step(1),
    previousFlag: () => runner.step(-1),

    setReviewFilter: (patch) =>
      set((state) => ({ reviewFilter: { ...state.reviewFilter, ...patch } })),

    ...decisionActions(runner, set, get),
    ...editActions(runner, set, get),
  };
};
