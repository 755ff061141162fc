/**
 * Finds the stories that several variants share. This is the interface the compare pipeline calls;
 * until the story finder (segmentation and matching) lands, each file is one story.
 */
import type { Span, UniqueStory, VariantText } from '../model/types';

/** A story located in the variants, not yet aligned. */
export interface StoryLocation {
  readonly id: string;
  readonly title: string;
  /** Ranges per variant in reading order; several for one variant when the story is split. */
  readonly spans: readonly Span[];
  /** Variants that do not carry the story. */
  readonly missing: readonly string[];
}

/** What the finder returns: stories shared by two or more variants, and those found in one only. */
export interface StoryFinding {
  readonly shared: readonly StoryLocation[];
  readonly unique: readonly UniqueStory[];
}

/** Locates the shared stories of the variants. */
export function findStories(variants: readonly VariantText[]): StoryFinding {
  const spans = variants.map((v) => ({ variant: v.id, start: 0, end: v.text.length }));
  const title = firstLine(variants[0]?.text ?? '');
  return { shared: [{ id: 's1', title, spans, missing: [] }], unique: [] };
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '';
  return line.replace(/^[#\s]+/, '').trim().slice(0, 80);
}
