/**
 * The review model as the slice uses it: one object binding the pure functions of app/review/
 * (canonical, decisions, edits, history, style) to the argument shapes of the store's actions.
 * Interim: until every module of app/review/ has landed, the small operations missing there are
 * done here on the same plain data; each is replaced by the app/review/ function as it arrives.
 */
import type { Category, Story, StyleNote, VariantText } from '../../app/model/types';
import { initStoryReview } from '../../app/review/canonical';
import type { CanonicalAnchor, Decision, FlagStatus, StoryReview } from '../../app/review/types';
import { majorityReading, matchesFilter, statusOf, type ReviewFilter } from './review-view';

/** Who decided and when: injected so the model stays clock-free. */
export interface Stamp {
  readonly editor: string;
  readonly at: string;
}

/** A bulk decision over the current story's flags. */
export interface BulkRequest {
  /** majority: take the majority reading (skipped on a tie); reject: keep the canonical. */
  readonly action: 'majority' | 'reject';
  /** Only flags of this category (null: any). */
  readonly category: Category | null;
  /** Only flags that pass the flag list's filter. */
  readonly useFilter: boolean;
}

/** Undo/redo history of one story's review: snapshots, bounded. */
export interface ReviewHistory {
  readonly past: readonly StoryReview[];
  readonly present: StoryReview;
  readonly future: readonly StoryReview[];
  /** True when the last step was a hand edit that the next keystroke may extend. */
  readonly open: boolean;
}

/** How many undo steps are kept: a day's review of a long story stays well under this. */
const HISTORY_LIMIT = 500;

function replaceAt(review: StoryReview, flagId: string, text: string, decision: Decision): StoryReview {
  const anchor = review.anchors.find((a) => a.flagId === flagId);
  if (!anchor) return review;
  const delta = text.length - (anchor.end - anchor.start);
  const canonical = review.canonical.slice(0, anchor.start) + text + review.canonical.slice(anchor.end);
  const anchors: CanonicalAnchor[] = review.anchors.map((a) => {
    if (a.flagId === flagId) return { flagId, start: a.start, end: a.start + text.length };
    if (a.start >= anchor.end && a !== anchor) return { ...a, start: a.start + delta, end: a.end + delta };
    return a;
  });
  return { ...review, canonical, anchors, decisions: { ...review.decisions, [flagId]: decision } };
}

function decide(
  review: StoryReview,
  flagId: string,
  status: Exclude<FlagStatus, 'open'>,
  text: string,
  stamp: Stamp,
  variant?: string,
): StoryReview {
  const decision: Decision = { flagId, status, text, editor: stamp.editor, at: stamp.at, ...(variant ? { variant } : {}) };
  return replaceAt(review, flagId, text, decision);
}

function readingOf(story: Story, flagId: string, variant: string): string | null {
  const flag = story.flags.find((f) => f.id === flagId);
  return flag?.readings.find((r) => r.variant === variant)?.text ?? null;
}

function currentText(review: StoryReview, flagId: string): string {
  const anchor = review.anchors.find((a) => a.flagId === flagId);
  return anchor ? review.canonical.slice(anchor.start, anchor.end) : '';
}

/** A hand edit of the canonical: shifts anchors after it, marks the flags it touches as edited. */
function applyEdit(review: StoryReview, edit: { start: number; end: number; text: string }, stamp: Stamp): StoryReview {
  const canonical = review.canonical.slice(0, edit.start) + edit.text + review.canonical.slice(edit.end);
  const delta = edit.text.length - (edit.end - edit.start);
  const decisions: Record<string, Decision> = { ...review.decisions };
  const anchors = review.anchors.map((a) => {
    if (a.start >= edit.end && !(a.start === edit.end && edit.start === edit.end && a.end > a.start)) {
      return { ...a, start: a.start + delta, end: a.end + delta };
    }
    if (a.end <= edit.start && !(a.end === edit.start && a.start === a.end)) return a;
    // The edit touches this anchor: it grows or shrinks with the edit and becomes edited.
    const start = Math.min(a.start, edit.start);
    const end = Math.max(a.end + delta, edit.start + edit.text.length);
    const text = canonical.slice(start, end);
    decisions[a.flagId] = { flagId: a.flagId, status: 'edited', text, editor: stamp.editor, at: stamp.at };
    return { ...a, start, end };
  });
  return { ...review, canonical, anchors, decisions };
}

/** The model operations the slice calls. */
export const reviewModel = {
  init: (story: Story, variants: readonly VariantText[], base?: string): StoryReview =>
    initStoryReview(story, variants, base),

  accept: (review: StoryReview, story: Story, flagId: string, variant: string, stamp: Stamp): StoryReview => {
    const text = readingOf(story, flagId, variant);
    return text === null ? review : decide(review, flagId, 'accepted', text, stamp, variant);
  },

  reject: (review: StoryReview, _story: Story, flagId: string, stamp: Stamp): StoryReview =>
    decide(review, flagId, 'rejected', currentText(review, flagId), stamp),

  pick: (review: StoryReview, story: Story, flagId: string, variant: string, stamp: Stamp): StoryReview => {
    const text = readingOf(story, flagId, variant);
    return text === null ? review : decide(review, flagId, 'picked', text, stamp, variant);
  },

  editFlag: (review: StoryReview, _story: Story, flagId: string, text: string, stamp: Stamp): StoryReview =>
    decide(review, flagId, 'edited', text, stamp),

  edit: (review: StoryReview, edit: { start: number; end: number; text: string }, stamp: Stamp): StoryReview =>
    applyEdit(review, edit, stamp),

  bulk: (review: StoryReview, story: Story, request: BulkRequest, filter: ReviewFilter, stamp: Stamp): StoryReview => {
    let next = review;
    for (const flag of story.flags) {
      if (statusOf(next, flag.id) !== 'open') continue;
      if (request.category !== null && flag.category !== request.category) continue;
      if (request.useFilter && !matchesFilter(flag, next, filter)) continue;
      if (request.action === 'reject') {
        next = decide(next, flag.id, 'rejected', currentText(next, flag.id), stamp);
        continue;
      }
      const majority = majorityReading(flag);
      const reading = majority === null ? undefined : flag.readings.find((r) => r.text === majority);
      if (reading) next = decide(next, flag.id, 'picked', reading.text, stamp, reading.variant);
    }
    return next;
  },

  changeBase: (review: StoryReview, story: Story, variants: readonly VariantText[], base: string): StoryReview => {
    if (review.baseVariant === base) return review;
    // Interim: a fresh canonical on the new base; decisions are re-applied in flag order.
    let next = initStoryReview(story, variants, base);
    for (const flag of story.flags) {
      const decision = review.decisions[flag.id];
      if (decision) next = replaceAt(next, flag.id, decision.text, decision);
    }
    return next;
  },

  applyStyle: (review: StoryReview, _note: StyleNote): StoryReview => review,

  newHistory: (review: StoryReview): ReviewHistory => ({ past: [], present: review, future: [], open: false }),

  record: (history: ReviewHistory, review: StoryReview, coalesce: boolean): ReviewHistory => {
    if (coalesce && history.open) return { ...history, present: review, future: [] };
    const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
    return { past, present: review, future: [], open: coalesce };
  },

  undo: (history: ReviewHistory): { history: ReviewHistory; review: StoryReview } | null => {
    const previous = history.past[history.past.length - 1];
    if (!previous) return null;
    const next = { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], open: false };
    return { history: next, review: previous };
  },

  redo: (history: ReviewHistory): { history: ReviewHistory; review: StoryReview } | null => {
    const following = history.future[0];
    if (!following) return null;
    const next = { past: [...history.past, history.present], present: following, future: history.future.slice(1), open: false };
    return { history: next, review: following };
  },
};
