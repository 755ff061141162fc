/**
 * Resolves what each exported story reads: the editor's canonical draft when the story has a
 * review, otherwise the base variant's own text (so an export never silently drops a story the
 * editor has not opened yet).
 */
import type { Flag, Span, Story, VariantText } from '../model/types';
import { defaultBaseVariant, initStoryReview } from '../review/canonical';
import { storyVariants } from '../review/story-text';
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
      : {
          story,
          review: fallbackReview(story, source.variants, source.baseVariants?.[story.id]),
          reviewed: false,
        };
  });
}

/** The text a variant carries for a story: its spans in reading order, joined by a line break. */
export function variantStoryText(
  story: Story,
  variantId: string,
  variants: readonly ExportVariant[],
): string {
  const text = variants.find((v) => v.id === variantId)?.text;
  if (text === undefined) throw new Error(`the text of variant "${variantId}" is not available`);
  return spansOf(story, variantId)
    .map((s) => text.slice(s.start, s.end))
    .join('\n');
}

/**
 * The review a story starts with when the editor has not opened it: app/review's majority
 * canonical on its default base, so an export matches what the editor would see on opening the
 * story (or on the base the editor chose for it). When that base's text is unavailable, another variant that carries the story is the
 * base; with no text at all the canonical is empty (there is nothing honest to write).
 */
export function fallbackReview(
  story: Story,
  variants: readonly ExportVariant[],
  chosenBase?: string,
): StoryReview {
  const withText: VariantText[] = variants.flatMap((v) =>
    v.text === undefined
      ? []
      : [{ id: v.id, name: v.name, path: v.path ?? v.name, encoding: 'utf-8', text: v.text }],
  );
  const carriers = storyVariants(story);
  const preferred =
    chosenBase && carriers.includes(chosenBase) ? chosenBase : defaultBaseVariant(story);
  const base = withText.some((v) => v.id === preferred)
    ? preferred
    : carriers.find((id) => withText.some((v) => v.id === id));
  if (base === undefined) {
    return { storyId: story.id, baseVariant: preferred, canonical: '', anchors: [], decisions: {} };
  }
  return initStoryReview(story, withText, base);
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
  if (
    anchor &&
    anchor.start >= 0 &&
    anchor.end >= anchor.start &&
    anchor.end <= review.canonical.length
  ) {
    return review.canonical.slice(anchor.start, anchor.end);
  }
  return null;
}

function spansOf(story: Story, variantId: string): Span[] {
  return story.spans.filter((s) => s.variant === variantId);
}
