/**
 * Builds the canonical draft of a story: the base variant's text with the majority reading at
 * every flag, and one anchor per flag on the text it stands for.
 */
import type { Flag, Story, VariantText } from '../model/types';
import { foldText } from '../text/fold';
import { replaceAnchoredText } from './anchors';
import { storyVariants, toStoryOffset, variantStoryText } from './story-text';
import type { CanonicalAnchor, StoryReview } from './types';

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

interface Placement {
  readonly flag: Flag;
  readonly order: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Starts the review of a story: the canonical is the base variant's story text (its spans joined as
 * printed) with the initial reading at every flag, and an anchor per flag, in canonical order.
 * Flags whose base range overlaps an earlier flag's get an empty anchor there rather than a second
 * replacement, so anchors never overlap. Throws when the base variant's text is not given or the
 * base does not carry the story: both are programming errors, not editor input.
 */
export function initStoryReview(story: Story, variants: readonly VariantText[], baseVariant?: string): StoryReview {
  const base = baseVariant ?? defaultBaseVariant(story);
  if (!storyVariants(story).includes(base)) {
    throw new RangeError(`variant "${base}" does not carry story "${story.id}"`);
  }
  const full = variants.find((v) => v.id === base);
  if (!full) throw new RangeError(`the text of variant "${base}" was not given`);
  const storyText = variantStoryText(story, base, full.text);
  const source = storyText.text;

  // A flag the base has no reading for sits where the previous flag ended, so it stays in order.
  const placements: Placement[] = [];
  let previousEnd = 0;
  story.flags.forEach((flag, order) => {
    const reading = flag.readings.find((r) => r.variant === base);
    const start = reading ? toStoryOffset(storyText, reading.start) : null;
    const end = reading ? toStoryOffset(storyText, reading.end) : null;
    if (start !== null && end !== null && end >= start) {
      placements.push({ flag, order, start, end });
      previousEnd = end;
    } else {
      placements.push({ flag, order, start: previousEnd, end: previousEnd });
    }
  });
  placements.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);

  let canonical = '';
  let cursor = 0;
  const anchors: CanonicalAnchor[] = [];
  for (const p of placements) {
    if (p.start < cursor || (p.start === cursor && p.end < cursor)) {
      anchors.push({ flagId: p.flag.id, start: canonical.length, end: canonical.length });
      continue;
    }
    canonical += source.slice(cursor, p.start);
    const text = initialReading(p.flag, base);
    anchors.push({ flagId: p.flag.id, start: canonical.length, end: canonical.length + text.length });
    canonical += text;
    cursor = p.end;
  }
  canonical += source.slice(cursor);
  return { storyId: story.id, baseVariant: base, canonical, anchors, decisions: {} };
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
  let next = initStoryReview(story, variants, baseVariant);
  for (const decision of Object.values(review.decisions)) {
    if (!next.anchors.some((a) => a.flagId === decision.flagId)) continue;
    next = { ...next, ...replaceAnchoredText(next, decision.flagId, decision.text) };
  }
  return { ...next, decisions: { ...review.decisions } };
}
