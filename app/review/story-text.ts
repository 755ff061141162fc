/**
 * A variant's text of one story: its spans in reading order joined by a line break, and the map
 * from offsets in the variant's file to offsets in that joined text. The export's fallback review
 * joins spans the same way, so a story looks the same whether or not the editor opened it.
 */
import type { Span, Story } from '../model/types';

/** What separates two spans of a split story (a story continued on another page) in its text. */
export const SPAN_JOINER = '\n';

/** One variant's text of a story and where each of its spans landed. */
export interface VariantStoryText {
  readonly variant: string;
  readonly text: string;
  readonly spans: readonly Span[];
}

/** The ids of the variants that carry a story, in order of first appearance in its spans. */
export function storyVariants(story: Story): string[] {
  const ids: string[] = [];
  for (const span of story.spans) if (!ids.includes(span.variant)) ids.push(span.variant);
  return ids;
}

/** Joins a variant's spans of the story (as printed) into one text. */
export function variantStoryText(
  story: Story,
  variantId: string,
  fullText: string,
): VariantStoryText {
  const spans = story.spans.filter((s) => s.variant === variantId);
  return {
    variant: variantId,
    text: spans.map((s) => fullText.slice(s.start, s.end)).join(SPAN_JOINER),
    spans,
  };
}

/**
 * Maps an offset into the variant's file to one into its story text, or null when it lies outside
 * every span. An offset on the boundary of two spans maps to the end of the first.
 */
export function toStoryOffset(storyText: VariantStoryText, offset: number): number | null {
  let base = 0;
  for (const span of storyText.spans) {
    if (offset >= span.start && offset <= span.end) return base + offset - span.start;
    base += span.end - span.start + SPAN_JOINER.length;
  }
  return null;
}
