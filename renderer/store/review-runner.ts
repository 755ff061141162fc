/**
 * What every review action shares: the current story with its review and history, one way to run
 * a change of the pure model (app/review/) on it and record it for undo, the step to the next open
 * flag after a decision, and starting a story's review. The actions themselves live in
 * review-decisions.ts and review-edits.ts; the slice in review-slice.ts puts them together.
 */
import type { StateCreator } from 'zustand';
import type { Flag, Story, VariantText } from '../../app/model/types';
import { filterFlags, statusOf, stepFlag } from '../../app/review/queries';
import type { StoryReview } from '../../app/review/types';
import { reviewModel, type ReviewHistory } from '../review/review-model';
import type { AppState } from './index';
import { findStory } from './review-selectors';

type Creator = StateCreator<AppState, [], [], unknown>;
/** The store's set and get, as a slice creator receives them. */
export type SetState = Parameters<Creator>[0];
export type GetState = Parameters<Creator>[1];

/** The current story, its review and its undo history, when a story is open and reviewed. */
export interface Current {
  readonly story: Story;
  readonly review: StoryReview;
  readonly history: ReviewHistory;
}

/** The shared helpers of the review actions. */
export interface ReviewRunner {
  /** The time and editor a decision records; `Date` here so the pure model stays clock-free. */
  stamp(): { editor: string; at: string };
  current(): Current | null;
  /** The flag with this id (default: the current flag) in the current story. */
  flagOf(c: Current, flagId: string | undefined): Flag | null;
  /**
   * Runs a model change on the current story and records it (typing with the same key is one
   * undo step); a thrown error becomes a banner, never a crash. After a decision (advanceFrom),
   * moves to the next open flag when auto-advance is on.
   */
  change(
    run: (c: Current) => StoryReview,
    options?: { advanceFrom?: string; typingKey?: string },
  ): void;
  /** Makes a history the story's (undo/redo) and its present the review. */
  setHistory(storyId: string, history: ReviewHistory): void;
  /** Moves to the next / previous flag of the filtered list, wrapping at the ends. */
  step(direction: 1 | -1): void;
  /** Starts a story's review (canonical from the majority, on the preferred base) if it has none. */
  start(storyId: string): void;
  /** The engine input texts of the open variants. */
  texts(): VariantText[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function currentOf(get: GetState): Current | null {
  const state = get();
  const story = findStory(state, state.storyId);
  if (!story) return null;
  const review = state.reviews[story.id];
  const history = state.reviewHistories[story.id];
  if (!review || !history) return null;
  return { story, review, history };
}

function textsOf(state: AppState): VariantText[] {
  return state.variants.map((v) => ({
    id: v.id,
    path: v.path,
    name: v.name,
    encoding: v.encoding,
    text: v.text,
  }));
}

/** After a decision: the next open flag of the filtered list, when one remains. */
function advance(get: GetState, story: Story, review: StoryReview, fromId: string): void {
  const flags = filterFlags(story, review, get().reviewFilter);
  const next = stepFlag(flags, fromId, 1, (f) => statusOf(review, f.id) === 'open', story.flags);
  if (next) get().selectFlag(next.id);
}

function runChange(
  set: SetState,
  get: GetState,
  run: (c: Current) => StoryReview,
  options: { advanceFrom?: string; typingKey?: string },
): void {
  const c = currentOf(get);
  if (!c) return;
  let next: StoryReview;
  try {
    next = run(c);
  } catch (error) {
    get().reportError('review.error', { message: messageOf(error) });
    return;
  }
  if (next === c.review) return;
  const history = reviewModel.record(c.history, next, options.typingKey);
  set((state) => ({
    reviews: { ...state.reviews, [c.story.id]: next },
    reviewHistories: { ...state.reviewHistories, [c.story.id]: history },
  }));
  if (options.advanceFrom !== undefined && get().autoAdvance)
    advance(get, c.story, next, options.advanceFrom);
}

function startReview(set: SetState, get: GetState, storyId: string): void {
  const state = get();
  const story = findStory(state, storyId);
  if (!story) return;
  // A variant filter for a variant this story lacks would hide every flag: drop it.
  const carrying = new Set(story.spans.map((s) => s.variant));
  const variant = state.reviewFilter.variant;
  if (variant !== null && !carrying.has(variant))
    set({ reviewFilter: { ...state.reviewFilter, variant: null } });
  if (state.reviews[storyId]) return;
  const preferred =
    state.baseVariant && carrying.has(state.baseVariant) ? state.baseVariant : undefined;
  try {
    const review = reviewModel.init(story, textsOf(state), preferred);
    set((s) => ({
      reviews: { ...s.reviews, [storyId]: review },
      reviewHistories: { ...s.reviewHistories, [storyId]: reviewModel.newHistory(review) },
      bulkNotice: null,
    }));
  } catch (error) {
    state.reportError('review.error', { message: messageOf(error) });
  }
}

/** The review actions' shared helpers over the store. */
export function createReviewRunner(set: SetState, get: GetState): ReviewRunner {
  return {
    stamp: () => ({ editor: get().editorName, at: new Date().toISOString() }),
    current: () => currentOf(get),
    texts: () => textsOf(get()),
    flagOf: (c, flagId) => {
      const id = flagId ?? get().flagId;
      return c.story.flags.find((f) => f.id === id) ?? null;
    },
    change: (run, options = {}) => runChange(set, get, run, options),
    setHistory: (storyId, history) =>
      set((state) => ({
        reviews: { ...state.reviews, [storyId]: history.present },
        reviewHistories: { ...state.reviewHistories, [storyId]: history },
      })),
    step: (direction) => {
      const state = get();
      const story = findStory(state, state.storyId);
      if (!story) return;
      const flags = filterFlags(story, state.reviews[story.id], state.reviewFilter);
      const next = stepFlag(flags, state.flagId, direction, () => true, story.flags);
      if (next) state.selectFlag(next.id);
    },
    start: (storyId) => startReview(set, get, storyId),
  };
}
