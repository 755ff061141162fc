/**
 * Builds the canonical draft of a story: the base variant's text with the majority reading at
 * every flag, and one anchor per flag on the text it stands for.
 */
import type { Flag, Reading, Story, VariantText } from '../model/types';
import { foldText } from '../text/fold';
import { applyRecordedDecisions } from './apply-decision';
import { toHouseForm } from './house-form';
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
  // By start; at one offset an insertion point (empty range) comes before text starting there, and
  // an outer range before the ranges it contains (longest first); then in flag order.
  const isEmpty = (p: Placement): number => (p.end === p.start ? 0 : 1);
  placements.sort(
    (a, b) => a.start - b.start || isEmpty(a) - isEmpty(b) || b.end - a.end || a.order - b.order,
  );

  let canonical = '';
  const anchors: CanonicalAnchor[] = [];
  const emptyAnchor = (flag: Flag): void => {
    anchors.push({ flagId: flag.id, start: canonical.length, end: canonical.length });
  };
  /** The reading that supplies `chosen` at a flag (a variant that reads exactly it), if any. */
  const sourceOf = (flag: Flag, chosen: string): Reading | undefined =>
    flag.readings.find((r) => r.text === chosen && r.end - r.start === chosen.length);
  /** True when the flag's reading in `outer`'s variant lies within `outer` (an empty one strictly). */
  const nestedIn = (flag: Flag, outer: Reading): boolean => {
    const r = flag.readings.find((x) => x.variant === outer.variant);
    if (!r) return false;
    return r.start === r.end
      ? r.start > outer.start && r.end < outer.end
      : r.start >= outer.start && r.end <= outer.end;
  };
  /**
   * Anchors the children of a flag replaced by `chosen`: where the variant that reads `chosen` has
   * them inside its reading of the flag, at the same place in the new text; otherwise empty after it.
   */
  const anchorChildren = (
    outer: Placement,
    chosen: string,
    start: number,
    children: readonly Placement[],
  ): void => {
    const source = sourceOf(outer.flag, chosen);
    let last = start;
    for (const child of children) {
      const r = source ? child.flag.readings.find((x) => x.variant === source.variant) : undefined;
      if (
        source &&
        r &&
        r.start >= source.start &&
        r.end <= source.end &&
        start + (r.start - source.start) >= last
      ) {
        const childStart = start + (r.start - source.start);
        anchors.push({
          flagId: child.flag.id,
          start: childStart,
          end: childStart + (r.end - r.start),
        });
        last = childStart;
      } else {
        anchors.push({
          flagId: child.flag.id,
          start: start + chosen.length,
          end: start + chosen.length,
        });
        last = start + chosen.length;
      }
    }
  };
  /** Emits source[from, to) with the flags of `list` (sorted, starting in that range) applied. */
  const emit = (list: readonly Placement[], from: number, to: number): void => {
    const queue = [...list];
    let cursor = from;
    while (queue.length > 0) {
      const p = queue.shift() as Placement;
      if (p.start < cursor || p.end > to) {
        emptyAnchor(p.flag);
        continue;
      }
      canonical += source.slice(cursor, p.start);
      cursor = p.end;
      const chosen = initialReading(p.flag, base);
      const start = canonical.length;
      if (p.end === p.start) {
        // An insertion point, e.g. a passage the base omits. The insertion points at the same offset
        // that a variant carrying the passage has inside it are its nested flags: placed inside the
        // passage when it goes in, left empty (nothing inserted) when it stays out.
        canonical += chosen;
        anchors.push({ flagId: p.flag.id, start, end: canonical.length });
        const outer =
          chosen === ''
            ? [...p.flag.readings].sort((a, b) => b.end - b.start - (a.end - a.start))[0]
            : sourceOf(p.flag, chosen);
        if (!outer || outer.end === outer.start) continue;
        const nested: Placement[] = [];
        while (
          queue[0] &&
          queue[0].start === p.start &&
          queue[0].end === p.start &&
          nestedIn(queue[0].flag, outer)
        ) {
          nested.push(queue.shift() as Placement);
        }
        if (chosen === '') for (const child of nested) emptyAnchor(child.flag);
        else anchorChildren(p, chosen, start, nested);
        continue;
      }
      // Children: the flags that start inside p (insertion points at p's start sort before it).
      const children: Placement[] = [];
      while (queue[0] && queue[0].start < p.end) children.push(queue.shift() as Placement);
      if (children.length > 0 && chosen === source.slice(p.start, p.end)) {
        const index = anchors.length;
        anchors.push({ flagId: p.flag.id, start, end: start });
        emit(children, p.start, p.end);
        anchors[index] = { flagId: p.flag.id, start, end: canonical.length };
      } else {
        canonical += chosen;
        anchors.push({ flagId: p.flag.id, start, end: canonical.length });
        anchorChildren(p, chosen, start, children);
      }
    }
    canonical += source.slice(cursor, to);
  };
  emit(placements, 0, source.length);
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
