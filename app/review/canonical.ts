/**
 * Builds the canonical draft of a story: the base variant's text with the majority reading at
 * every flag, and one anchor per flag on the text it stands for.
 */
import type { Flag, Story, VariantText } from '../model/types';
import { foldText } from '../text/fold';
import { applyRecordedDecisions } from './apply-decision';
import { CanonicalBuilder, placeFlags } from './canonical-builder';
import { toHouseForm } from './house-form';
import { storyVariants, variantStoryText } from './story-text';
import type { StoryReview } from './types';

/** True when two readings are the same after style folding (so the base's own form can be kept). */
export function sameReading(a: string, b: string): boolean {
  return a === b || foldText(a).text === foldText(b).text;
}

/**
 * The variant to build the canonical on when the editor has not chosen one: the variant whose
 * readings agree with the majority at the most flags; on a tie the earliest (so v1, usually the
 * wire copy, wins when nothing tells them apart).
 */
export function defaultBaseVariant(story: Story): string {
  const ids = storyVariants(story);
  let best = ids[0] ?? '';
  let bestScore = -1;
  for (const id of ids) {
    let score = 0;
    for (const flag of story.flags) {
      const reading = flag.readings.find((r) => r.variant === id);
      if (reading && flag.majority !== null && sameReading(reading.text, flag.majority)) score++;
    }
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The text the canonical starts with at a flag: the majority reading, except that the base keeps its
 * own form when it already agrees after folding, and wins when there is no majority (a tie).
 */
export function initialReading(flag: Flag, baseVariant: string): string {
  const base = flag.readings.find((r) => r.variant === baseVariant);
  if (flag.majority === null) return base?.text ?? '';
  if (base && sameReading(base.text, flag.majority)) return base.text;
  return flag.majority;
}

/**
 * Starts the review of a story: the canonical is the base variant's story text (its spans joined as
 * printed) with the initial reading at every flag, in the house form (house-form.ts), and an
 * anchor per flag, in canonical order.
 * A flag nested in another's base range (a wording change inside a passage some variants omit)
 * keeps its own anchor inside the outer one when the outer keeps the base's text; when the outer
 * is replaced, or two flags half overlap, the later flag gets an empty anchor rather than a second
 * replacement, so anchors stay laminar. Throws when the base variant's text is not given or the
 * base does not carry the story: both are programming errors, not editor input.
 */
export function initStoryReview(
  story: Story,
  variants: readonly VariantText[],
  baseVariant?: string,
): StoryReview {
  const base = baseVariant ?? defaultBaseVariant(story);
  if (!storyVariants(story).includes(base)) {
    throw new RangeError(`variant "${base}" does not carry story "${story.id}"`);
  }
  const full = variants.find((v) => v.id === base);
  if (!full) throw new RangeError(`the text of variant "${base}" was not given`);
  const storyText = variantStoryText(story, base, full.text);
  const builder = new CanonicalBuilder(storyText.text, (flag) => initialReading(flag, base));
  builder.emit(placeFlags(story, storyText, base), 0, storyText.text.length);
  const { canonical, anchors } = builder;
  // The base page's own typing of style (its heading marks, its punctuation width) is not the
  // canonical's: the house form decides it, whichever page is the base.
  return toHouseForm({ storyId: story.id, baseVariant: base, canonical, anchors, decisions: {} });
}

/**
 * Rebuilds the canonical on another base variant (which now also wins ties) and re-applies every
 * decision's text at its flag, so no decision is lost. Hand edits made outside any flag belong to
 * the old base's text and are not carried; the UI should say so before switching.
 */
export function changeBaseVariant(
  review: StoryReview,
  story: Story,
  variants: readonly VariantText[],
  baseVariant: string,
): StoryReview {
  const fresh = initStoryReview(story, variants, baseVariant);
  return applyRecordedDecisions(fresh, Object.values(review.decisions), story);
}

/**
 * True when the canonical holds hand edits outside every flag: text that rebuilding the review from
 * its base and decisions would not give back. Changing the base or carrying the review over to a
 * new comparison loses such edits, so the UI asks first (and carry-over lists the story).
 */
export function hasEditsOutsideFlags(
  review: StoryReview,
  story: Story,
  variants: readonly VariantText[],
): boolean {
  if (
    !variants.some((v) => v.id === review.baseVariant) ||
    !storyVariants(story).includes(review.baseVariant)
  )
    return true;
  const rebuilt = applyRecordedDecisions(
    initStoryReview(story, variants, review.baseVariant),
    Object.values(review.decisions),
    story,
  );
  return rebuilt.canonical !== review.canonical;
}
