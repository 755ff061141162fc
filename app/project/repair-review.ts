/**
 * Repairs a loaded review whose anchors are in bounds but out of order, or whose decisions no
 * longer say what the canonical carries (a hand-edited file, a bug in an older build): the
 * canonical text is the editor's work and wins, and each repair is reported, never silent.
 */
import { sortAnchors } from '../review/anchors';
import { reviewIssues } from '../review/invariants';
import type { Decision, StoryReview } from '../review/types';

/** The repaired review and a note per repair (empty when nothing needed repair). */
export function repairReview(review: StoryReview): { review: StoryReview; notes: string[] } {
  const issues = reviewIssues(review);
  if (issues.length === 0) return { review, notes: [] };
  const notes: string[] = [];
  let repaired = review;
  if (issues.some((i) => i.kind === 'order')) {
    repaired = { ...repaired, anchors: sortAnchors(repaired.anchors) };
    notes.push(`story ${review.storyId}: anchors were out of order and have been sorted`);
  }
  const decisions: Record<string, Decision> = { ...repaired.decisions };
  for (const issue of reviewIssues(repaired)) {
    if (issue.kind === 'decision-text') {
      const decision = decisions[issue.flagId];
      const anchor = repaired.anchors.find((a) => a.flagId === issue.flagId);
      if (!decision || !anchor) continue;
      const text = repaired.canonical.slice(anchor.start, anchor.end);
      decisions[issue.flagId] = { ...decision, text };
      notes.push(
        `story ${review.storyId}: the decision at ${issue.flagId} now records the canonical's text "${text}" instead of "${decision.text}"`,
      );
    } else if (issue.kind === 'overlap') {
      notes.push(`story ${review.storyId}: ${issue.message}`);
    }
  }
  return { review: { ...repaired, decisions }, notes };
}
