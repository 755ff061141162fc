/**
 * The editor's decisions at flags: accept a variant's reading, pick any reading, reject (keep the
 * canonical), edit by hand, reopen, and bulk actions over a filter. Every function is pure: it
 * returns a new StoryReview and the Decision it recorded, and leaves its input untouched.
 */
import type { Flag, Story } from '../model/types';
import { anchoredText, anchorOf, refreshDecisionTexts, replaceAnchoredText } from './anchors';
import { toHouseFormAt } from './house-form';
import { placeNestedAnchors } from './nested';
import { sameReading } from './canonical';
import { NO_FILTER, matchesFilter, type ReviewFilter } from './flag-list';
import type { Decision, StoryReview } from './types';

/** Who decides and when; `at` is injected so tests are reproducible (default: now). */
export interface DecisionContext {
  readonly editor: string;
  /** ISO 8601 time of the decision; default `new Date().toISOString()`. */
  readonly at?: string;
  readonly note?: string;
}

/** A new review and the decision that made it. */
export interface DecisionOutcome {
  readonly review: StoryReview;
  readonly decision: Decision;
}

/** The outcome of a bulk action: the decisions made, and the flags it left alone and why. */
export interface BulkOutcome {
  readonly review: StoryReview;
  readonly decisions: readonly Decision[];
  readonly skipped: readonly { readonly flagId: string; readonly reason: string }[];
}

/** What a bulk action does at every flag its filter selects. */
export type BulkAction =
  | { readonly type: 'accept-majority' }
  | { readonly type: 'accept-variant'; readonly variant: string }
  | { readonly type: 'reject' };

/**
 * Records a decision whose text the canonical already carries or is to carry at the flag: the text
 * at the anchor is replaced (anchors after it shift), and the decision stored by flag id.
 */
export function recordDecision(
  review: StoryReview,
  flagId: string,
  status: Decision['status'],
  text: string,
  context: DecisionContext,
  variant?: string,
): DecisionOutcome {
  const decision: Decision = {
    flagId,
    status,
    text,
    ...(variant !== undefined ? { variant } : {}),
    editor: context.editor,
    at: context.at ?? new Date().toISOString(),
    ...(context.note !== undefined ? { note: context.note } : {}),
  };
  const replaced =
    anchoredText(review, flagId) === text
      ? review
      : { ...review, ...replaceAnchoredText(review, flagId, text) };
  return {
    review: { ...replaced, decisions: { ...replaced.decisions, [flagId]: decision } },
    decision,
  };
}

function readingOf(flag: Flag, variant: string): string {
  const reading = flag.readings.find((r) => r.variant === variant);
  if (!reading) throw new RangeError(`flag "${flag.id}" has no reading of variant "${variant}"`);
  return reading.text;
}

/**
 * Takes a variant's reading at a flag. When the story is given and the flag holds nested flags (an
 * omitted passage with changes inside), their anchors are placed inside the new text where that
 * variant reads them, instead of collapsing at its end, so they can still be decided one by one.
 */
function takeReading(
  review: StoryReview,
  flag: Flag,
  variant: string,
  status: 'accepted' | 'picked',
  context: DecisionContext,
  story: Story | undefined,
): DecisionOutcome {
  const text = readingOf(flag, variant);
  // Taking words inside a passage the canonical lacks takes that variant's passage first, so the
  // words land inside it rather than alone at the gap (the passage gets its own decision).
  const outer =
    story && text !== '' ? absentPassageAround(review, story, flag, variant) : undefined;
  const current =
    outer && story ? takeReading(review, outer, variant, status, context, story).review : review;
  const before = anchorOf(current, flag.id);
  const outcome = recordDecision(current, flag.id, status, text, context, variant);
  if (!story || !before || (before.end === before.start && text === '')) return outcome;
  const grown =
    before.start === before.end
      ? growContainers(outcome.review, story, flag, before.start)
      : outcome.review;
  return {
    review: placeNestedAnchors(current, grown, story, flag, variant, before),
    decision: outcome.decision,
  };
}

/** True when some variant's reading of `outer` holds its reading of `inner` (inner is nested in outer). */
function holds(outer: Flag, inner: Flag): boolean {
  return outer.readings.some((o) => {
    const r = inner.readings.find((x) => x.variant === o.variant);
    if (r === undefined || o.end === o.start || o.end - o.start <= r.end - r.start) return false;
    // An empty reading on the passage's edge is as likely right before or after it: not held.
    return r.start === r.end
      ? r.start > o.start && r.end < o.end
      : r.start >= o.start && r.end <= o.end;
  });
}

/**
 * Text put in at an insertion point that sits at the very end of a passage's anchor belongs to the
 * passage when the flag is nested in it: positions alone cannot tell "end of the passage" from
 * "right after it", the story's readings can. Such passages' anchors grow over the new text.
 */
function growContainers(review: StoryReview, story: Story, flag: Flag, at: number): StoryReview {
  const target = anchorOf(review, flag.id);
  if (!target || target.end === target.start) return review;
  const byId = new Map(story.flags.map((f) => [f.id, f]));
  const grown: string[] = [];
  const anchors = review.anchors.map((a) => {
    const outer = byId.get(a.flagId);
    if (a.end !== at || a.start >= at || !outer || !holds(outer, flag)) return a;
    grown.push(a.flagId);
    return { flagId: a.flagId, start: a.start, end: target.end };
  });
  if (grown.length === 0) return review;
  return {
    ...review,
    anchors,
    decisions: refreshDecisionTexts(review.decisions, grown, review.canonical, anchors),
  };
}

/**
 * The outermost flag whose passage the canonical lacks (an empty anchor where the flag's own empty
 * anchor sits) and inside whose reading `variant` has this flag.
 */
function absentPassageAround(
  review: StoryReview,
  story: Story,
  flag: Flag,
  variant: string,
): Flag | undefined {
  const own = anchorOf(review, flag.id);
  const reading = flag.readings.find((r) => r.variant === variant);
  if (!own || own.start !== own.end || !reading) return undefined;
  let best: { flag: Flag; length: number } | undefined;
  for (const candidate of story.flags) {
    if (candidate.id === flag.id) continue;
    const anchor = anchorOf(review, candidate.id);
    const passage = candidate.readings.find((r) => r.variant === variant);
    if (
      !anchor ||
      anchor.start !== anchor.end ||
      anchor.start !== own.start ||
      !passage ||
      passage.end === passage.start
    )
      continue;
    const inside =
      reading.start === reading.end
        ? reading.start > passage.start && reading.end < passage.end
        : reading.start >= passage.start &&
          reading.end <= passage.end &&
          passage.end - passage.start > reading.end - reading.start;
    if (inside && (!best || passage.end - passage.start > best.length))
      best = { flag: candidate, length: passage.end - passage.start };
  }
  return best?.flag;
}

/**
 * Accepts a variant's reading: the canonical takes it at the flag as that page prints it, not a
 * folded form (only the house form's heading marks and punctuation width are settled, as for the
 * rest of the canonical), status accepted. Pass the story so that flags nested in this one (inside
 * an omitted passage) stay decidable.
 */
export function acceptReading(
  review: StoryReview,
  flag: Flag,
  variant: string,
  context: DecisionContext,
  story?: Story,
): DecisionOutcome {
  return inHouseForm(takeReading(review, flag, variant, 'accepted', context, story), flag.id);
}

/** Picks any variant's reading, e.g. with the keys 1–9 (status picked); `story` as for acceptReading. */
export function pickReading(
  review: StoryReview,
  flag: Flag,
  variant: string,
  context: DecisionContext,
  story?: Story,
): DecisionOutcome {
  return inHouseForm(takeReading(review, flag, variant, 'picked', context, story), flag.id);
}

/** A taken reading with its heading marks and punctuation width in the house form (house-form.ts). */
function inHouseForm(outcome: DecisionOutcome, flagId: string): DecisionOutcome {
  const review = toHouseFormAt(outcome.review, flagId);
  if (review === outcome.review) return outcome;
  return { review, decision: review.decisions[flagId] ?? outcome.decision };
}

/**
 * The variant whose reading is the majority, preferring the base variant (whose form the canonical
 * keeps), or undefined on a tie.
 */
export function majorityVariant(flag: Flag, baseVariant: string): string | undefined {
  const majority = flag.majority;
  if (majority === null) return undefined;
  const agreeing = flag.readings.filter((r) => sameReading(r.text, majority));
  return (agreeing.find((r) => r.variant === baseVariant) ?? agreeing[0])?.variant;
}

/** Accepts the majority reading (as the base prints it when the base agrees); throws on a tie. */
export function acceptMajority(
  review: StoryReview,
  flag: Flag,
  context: DecisionContext,
  story?: Story,
): DecisionOutcome {
  const variant = majorityVariant(flag, review.baseVariant);
  if (variant === undefined) throw new RangeError(`flag "${flag.id}" has no majority reading`);
  return acceptReading(review, flag, variant, context, story);
}

/** Rejects the flag: the canonical keeps the text it has at the flag (status rejected). */
export function rejectFlag(
  review: StoryReview,
  flagId: string,
  context: DecisionContext,
): DecisionOutcome {
  const text = anchoredText(review, flagId);
  if (text === null)
    throw new RangeError(`flag "${flagId}" has no anchor in story "${review.storyId}"`);
  return recordDecision(review, flagId, 'rejected', text, context);
}

/** Replaces the canonical text at a flag with text typed by the editor (status edited). */
export function editByHand(
  review: StoryReview,
  flagId: string,
  text: string,
  context: DecisionContext,
): DecisionOutcome {
  return recordDecision(review, flagId, 'edited', text, context);
}

/** Reopens a flag: forgets its decision and keeps the canonical text as it is. */
export function reopenFlag(review: StoryReview, flagId: string): StoryReview {
  if (!(flagId in review.decisions)) return review;
  const decisions = { ...review.decisions };
  delete decisions[flagId];
  return { ...review, decisions };
}

/**
 * Applies one action to every flag of the story the filter selects, e.g. "accept the majority at
 * every open punctuation flag". Flags the action cannot apply to (a tie for accept-majority, a
 * variant without a reading) are listed in `skipped`, never silently passed over.
 */
export function bulkDecide(
  review: StoryReview,
  story: Story,
  filter: Partial<ReviewFilter>,
  action: BulkAction,
  context: DecisionContext,
): BulkOutcome {
  const at = context.at ?? new Date().toISOString();
  const ctx: DecisionContext = { ...context, at };
  let current = review;
  const decisions: Decision[] = [];
  const skipped: { flagId: string; reason: string }[] = [];
  const whole: ReviewFilter = { ...NO_FILTER, ...filter };
  for (const flag of story.flags) {
    if (!matchesFilter(flag, current, whole)) continue;
    let variant: string | undefined;
    if (action.type === 'accept-majority') {
      variant = majorityVariant(flag, current.baseVariant);
      if (variant === undefined) {
        skipped.push({ flagId: flag.id, reason: 'no majority (tie)' });
        continue;
      }
    } else if (action.type === 'accept-variant') {
      variant = action.variant;
      if (!flag.readings.some((r) => r.variant === variant)) {
        skipped.push({ flagId: flag.id, reason: `no reading of ${variant}` });
        continue;
      }
    }
    if (anchoredText(current, flag.id) === null) {
      skipped.push({ flagId: flag.id, reason: 'no anchor' });
      continue;
    }
    const outcome =
      variant === undefined
        ? rejectFlag(current, flag.id, ctx)
        : acceptReading(current, flag, variant, ctx, story);
    current = outcome.review;
    decisions.push(outcome.decision);
  }
  return { review: current, decisions, skipped };
}
