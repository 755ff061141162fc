/**
 * Resolves what each exported story reads: the editor's canonical draft when the story has a
 * review, otherwise the base variant's own text (so an export never silently drops a story the
 * editor has not opened yet).
 */
import type { Flag, Span, Story } from '../model/types';
import type { CanonicalAnchor, Decision, StoryReview } from '../review/types';
import type { ExportOptions, ExportSource, ExportVariant } from './types';

/** A story with the review its export uses. */
export interface ResolvedStory {
  readonly story: Story;
  readonly review: StoryReview;
  /** False when the review was made up from the base variant because the editor has none. */
  readonly reviewed: boolean;
}

/** The stories an export covers, in order, each with its review. */
export function resolveStories(source: ExportSource, options: ExportOptions = {}): ResolvedStory[] {
  const byId = new Map(source.stories.map((s) => [s.id, s]));
  const chosen = options.storyIds
    ? options.storyIds.map((id) => {
        const story = byId.get(id);
        if (!story) throw new Error(`no story "${id}" in this project`);
        return story;
      })
    : source.stories;
  const reviews = new Map(source.reviews.map((r) => [r.storyId, r]));
  return chosen.map((story) => {
    const review = reviews.get(story.id);
    return review
      ? { story, review, reviewed: true }
      : { story, review: fallbackReview(story, source.variants), reviewed: false };
  });
}

/** The text a variant carries for a story: its spans in reading order, joined by a line break. */
export function variantStoryText(story: Story, variantId: string, variants: readonly ExportVariant[]): string {
  const text = variants.find((v) => v.id === variantId)?.text;
  if (text === undefined) throw new Error(`the text of variant "${variantId}" is not available`);
  return spansOf(story, variantId)
    .map((s) => text.slice(s.start, s.end))
    .join('\n');
}

/**
 * A review with no decisions whose canonical is the base variant's story text: the first variant
 * that carries the story, as the review model's default base is the first file (the wire copy).
 */
export function fallbackReview(story: Story, variants: readonly ExportVariant[]): StoryReview {
  const base = story.spans[0]?.variant ?? variants[0]?.id ?? '';
  const spans = spansOf(story, base);
  const text = variants.find((v) => v.id === base)?.text;
  if (text === undefined) {
    return { storyId: story.id, baseVariant: base, canonical: '', anchors: [], decisions: {} };
  }
  const canonical = spans.map((s) => text.slice(s.start, s.end)).join('\n');
  const anchors: CanonicalAnchor[] = [];
  for (const flag of story.flags) {
    const reading = flag.readings.find((r) => r.variant === base);
    if (!reading) continue;
    const start = toStoryOffset(spans, reading.start);
    const end = toStoryOffset(spans, reading.end);
    if (start !== null && end !== null && end >= start) anchors.push({ flagId: flag.id, start, end });
  }
  return { storyId: story.id, baseVariant: base, canonical, anchors, decisions: {} };
}

/** The decision at a flag, or undefined while it is open. */
export function decisionOf(review: StoryReview, flagId: string): Decision | undefined {
  return review.decisions[flagId];
}

/**
 * The anchors of a review that can be trusted for slicing: inside the canonical, sorted, and not
 * overlapping (a hand edit may have collapsed two; the later one is then left out).
 */
export function usableAnchors(review: StoryReview): CanonicalAnchor[] {
  const length = review.canonical.length;
  const sorted = review.anchors
    .filter((a) => a.start >= 0 && a.end >= a.start && a.end <= length)
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: CanonicalAnchor[] = [];
  let last = 0;
  for (const anchor of sorted) {
    if (anchor.start < last) continue;
    kept.push(anchor);
    last = anchor.end;
  }
  return kept;
}

/** The text the canonical carries at a flag: the decision's text, else the anchored slice, else null. */
export function finalTextOf(review: StoryReview, flag: Flag): string | null {
  const decision = decisionOf(review, flag.id);
  if (decision) return decision.text;
  const anchor = review.anchors.find((a) => a.flagId === flag.id);
  if (anchor && anchor.start >= 0 && anchor.end >= anchor.start && anchor.end <= review.canonical.length) {
    return review.canonical.slice(anchor.start, anchor.end);
  }
  return null;
}

function spansOf(story: Story, variantId: string): Span[] {
  return story.spans.filter((s) => s.variant === variantId);
}

/** Maps an offset into the variant's file to one into its joined story text (spans + "\n"). */
function toStoryOffset(spans: readonly Span[], offset: number): number | null {
  let base = 0;
  for (const span of spans) {
    if (offset >= span.start && offset <= span.end) return base + offset - span.start;
    base += span.end - span.start + 1;
  }
  return null;
}
