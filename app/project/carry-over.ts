/**
 * Carrying the editor's decisions over to a new comparison: when sources changed on disk since the
 * project was saved, and when the editor adds pages to the comparison or removes one. A decision follows the new flag with the same readings and the same context
 * (the text around it); one that cannot be placed with confidence is listed, never dropped.
 */
import type { CompareResult, Flag, Story, VariantText } from '../model/types';
import { applyRecordedDecisions } from '../review/apply-decision';
import { hasEditsOutsideFlags, initStoryReview } from '../review/canonical';
import { storyVariants } from '../review/story-text';
import type { Decision, StoryReview } from '../review/types';
import type { ProjectVariant } from './types';

/** How many characters on each side of a flag make its context. A sentence fragment: long enough to
 * tell apart two places that both read 、/， , short enough that a neighbouring flag rarely reaches it. */
export const CONTEXT_CHARS = 16;

/** The least number of context characters that must agree (both sides together) for a match: a
 * two-character word on one side is too common in news text to place a decision on. */
export const MIN_CONTEXT_AGREEMENT = 3;

/** A decision placed on a flag of the new comparison. */
export interface CarriedDecision {
  readonly storyId: string;
  readonly fromFlagId: string;
  readonly toFlagId: string;
  readonly decision: Decision;
}

/** Why a decision could not be carried. */
export type LostReason = 'story-gone' | 'no-matching-flag' | 'ambiguous';

/** A decision that could not be carried, with what the editor needs to redo it by hand. */
export interface LostDecision {
  /** The story in the old comparison. */
  readonly storyId: string;
  readonly storyTitle: string;
  readonly flagId: string;
  readonly decision: Decision;
  readonly reason: LostReason;
  /** The readings of the old flag, to show the editor what was decided. */
  readonly readings: readonly string[];
  /** New flags that matched equally well (reason ambiguous). */
  readonly candidates?: readonly string[];
}

/** A story whose hand edits outside flags did not come along (they belong to the old text). */
export interface UncarriedEdits {
  readonly storyId: string;
  readonly storyTitle: string;
  /**
   * True when the old variant texts showed there were such edits; false when, without them, the
   * old and new canonicals merely differ (the change on disk alone may explain it).
   */
  readonly certain: boolean;
}

/** New reviews with every carried decision applied, and the account of what moved and what did not. */
export interface CarryOverResult {
  /** A review for every new story that had a reviewed counterpart, by new story id. */
  readonly reviews: Record<string, StoryReview>;
  readonly carried: readonly CarriedDecision[];
  readonly lost: readonly LostDecision[];
  /** Stories whose hand edits outside flags may be lost, so the editor can compare by eye. */
  readonly uncarriedEdits: readonly UncarriedEdits[];
}

/** A source that is no longer what the project saw. */
export interface SourceChange {
  readonly id: string;
  readonly path: string;
  readonly change: 'changed' | 'missing';
}

/** The variants whose bytes changed (or vanished) since the project was saved, by id. */
export function changedVariants(
  saved: readonly ProjectVariant[],
  current: readonly { readonly path: string; readonly sha256: string }[],
): SourceChange[] {
  const byPath = new Map(current.map((c) => [c.path, c.sha256]));
  return saved.flatMap((v): SourceChange[] => {
    const sha = byPath.get(v.path);
    if (sha === undefined) return [{ id: v.id, path: v.path, change: 'missing' as const }];
    return sha === v.sha256 ? [] : [{ id: v.id, path: v.path, change: 'changed' as const }];
  });
}

/**
 * The distinct texts of a flag's readings, sorted: what "the same readings" compares. Only the
 * readings of pages both comparisons hold count, so a page added (with a reading of its own) or
 * removed (with the reading only it printed) leaves the key of every other flag as it was.
 */
function readingKey(flag: Flag, common: ReadonlySet<string>): string {
  return [...new Set(flag.readings.filter((r) => common.has(r.variant)).map((r) => r.text))]
    .sort()
    .join('\u0000');
}

/** The text around an anchor of a review. */
function contextOf(review: StoryReview, flagId: string): { before: string; after: string } | null {
  const anchor = review.anchors.find((a) => a.flagId === flagId);
  if (!anchor) return null;
  return {
    before: review.canonical.slice(Math.max(0, anchor.start - CONTEXT_CHARS), anchor.start),
    after: review.canonical.slice(anchor.end, anchor.end + CONTEXT_CHARS),
  };
}

/** How many characters of context agree: the common end of the befores plus the common start of the afters. */
function contextAgreement(
  a: { before: string; after: string },
  b: { before: string; after: string },
): number {
  let before = 0;
  while (
    before < a.before.length &&
    before < b.before.length &&
    a.before[a.before.length - 1 - before] === b.before[b.before.length - 1 - before]
  )
    before++;
  let after = 0;
  while (after < a.after.length && after < b.after.length && a.after[after] === b.after[after])
    after++;
  return before + after;
}

/** The new story that continues an old one: same title first (ids are renumbered), else same id. */
function findNewStory(
  old: Story,
  stories: readonly Story[],
  taken: ReadonlySet<string>,
): Story | undefined {
  return (
    stories.find((s) => !taken.has(s.id) && s.title === old.title) ??
    stories.find((s) => !taken.has(s.id) && s.id === old.id)
  );
}

/**
 * Where a decision goes in the new story: the one flag not yet used with the same readings in the
 * pages both comparisons share whose context agrees best (at least MIN_CONTEXT_AGREEMENT), or why
 * there is none (no such flag, or several agreeing equally).
 */
function placeDecision(
  oldFlag: Flag,
  oldContext: { before: string; after: string },
  newStory: Story,
  fresh: StoryReview,
  used: ReadonlySet<string>,
  common: ReadonlySet<string>,
): { flag: Flag } | { reason: LostReason; candidates?: string[] } {
  const key = readingKey(oldFlag, common);
  const scored = newStory.flags
    .filter((f) => !used.has(f.id) && readingKey(f, common) === key)
    .flatMap((f) => {
      const context = contextOf(fresh, f.id);
      return context ? [{ flag: f, score: contextAgreement(oldContext, context) }] : [];
    })
    .filter((c) => c.score >= MIN_CONTEXT_AGREEMENT)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return { reason: 'no-matching-flag' };
  const rivals = scored.filter((c) => c.score === best.score);
  if (rivals.length > 1) return { reason: 'ambiguous', candidates: rivals.map((c) => c.flag.id) };
  return { flag: best.flag };
}

/**
 * Carries every decision of the old reviews to the new comparison. Each new story that continues a
 * reviewed old one gets a fresh review (same base variant when it still carries the story) with the
 * carried decisions applied; each decision goes to the new flag with the same readings whose context
 * agrees best, provided at least MIN_CONTEXT_AGREEMENT characters agree and no other flag agrees as
 * well. Hand edits outside any flag are not carried (they belong to the old text): the stories
 * that had them are listed in `uncarriedEdits`, for certain when `oldVariants` (the texts as
 * saved, e.g. embedded in the project) are given.
 */
export function carryOverDecisions(
  oldResult: CompareResult,
  oldReviews: Readonly<Record<string, StoryReview>>,
  newResult: CompareResult,
  newVariants: readonly VariantText[],
  oldVariants?: readonly VariantText[],
): CarryOverResult {
  const uncarriedEdits: UncarriedEdits[] = [];
  const reviews: Record<string, StoryReview> = {};
  const carried: CarriedDecision[] = [];
  const lost: LostDecision[] = [];
  const taken = new Set<string>();
  const newIds = new Set(newResult.variants.map((v) => v.id));
  const common = new Set(oldResult.variants.map((v) => v.id).filter((id) => newIds.has(id)));
  for (const oldStory of oldResult.stories) {
    const oldReview = oldReviews[oldStory.id];
    if (!oldReview) continue;
    const decisions = Object.values(oldReview.decisions);
    const oldFlags = new Map(oldStory.flags.map((f) => [f.id, f]));
    const newStory = findNewStory(oldStory, newResult.stories, taken);
    const lose = (decision: Decision, reason: LostReason, candidates?: string[]): void => {
      lost.push({
        storyId: oldStory.id,
        storyTitle: oldStory.title,
        flagId: decision.flagId,
        decision,
        reason,
        readings: oldFlags.get(decision.flagId)?.readings.map((r) => r.text) ?? [],
        ...(candidates ? { candidates } : {}),
      });
    };
    if (!newStory) {
      for (const decision of decisions) lose(decision, 'story-gone');
      continue;
    }
    taken.add(newStory.id);
    const base = storyVariants(newStory).includes(oldReview.baseVariant)
      ? oldReview.baseVariant
      : undefined;
    const fresh = initStoryReview(newStory, newVariants, base);
    const placed: Decision[] = [];
    const used = new Set<string>();
    for (const decision of decisions) {
      const oldFlag = oldFlags.get(decision.flagId);
      const oldContext = contextOf(oldReview, decision.flagId);
      if (!oldFlag || !oldContext) {
        lose(decision, 'no-matching-flag');
        continue;
      }
      const place = placeDecision(oldFlag, oldContext, newStory, fresh, used, common);
      if ('reason' in place) {
        lose(decision, place.reason, place.candidates);
        continue;
      }
      const best = place;
      used.add(best.flag.id);
      const moved: Decision = { ...decision, flagId: best.flag.id };
      placed.push(moved);
      carried.push({
        storyId: newStory.id,
        fromFlagId: decision.flagId,
        toFlagId: best.flag.id,
        decision: moved,
      });
    }
    const next = applyRecordedDecisions(fresh, placed, newStory);
    reviews[newStory.id] = next;
    const certain =
      oldVariants !== undefined && hasEditsOutsideFlags(oldReview, oldStory, oldVariants);
    if (certain || (oldVariants === undefined && next.canonical !== oldReview.canonical)) {
      uncarriedEdits.push({ storyId: oldStory.id, storyTitle: oldStory.title, certain });
    }
  }
  return { reviews, carried, lost, uncarriedEdits };
}
