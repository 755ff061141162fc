/**
 * Re-applying recorded decisions to a fresh review (after the base variant changed, or when
 * decisions are carried over to a new comparison): the canonical takes each decision's text at its
 * flag and the decision is stored as it was.
 */
import type { Story } from '../model/types';
import { anchorOf, replaceAnchoredText } from './anchors';
import { placeNestedAnchors } from './nested';
import type { Decision, StoryReview } from './types';

/** The review with the decision's text at its flag and the decision stored; unchanged when the flag has no anchor. */
export function applyRecordedDecision(review: StoryReview, decision: Decision): StoryReview {
  const anchor = anchorOf(review, decision.flagId);
  if (!anchor) return review;
  const current = review.canonical.slice(anchor.start, anchor.end);
  const replaced =
    current === decision.text
      ? review
      : { ...review, ...replaceAnchoredText(review, decision.flagId, decision.text) };
  return { ...replaced, decisions: { ...replaced.decisions, [decision.flagId]: decision } };
}

/**
 * Takes a variant's reading at the decision's flag (one that reads exactly the decision's text
 * when there is one), placing flags nested in it on that variant's offsets.
 */
function retakeReading(review: StoryReview, decision: Decision, story: Story): StoryReview {
  const flag = story.flags.find((f) => f.id === decision.flagId);
  // The named variant when it still reads the decision's text (a nested flag's text may have
  // followed its passage since), else any variant that does, else the named variant anyway: its
  // passage puts the nested flags in place, and the final pass sets the text the decision says.
  // A rejection or hand edit that no variant reads, of a passage, takes the reading closest to the
  // recorded text (so the passage is there for the flags nested in it, most of them already as
  // decided); the final pass then sets the recorded text.
  const closest = [...(flag?.readings ?? [])]
    .filter((r) => r.text !== '')
    .sort((a, b) => similarity(b.text, decision.text) - similarity(a.text, decision.text))[0];
  const reading =
    flag?.readings.find((r) => r.variant === decision.variant && r.text === decision.text) ??
    flag?.readings.find((r) => r.text === decision.text) ??
    flag?.readings.find((r) => r.variant === decision.variant) ??
    (decision.text !== '' ? closest : undefined);
  const before = anchorOf(review, decision.flagId);
  if (!flag || !reading || !before) return review;
  const taken = applyRecordedDecision(review, { ...decision, text: reading.text });
  return placeNestedAnchors(review, taken, story, flag, reading.variant, before);
}

/** Characters two texts share at their start and at their end: a cheap likeness of two passages. */
function similarity(a: string, b: string): number {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  return prefix + suffix;
}

/**
 * Applies several recorded decisions so that the result says what each decision says.
 * With the story: outer flags first, taking the variant reading a decision names so that flags
 * nested in it land inside (a passage the base omits is put in before the changes within it), then
 * inner ones; last, any flag whose text still differs from its decision (a passage changed inside
 * after it was taken, or edited by hand) gets the decision's text, innermost first.
 * Without the story: innermost first, so a nested change is set before the passage around it.
 */
export function applyRecordedDecisions(
  review: StoryReview,
  decisions: readonly Decision[],
  story?: Story,
): StoryReview {
  const length = (r: StoryReview, d: Decision): number => {
    const a = anchorOf(r, d.flagId);
    return a ? a.end - a.start : 0;
  };
  const innermostFirst = (r: StoryReview): Decision[] =>
    [...decisions].sort((a, b) => length(r, a) - length(r, b));
  if (!story) return innermostFirst(review).reduce(applyRecordedDecision, review);
  const order = new Map(story.flags.map((f, i) => [f.id, i]));
  const outerFirst = [...decisions].sort(
    (a, b) =>
      length(review, b) - length(review, a) ||
      (order.get(a.flagId) ?? 0) - (order.get(b.flagId) ?? 0),
  );
  let current = outerFirst.reduce((r, d) => retakeReading(r, d, story), review);
  for (const decision of innermostFirst(current)) {
    const anchor = anchorOf(current, decision.flagId);
    const text = anchor ? current.canonical.slice(anchor.start, anchor.end) : decision.text;
    current =
      text === decision.text && current.decisions[decision.flagId] === decision
        ? current
        : applyRecordedDecision(current, decision);
  }
  return current;
}
