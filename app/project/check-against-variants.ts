/**
 * Checks a project's data against its variants' texts: the schema (project-schema.ts) says each
 * field has the right shape, this says the shapes fit the texts. A span or reading past the end of
 * its variant, a start after its end, a reading whose text is not what its variant holds at those
 * offsets, or a decision for a flag the story does not have would make an export silently wrong
 * (text cut at the wrong place, a decision applied to nothing), so exports refuse such a project.
 */
import type { ExportSource } from '../export/types';

/** One mismatch between the project and its variants, with the JSON path of the field at fault. */
export interface VariantMismatch {
  readonly path: string;
  readonly message: string;
}

/** How many mismatches are listed before the rest are only counted (a damaged file can hold thousands). */
const MAX_LISTED = 50;

/**
 * Every mismatch (up to MAX_LISTED) between the stories, flags and reviews of `source` and its
 * variants. A variant without a text (not embedded, file not read) is checked for existence and
 * start ≤ end only. Returns the mismatches and the total found.
 */
export function checkAgainstVariants(source: ExportSource): { readonly mismatches: readonly VariantMismatch[]; readonly total: number } {
  const mismatches: VariantMismatch[] = [];
  let total = 0;
  const report = (path: string, message: string): void => {
    total++;
    if (mismatches.length < MAX_LISTED) mismatches.push({ path, message });
  };
  const texts = new Map(source.variants.map((v) => [v.id, v.text]));
  /** Checks a range of one variant; returns the text there when it can be known. */
  const range = (path: string, variant: string, start: number, end: number): string | undefined => {
    if (!texts.has(variant)) {
      report(path, `names variant "${variant}", which the project does not list`);
      return undefined;
    }
    if (start > end) {
      report(path, `starts at ${start}, after its end ${end}`);
      return undefined;
    }
    const text = texts.get(variant);
    if (text === undefined) return undefined;
    if (start < 0 || end > text.length) {
      report(path, `${start}–${end} lies outside variant ${variant}, which is ${text.length} characters long`);
      return undefined;
    }
    return text.slice(start, end);
  };
  const flagsByStory = new Map<string, Set<string>>();
  source.stories.forEach((story, s) => {
    story.spans.forEach((span, k) => void range(`result.stories[${s}].spans[${k}]`, span.variant, span.start, span.end));
    flagsByStory.set(story.id, new Set(story.flags.map((f) => f.id)));
    story.flags.forEach((flag, f) => {
      flag.readings.forEach((reading, r) => {
        const path = `result.stories[${s}].flags[${f}].readings[${r}]`;
        const actual = range(path, reading.variant, reading.start, reading.end);
        if (actual !== undefined && actual !== reading.text) {
          report(path, `reads ${quote(reading.text)} but variant ${reading.variant} has ${quote(actual)} at ${reading.start}–${reading.end}`);
        }
      });
    });
  });
  for (const review of source.reviews) {
    const path = `reviews.${review.storyId}`;
    const flags = flagsByStory.get(review.storyId);
    if (!flags) {
      report(path, `reviews story "${review.storyId}", which the comparison does not contain`);
      continue;
    }
    if (!texts.has(review.baseVariant)) report(`${path}.baseVariant`, `names variant "${review.baseVariant}", which the project does not list`);
    for (const flagId of Object.keys(review.decisions)) {
      if (!flags.has(flagId)) report(`${path}.decisions.${flagId}`, `decides flag "${flagId}", which story ${review.storyId} does not have`);
    }
    review.anchors.forEach((anchor, a) => {
      if (!flags.has(anchor.flagId)) report(`${path}.anchors[${a}]`, `anchors flag "${anchor.flagId}", which story ${review.storyId} does not have`);
    });
  }
  return { mismatches, total };
}

/** A reading as quoted in a message: JSON-escaped and cut to a readable length. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}…` : text);
}
