/**
 * The invariants of a StoryReview, checked in tests and when a project file is loaded: anchors
 * inside the canonical, in order, laminar (disjoint or nested, never half-overlapping), one per
 * flag, and every decision's text equal to what the canonical carries at its anchor.
 */
import type { StoryReview } from './types';

/** Which invariant an issue breaks. */
export type ReviewIssueKind = 'bounds' | 'order' | 'overlap' | 'duplicate' | 'decision-text';

/** One broken invariant, with a message naming the anchor or decision. */
export interface ReviewIssue {
  readonly kind: ReviewIssueKind;
  readonly flagId: string;
  readonly message: string;
}

/** Every way the review breaks its invariants; empty when it is sound. */
export function reviewIssues(review: StoryReview): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  const seen = new Set<string>();
  // Anchors containing the current one; an anchor must end inside every one it starts in (laminar).
  const open: { flagId: string; end: number }[] = [];
  let lastStart = 0;
  for (const [i, a] of review.anchors.entries()) {
    const { flagId } = a;
    if (!(
      Number.isInteger(a.start) &&
      Number.isInteger(a.end) &&
      a.start >= 0 &&
      a.end >= a.start &&
      a.end <= review.canonical.length
    )) {
      issues.push({
        kind: 'bounds',
        flagId,
        message: `anchors[${i}] (${flagId}) ${a.start}–${a.end} lies outside the canonical (length ${review.canonical.length})`,
      });
      continue;
    }
    if (a.start < lastStart)
      issues.push({
        kind: 'order',
        flagId,
        message: `anchors[${i}] (${flagId}) starts at ${a.start}, before the previous anchor (${lastStart})`,
      });
    while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= a.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && a.end > parent.end) {
      issues.push({
        kind: 'overlap',
        flagId,
        message: `anchors[${i}] (${flagId}) ${a.start}–${a.end} overlaps ${parent.flagId} (ending at ${parent.end}) without nesting in it`,
      });
    }
    if (seen.has(flagId))
      issues.push({
        kind: 'duplicate',
        flagId,
        message: `anchors[${i}]: flag ${flagId} has two anchors`,
      });
    seen.add(flagId);
    if (a.end > a.start) open.push({ flagId, end: a.end });
    lastStart = a.start;
  }
  for (const decision of Object.values(review.decisions)) {
    const anchor = review.anchors.find((a) => a.flagId === decision.flagId);
    if (!anchor) continue;
    const text = review.canonical.slice(anchor.start, anchor.end);
    if (text !== decision.text) {
      issues.push({
        kind: 'decision-text',
        flagId: decision.flagId,
        message: `decision at ${decision.flagId} says "${decision.text}" but the canonical reads "${text}" there`,
      });
    }
  }
  return issues;
}

/** Every way the review breaks its invariants, as messages; empty when it is sound. */
export function reviewProblems(review: StoryReview): string[] {
  return reviewIssues(review).map((i) => i.message);
}
