/**
 * Flags nested in another flag (changes inside a passage some variants omit): when the outer flag
 * takes a variant's reading, the nested flags' anchors follow that variant's own offsets.
 */
import type { Flag, Story } from '../model/types';
import { anchorOf, refreshDecisionTexts, sortAnchors } from './anchors';
import type { CanonicalAnchor, StoryReview } from './types';

/**
 * After `outer`'s text was replaced by `variant`'s reading, moves the anchors that lay inside it
 * (in `previous`, at `before`) to where that variant reads those flags, so flags nested in an
 * omitted passage stay on their words instead of collapsing after the passage. Decided flags among
 * them take the text now at their anchors.
 */
export function placeNestedAnchors(
  previous: StoryReview,
  review: StoryReview,
  story: Story,
  outer: Flag,
  variant: string,
  before: CanonicalAnchor,
): StoryReview {
  const outerReading = outer.readings.find((r) => r.variant === variant);
  const outerAnchor = anchorOf(review, outer.id);
  if (!outerReading || !outerAnchor) return review;
  const inside = new Set(
    previous.anchors
      .filter((a) => a.flagId !== outer.id && a.start >= before.start && a.end <= before.end)
      .map((a) => a.flagId),
  );
  if (inside.size === 0) return review;
  const moved = new Map<string, CanonicalAnchor>();
  for (const flag of story.flags) {
    if (!inside.has(flag.id)) continue;
    const r = flag.readings.find((x) => x.variant === variant);
    if (!r || r.start < outerReading.start || r.end > outerReading.end) continue;
    const start = outerAnchor.start + (r.start - outerReading.start);
    moved.set(flag.id, { flagId: flag.id, start, end: start + (r.end - r.start) });
  }
  if (moved.size === 0) return review;
  const anchors = sortAnchors(review.anchors.map((a) => moved.get(a.flagId) ?? a));
  const decisions = refreshDecisionTexts(
    review.decisions,
    [...moved.keys()],
    review.canonical,
    anchors,
  );
  return { ...review, anchors, decisions };
}
