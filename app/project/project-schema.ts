/**
 * The schema of a version 1 project file, field by field, and the checks that span fields: review
 * keys match story ids, anchors lie inside their canonical, decisions agree with the canonical.
 */
import { CATEGORIES } from '../model/types';
import { reviewIssues } from '../review/invariants';
import type { StoryReview } from '../review/types';
import {
  arrayOf,
  bool,
  count,
  isObject,
  numberOrNull,
  objectOf,
  oneOf,
  recordOf,
  str,
  strOrNull,
  type Schema,
  type SchemaIssue,
} from './schema-check';
import { PROJECT_FORMAT, PROJECT_VERSION } from './types';

const span = objectOf({ variant: str, start: count, end: count });
const reading = objectOf({ variant: str, start: count, end: count, text: str });

const flag = objectOf(
  { id: str, category: oneOf(...CATEGORIES), readings: arrayOf(reading), majority: strOrNull },
  {
    kind: oneOf('change', 'swap', 'move', 'truncation'),
    numbers: objectOf({ differ: oneOf('value', 'form'), values: arrayOf(objectOf({ variant: str, value: numberOrNull })) }),
    note: str,
    rule: str,
    why: str,
  },
);

const story = objectOf({ id: str, title: str, spans: arrayOf(span), flags: arrayOf(flag) }, { missing: arrayOf(str) });

/** The CompareResult embedded in a project. */
export const compareResultSchema: Schema = objectOf(
  {
    version: oneOf(1),
    variants: arrayOf(objectOf({ id: str, path: str, name: str, encoding: str, length: count })),
    stories: arrayOf(story),
    styleNotes: arrayOf(objectOf({ variant: str, kind: str, count: count, message: str })),
  },
  { unique: arrayOf(objectOf({ id: str, title: str, spans: arrayOf(span) })) },
);

const decision = objectOf(
  { flagId: str, status: oneOf('accepted', 'rejected', 'picked', 'edited'), text: str, editor: str, at: str },
  { variant: str, note: str },
);

/** One StoryReview. */
export const storyReviewSchema: Schema = objectOf({
  storyId: str,
  baseVariant: str,
  canonical: str,
  anchors: arrayOf(objectOf({ flagId: str, start: count, end: count })),
  decisions: recordOf(decision),
});

const projectVariant = objectOf(
  { id: str, path: str, name: str, encoding: str, sha256: str, size: count },
  { text: str },
);

const settings = objectOf(
  { editorName: str, baseVariants: recordOf(str) },
  {
    houseStyle: objectOf({ fullWidthPunctuation: bool, removeCjkSpacing: bool }),
    lineEnding: oneOf('lf', 'crlf'),
    autoAdvance: bool,
  },
);

/** The shape of a whole version 1 project. */
export const projectSchema: Schema = objectOf(
  {
    format: oneOf(PROJECT_FORMAT),
    version: oneOf(PROJECT_VERSION),
    savedAt: str,
    variants: arrayOf(projectVariant),
    settings,
    result: compareResultSchema,
    reviews: recordOf(storyReviewSchema),
  },
  { title: str },
);

/**
 * Checks what the shape cannot: every review is filed under its own story id and names a story of
 * the result, and its anchors lie inside its canonical, one per flag. (Anchors out of order and
 * decisions that disagree with the canonical are repaired on load instead: see repair-review.ts.)
 * Assumes `value` passed `projectSchema`.
 */
export function crossCheckProject(value: Record<string, unknown>): SchemaIssue | null {
  const result = value['result'];
  const reviews = value['reviews'];
  if (!isObject(result) || !isObject(reviews)) return null;
  const storyIds = new Set((result['stories'] as readonly { id: string }[]).map((s) => s.id));
  for (const [key, raw] of Object.entries(reviews)) {
    const review = raw as StoryReview;
    const path = `reviews.${key}`;
    if (review.storyId !== key) return { path: `${path}.storyId`, message: `is "${review.storyId}" but the review is filed under "${key}"` };
    if (!storyIds.has(key)) return { path, message: `reviews story "${key}", which the comparison does not contain` };
    const problem = reviewIssues(review).find((i) => i.kind === 'bounds' || i.kind === 'duplicate');
    if (problem !== undefined) return { path: `${path}.anchors`, message: problem.message };
  }
  return null;
}
