/**
 * Selectors over the review slice: the current story's filtered flags, its counts, and whether
 * undo and redo have a step. Memoised on the story, review and filter, so components may select
 * them without re-rendering on unrelated changes.
 */
import type { Flag, Story } from '../../app/model/types';
import type { StoryReview } from '../../app/review/types';
import {
  countFlags,
  filterFlags,
  type FlagCounts,
  type ReviewFilter,
} from '../../app/review/queries';
import type { AppState } from './index';

/** The story of the comparison with this id, or null. */
export function findStory(state: AppState, storyId: string | null): Story | null {
  if (!storyId) return null;
  return state.result?.stories.find((s) => s.id === storyId) ?? null;
}

const EMPTY_FLAGS: readonly Flag[] = [];
const filteredCache = new WeakMap<
  Story,
  { review: StoryReview | undefined; filter: ReviewFilter; flags: readonly Flag[] }
>();

/** The current story's flags that pass the flag list's filter, in reading order. */
export function selectFilteredFlags(state: AppState): readonly Flag[] {
  const story = findStory(state, state.storyId);
  if (!story) return EMPTY_FLAGS;
  const review = state.reviews[story.id];
  const cached = filteredCache.get(story);
  if (cached && cached.review === review && cached.filter === state.reviewFilter)
    return cached.flags;
  const flags = filterFlags(story, review, state.reviewFilter);
  filteredCache.set(story, { review, filter: state.reviewFilter, flags });
  return flags;
}

const countsCache = new WeakMap<Story, { review: StoryReview | undefined; counts: FlagCounts }>();

/** Counts of the current story's flags per category and status (all flags, not only the filtered ones). */
export function selectFlagCounts(state: AppState): FlagCounts | null {
  const story = findStory(state, state.storyId);
  if (!story) return null;
  const review = state.reviews[story.id];
  const cached = countsCache.get(story);
  if (cached && cached.review === review) return cached.counts;
  const counts = countFlags(story.flags, review);
  countsCache.set(story, { review, counts });
  return counts;
}

/** True when the current story has a step to undo / to redo. */
export function selectCanUndo(state: AppState): { undo: boolean; redo: boolean } {
  const history = state.storyId ? state.reviewHistories[state.storyId] : undefined;
  return { undo: (history?.past.length ?? 0) > 0, redo: (history?.future.length ?? 0) > 0 };
}
