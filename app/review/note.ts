/**
 * The editor's note at a decided flag: why it was decided so ("checked with the desk"). It goes
 * into the reports (CSV, JSON, HTML) beside the decision; an empty note removes it.
 */
import type { StoryReview } from './types';

/** The review with the decision at a flag carrying the note; the same review when the flag is open or nothing changes. */
export function setDecisionNote(review: StoryReview, flagId: string, note: string): StoryReview {
  const decision = review.decisions[flagId];
  const trimmed = note.trim();
  if (!decision || (decision.note ?? '') === trimmed) return review;
  const { note: _old, ...rest } = decision;
  const next = trimmed === '' ? rest : { ...rest, note: trimmed };
  return { ...review, decisions: { ...review.decisions, [flagId]: next } };
}
