/**
 * The schema of a version 1 project file, field by field, and the checks that span fields: review
 * keys match story ids, anchors lie inside their canonical, decisions agree with the canonical.
 * The project's own types (types.ts) are inferred from these schemas; the comparison and the
 * reviews keep their hand-written types (app/model/types.ts, app/review/types.ts), and their
 * schemas are held to them: a schema that accepted something those types do not describe would
 * not compile.
 */
import { CATEGORIES, type CompareResult, type StyleKind } from '../model/types';
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
} from '../model/schema';
import { deskRulesSchema } from '../review/desk-rules';
import { reviewIssues } from '../review/invariants';
import type { StoryReview } from '../review/types';

/** The value of `format` in every project file. */
export const PROJECT_FORMAT = 'variorum-project';

/** The schema version this build writes; it reads this and every older version. */
export const PROJECT_VERSION = 1;

/** Every style kind a style note may name; a kind added to StyleKind and not here fails to compile. */
export const STYLE_KINDS = [
  'half-width-punctuation',
  'full-width-punctuation',
  'full-width-digits',
  'full-width-latin',
  'quote-style',
  'line-wrap',
  'whitespace',
  'heading-marks',
  'cjk-spacing',
  'continuation-marks',
  'traditional-script',
] as const satisfies readonly StyleKind[];
const _everyStyleKind: Exclude<StyleKind, (typeof STYLE_KINDS)[number]> extends never
  ? true
  : never = true;
void _everyStyleKind;

const span = objectOf({ variant: str, start: count, end: count });
const reading = objectOf({ variant: str, start: count, end: count, text: str });

const flag = objectOf(
  { id: str, category: oneOf(...CATEGORIES), readings: arrayOf(reading), majority: strOrNull },
  {
    kind: oneOf('change', 'swap', 'move', 'truncation'),
    numbers: objectOf({
      differ: oneOf('value', 'form'),
      values: arrayOf(objectOf({ variant: str, value: numberOrNull })),
    }),
    note: str,
    rule: str,
    why: str,
  },
);

const story = objectOf(
  { id: str, title: str, spans: arrayOf(span), flags: arrayOf(flag) },
  { missing: arrayOf(str) },
);

/** The CompareResult embedded in a project. */
const compareResultSchema: Schema<CompareResult> = objectOf(
  {
    version: oneOf(1),
    variants: arrayOf(objectOf({ id: str, path: str, name: str, encoding: str, length: count })),
    stories: arrayOf(story),
    styleNotes: arrayOf(
      objectOf({ variant: str, kind: oneOf(...STYLE_KINDS), count: count, message: str }),
    ),
  },
  { unique: arrayOf(objectOf({ id: str, title: str, spans: arrayOf(span) })) },
);

const decision = objectOf(
  {
    flagId: str,
    status: oneOf('accepted', 'rejected', 'picked', 'edited'),
    text: str,
    editor: str,
    at: str,
  },
  { variant: str, note: str },
);

/** One StoryReview. */
const storyReviewSchema: Schema<StoryReview> = objectOf({
  storyId: str,
  baseVariant: str,
  canonical: str,
  anchors: arrayOf(objectOf({ flagId: str, start: count, end: count })),
  decisions: recordOf(decision),
});

/**
 * A variant as the project remembers it: id, path, name, encoding, the hex SHA-256 of the file's
 * bytes when it was opened, its size in bytes, and (optionally) an embedded copy of the decoded
 * text, so the project opens even when the file is gone.
 */
export const projectVariantSchema = objectOf(
  { id: str, path: str, name: str, encoding: str, sha256: str, size: count },
  { text: str },
);

/** The Chinese house style applied on export. */
const houseStyleSchema = objectOf({ fullWidthPunctuation: bool, removeCjkSpacing: bool });

/**
 * The editor's settings kept with the project: who decides (written into every decision and the
 * redline's tracked changes), the base variant chosen for each story by story id (absent: the
 * default base), the house style, line endings, and whether to advance to the next open flag
 * after a decision.
 */
const projectSettingsSchema = objectOf(
  { editorName: str, baseVariants: recordOf(str) },
  { houseStyle: houseStyleSchema, lineEnding: oneOf('lf', 'crlf'), autoAdvance: bool },
);

/**
 * The shape of a whole version 1 project: when it was saved (ISO 8601), an optional title (the
 * title bar, export file names), the variants, the settings, the comparison the reviews refer to,
 * the review of each story the editor opened, by story id, and (optionally: files written before
 * them have none) the desk rules the comparison was made with (app/review/desk-rules.ts).
 */
export const projectSchema = objectOf(
  {
    format: oneOf(PROJECT_FORMAT),
    version: oneOf(PROJECT_VERSION),
    savedAt: str,
    variants: arrayOf(projectVariantSchema),
    settings: projectSettingsSchema,
    result: compareResultSchema,
    reviews: recordOf(storyReviewSchema),
  },
  { title: str, deskRules: deskRulesSchema },
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
    if (review.storyId !== key) {
      return {
        path: `${path}.storyId`,
        message: `is "${review.storyId}" but the review is filed under "${key}"`,
      };
    }
    if (!storyIds.has(key)) {
      return { path, message: `reviews story "${key}", which the comparison does not contain` };
    }
    const problem = reviewIssues(review).find((i) => i.kind === 'bounds' || i.kind === 'duplicate');
    if (problem !== undefined) return { path: `${path}.anchors`, message: problem.message };
  }
  return null;
}
