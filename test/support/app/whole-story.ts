/**
 * Flags of whole texts collated as one story, for the alignment tests that feed their own short
 * texts straight to collateStory (no story finding: each text is one witness over its whole length).
 */
import { collateStory } from '../../../app/compare';
import type { Flag, VariantText } from '../../../app/model/types';

/** The i-th test variant (v1, v2, …) holding `text`. */
function variant(i: number, text: string): VariantText {
  return { id: `v${i + 1}`, path: `v${i + 1}.txt`, name: `v${i + 1}.txt`, encoding: 'utf-8', text };
}

/** The flags of `texts` collated as one story over the whole of each. */
export function wholeStoryFlags(texts: readonly string[]): readonly Flag[] {
  const variants = texts.map((t, i) => variant(i, t));
  const spans = variants.map((v) => ({ variant: v.id, start: 0, end: v.text.length }));
  return collateStory(variants, { id: 's1', title: 'whole', spans, missing: [] }).story.flags;
}
