/**
 * Proper-noun evidence for one reading in its context, as rows: each says what kind of name the
 * reading lies in (a title of a work, a person after a title, a place before its suffix, a name
 * the story prints again…). rules-name.ts turns each row into a site rule over the readings that
 * may vouch for a name; `nameEvidence` runs them all for a word an insertion joins. The rows are
 * in name-rows-person.ts and name-rows-place.ts, their shape in name-row.ts.
 */
import type { StoryContext } from './context';
import type { ReadingRule } from './name-row';
import { PERSON_ROWS } from './name-rows-person';
import { PLACE_ROWS } from './name-rows-place';
import { FUNCTION_CHARS, type ReadingInContext } from './names';
import { precedenceOf } from './precedence';

export type { ReadingRule } from './name-row';

/** Every reading row, in no particular order (precedence.ts orders them). */
export const READING_RULES: readonly ReadingRule[] = [...PERSON_ROWS, ...PLACE_ROWS];

/** The reading rows in precedence order. */
export const ORDERED_READING_RULES: readonly ReadingRule[] = [...READING_RULES].sort(
  (a, b) => precedenceOf(a.id) - precedenceOf(b.id),
);

/** True when the rule may judge this reading (content rules skip empty and function-word readings). */
export function mayJudge(rule: ReadingRule, r: ReadingInContext): boolean {
  return !rule.content || (r.text.length > 0 && !FUNCTION_CHARS.test(r.text));
}

/** The id of the first reading row (in precedence order) that finds the reading in a name, or null. */
export function nameEvidence(reading: ReadingInContext, story: StoryContext): string | null {
  for (const rule of ORDERED_READING_RULES)
    if (mayJudge(rule, reading) && rule.test(reading, story)) return rule.id;
  return null;
}
