/**
 * Re-applying a recorded decision to a review (after the base variant changed, or when a decision
 * is carried over to a new comparison): the canonical takes the decision's text at the flag and
 * the decision is stored as it was.
 */
import { anchorOf, replaceAnchoredText } from './anchors';
import type { Decision, StoryReview } from './types';

/** The review with the decision's text at its flag and the decision stored; unchanged when the flag has no anchor. */
export function applyRecordedDecision(review: StoryReview, decision: Decision): StoryReview {
  const anchor = anchorOf(review, decision.flagId);
  if (!anchor) return review;
  const current = review.canonical.slice(anchor.start, anchor.end);
  const replaced = current === decision.text ? review : { ...review, ...replaceAnchoredText(review, decision.flagId, decision.text) };
  return { ...replaced, decisions: { ...replaced.decisions, [decision.flagId]: decision } };
}

/**
 * Applies several recorded decisions, innermost flags first: a flag nested in an omitted passage
 * is set before the passage, whose own text (recorded with the nested change in it) then matches
 * and is left alone instead of collapsing the nested anchor.
 */
export function applyRecordedDecisions(review: StoryReview, decisions: readonly Decision[]): StoryReview {
  const length = (d: Decision): number => {
    const a = anchorOf(review, d.flagId);
    return a ? a.end - a.start : 0;
  };
  const ordered = [...decisions].sort((a, b) => length(a) - length(b));
  return ordered.reduce(applyRecordedDecision, review);
}
