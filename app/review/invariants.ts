/**
 * The invariants of a StoryReview, checked in tests and when a project file is loaded: anchors
 * inside the canonical, in order, laminar (disjoint or nested, never half-overlapping), one per flag, and every decision's text
 * equal to what the canonical carries at its anchor.
 */
import type { StoryReview } from './types';

/** Every way the review breaks its invariants, as messages; empty when it is sound. */
export function reviewProblems(review: StoryReview): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  // Anchors containing the current one; an anchor must end inside every one it starts in (laminar).
  const open: { flagId: string; end: number }[] = [];
  let lastStart = 0;
  for (const [i, a] of review.anchors.entries()) {
    if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end >= a.start && a.end <= review.canonical.length)) {
      problems.push(`anchors[${i}] (${a.flagId}) ${a.start}–${a.end} lies outside the canonical (length ${review.canonical.length})`);
      continue;
    }
    if (a.start < lastStart) problems.push(`anchors[${i}] (${a.flagId}) starts at ${a.start}, before the previous anchor (${lastStart})`);
    while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= a.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && a.end > parent.end) {
      problems.push(`anchors[${i}] (${a.flagId}) ${a.start}–${a.end} overlaps ${parent.flagId} (ending at ${parent.end}) without nesting in it`);
    }
    if (seen.has(a.flagId)) problems.push(`anchors[${i}]: flag ${a.flagId} has two anchors`);
    seen.add(a.flagId);
    if (a.end > a.start) open.push({ flagId: a.flagId, end: a.end });
    lastStart = a.start;
  }
  for (const decision of Object.values(review.decisions)) {
    const anchor = review.anchors.find((a) => a.flagId === decision.flagId);
    if (!anchor) continue;
    const text = review.canonical.slice(anchor.start, anchor.end);
    if (text !== decision.text) {
      problems.push(`decision at ${decision.flagId} says "${decision.text}" but the canonical reads "${text}" there`);
    }
  }
  return problems;
}
