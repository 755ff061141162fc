/**
 * Checks a project's data against its variants' texts: the schema (project-schema.ts) says each
 * field has the right shape, this says the shapes fit the texts. A span or reading past the end of
 * its variant, a start after its end, a reading whose text is not what its variant holds at those
 * offsets, or a decision for a flag the story does not have would make an export silently wrong
 * (text cut at the wrong place, a decision applied to nothing), so exports refuse such a project.
 */
import type { ExportSource } from '../export/types';

/** What kind of mismatch was found: the window says it in the UI language from this and `params`. */
export type MismatchCode =
  | 'unknown-variant'
  | 'start-after-end'
  | 'outside-variant'
  | 'reading-differs'
  | 'unknown-story'
  | 'unknown-flag-decided'
  | 'unknown-flag-anchored';

/**
 * One mismatch between the project and its variants, with the JSON path of the field at fault:
 * `message` in English (the CLI's stderr), `code` and `params` for a message in another language.
 */
export interface VariantMismatch {
  readonly path: string;
  readonly message: string;
  readonly code: MismatchCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** How many mismatches are listed before the rest are only counted (a damaged file can hold thousands). */
const MAX_LISTED = 50;

/**
 * Every mismatch (up to MAX_LISTED) between the stories, flags and reviews of `source` and its
 * variants. A variant without a text (not embedded, file not read) is checked for existence and
 * start ≤ end only. Returns the mismatches and the total found.
 */
export function checkAgainstVariants(source: ExportSource): {
  readonly mismatches: readonly VariantMismatch[];
  readonly total: number;
} {
  const check = new MismatchList(source.variants);
  const flagsByStory = checkStories(source.stories, check);
  checkReviews(source.reviews, flagsByStory, check);
  return { mismatches: check.mismatches, total: check.total };
}

/** The mismatches found (the first MAX_LISTED listed, all counted), and the ranges they are found in. */
class MismatchList {
  readonly mismatches: VariantMismatch[] = [];
  total = 0;
  private readonly texts: ReadonlyMap<string, string | undefined>;

  constructor(variants: ExportSource['variants']) {
    this.texts = new Map(variants.map((v) => [v.id, v.text]));
  }

  /** True when the project lists variant `id`. */
  hasVariant(id: string): boolean {
    return this.texts.has(id);
  }

  /** Counts a mismatch at `path`, and lists it while fewer than MAX_LISTED are. */
  report(
    path: string,
    code: MismatchCode,
    params: Readonly<Record<string, string | number>>,
  ): void {
    this.total++;
    if (this.mismatches.length < MAX_LISTED)
      this.mismatches.push({ path, message: englishMessage(code, params), code, params });
  }

  /** Checks a range of one variant; returns the text there when it can be known. */
  range(path: string, variant: string, start: number, end: number): string | undefined {
    if (!this.texts.has(variant)) {
      this.report(path, 'unknown-variant', { variant });
      return undefined;
    }
    if (start > end) {
      this.report(path, 'start-after-end', { start, end });
      return undefined;
    }
    const text = this.texts.get(variant);
    if (text === undefined) return undefined;
    if (start < 0 || end > text.length) {
      this.report(path, 'outside-variant', { start, end, variant, length: text.length });
      return undefined;
    }
    return text.slice(start, end);
  }
}

/** Checks every story's spans and readings; returns each story's flag ids, for the reviews. */
function checkStories(
  stories: ExportSource['stories'],
  check: MismatchList,
): Map<string, Set<string>> {
  const flagsByStory = new Map<string, Set<string>>();
  stories.forEach((story, s) => {
    story.spans.forEach(
      (span, k) =>
        void check.range(`result.stories[${s}].spans[${k}]`, span.variant, span.start, span.end),
    );
    flagsByStory.set(story.id, new Set(story.flags.map((f) => f.id)));
    story.flags.forEach((flag, f) => {
      flag.readings.forEach((reading, r) => {
        const path = `result.stories[${s}].flags[${f}].readings[${r}]`;
        const actual = check.range(path, reading.variant, reading.start, reading.end);
        if (actual !== undefined && actual !== reading.text) {
          check.report(path, 'reading-differs', {
            reading: quote(reading.text),
            variant: reading.variant,
            actual: quote(actual),
            start: reading.start,
            end: reading.end,
          });
        }
      });
    });
  });
  return flagsByStory;
}

/** Checks that each review is of a story there is, on a listed base, deciding and anchoring its flags. */
function checkReviews(
  reviews: ExportSource['reviews'],
  flagsByStory: ReadonlyMap<string, ReadonlySet<string>>,
  check: MismatchList,
): void {
  for (const review of reviews) {
    const path = `reviews.${review.storyId}`;
    const flags = flagsByStory.get(review.storyId);
    if (!flags) {
      check.report(path, 'unknown-story', { story: review.storyId });
      continue;
    }
    if (!check.hasVariant(review.baseVariant))
      check.report(`${path}.baseVariant`, 'unknown-variant', { variant: review.baseVariant });
    for (const flagId of Object.keys(review.decisions)) {
      if (!flags.has(flagId))
        check.report(`${path}.decisions.${flagId}`, 'unknown-flag-decided', {
          flag: flagId,
          story: review.storyId,
        });
    }
    review.anchors.forEach((anchor, a) => {
      if (!flags.has(anchor.flagId))
        check.report(`${path}.anchors[${a}]`, 'unknown-flag-anchored', {
          flag: anchor.flagId,
          story: review.storyId,
        });
    });
  }
}

/** The English text of a mismatch (the CLI prints it; the window translates the code instead). */
function englishMessage(code: MismatchCode, p: Readonly<Record<string, string | number>>): string {
  switch (code) {
    case 'unknown-variant':
      return `names variant "${p.variant}", which the project does not list`;
    case 'start-after-end':
      return `starts at ${p.start}, after its end ${p.end}`;
    case 'outside-variant':
      return `${p.start}–${p.end} lies outside variant ${p.variant}, which is ${p.length} characters long`;
    case 'reading-differs':
      return `reads ${p.reading} but variant ${p.variant} has ${p.actual} at ${p.start}–${p.end}`;
    case 'unknown-story':
      return `reviews story "${p.story}", which the comparison does not contain`;
    case 'unknown-flag-decided':
      return `decides flag "${p.flag}", which story ${p.story} does not have`;
    case 'unknown-flag-anchored':
      return `anchors flag "${p.flag}", which story ${p.story} does not have`;
  }
}

/** A reading as quoted in a message: JSON-escaped and cut to a readable length. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}…` : text);
}
