/**
 * Bylines and datelines, the story's furniture: missing whole, or missing a role word or a name,
 * they are omissions (DESIGN.md: a byline is no sentence, but its loss is a loss of text).
 */
import { HAN, hanRegExp, hanRun } from '../lexicon/characters';
import { AGENCIES, alternation, BYLINE_ROLES, WIRE_SERVICES } from '../lexicon/newsroom';
import type { ReadingInContext } from './names';
import { SURNAMES } from './person-names';

/**
 * A whole byline in brackets ((记者何明轩 苏雨晴), (通讯员 梁晨)) or a whole dateline (新华社南昌4月8日电,
 * 本报北京5月6日讯): a unit of the story's furniture, so missing it is an omission however short.
 */
const AGENCY = alternation(AGENCIES);
const ROLE = alternation(BYLINE_ROLES);
const WIRE = `[(（](?:${alternation(WIRE_SERVICES)})[)）]`;
const WIRE_CREDIT = new RegExp(WIRE);
const BYLINE_UNIT = new RegExp(`^（(?:${AGENCY}|特约)?(?:${ROLE}|文|图|文/图)[^（）]{2,40}）$`);
// The place may be left out (据新华社电, 本报讯).
const DATELINE_UNIT = hanRegExp(
  `^据?(?:${AGENCY})(?:[${HAN}]{2,6})?(?:\\d{1,2}月\\d{1,2}日)?(?:电|讯)$`,
);

/**
 * An English wire dateline or its credit: BOSTON (AP) —, WICHITA, Kan. (AP) —, or (AP) alone.
 * Folding turns the brackets and the dash full-width, so both forms are read.
 */
const ENGLISH_DATELINE = new RegExp(
  `^(?:[A-Z][A-Z.'’ -]*[A-Z.](?:,[A-Z][A-Za-z.]*)*)?(?:${WIRE})?(?:—+|–+|-{1,2})?$`,
);

/** What a bracketed byline opens with: an agency or 特约, then a role word. */
const BYLINE_OPENING = new RegExp(`^(?:${AGENCY}|特约)?(?:${ROLE})`);

/** True when the text is a whole bracketed byline or a whole dateline, Chinese or English. */
export function isBylineOrDateline(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (BYLINE_UNIT.test(compact) || DATELINE_UNIT.test(compact)) return true;
  // An English dateline needs its wire credit or its dash: a capitalised word alone is a name.
  // A dash alone (10—12 against 10至12) is no dateline: the dash must follow a place.
  return (
    (WIRE_CREDIT.test(compact) || /[A-Z.][—–]+$/.test(compact)) && ENGLISH_DATELINE.test(compact)
  );
}

/** Nothing but Han characters and spaces. */
const HAN_OR_SPACE_RUN = hanRegExp(String.raw`^[${HAN} ]+$`);

/**
 * The reading is whole words of a byline: a role word or a name inside a bracketed Chinese byline
 * ((记者 吴某 陈某) without 记者 or a name), or a name after By in an English byline line (By A
 * and B). Part of the story's furniture is missing, an omission as a whole byline is; a changed
 * name in it stays a name flag, since neither side is then empty.
 */
export function missingFromByline(r: ReadingInContext): boolean {
  const text = r.text.trim();
  const line = r.before.slice(r.before.lastIndexOf('\n') + 1);
  if (
    /^By [A-Z]/.test(line) &&
    /^(?:and |& )?[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*)*$/.test(text)
  )
    return true;
  const open = r.before.lastIndexOf('（');
  if (open < 0 || r.before.indexOf('）', open) >= 0 || !HAN_OR_SPACE_RUN.test(text)) return false;
  const close = r.after.indexOf('）');
  // A byline holds names only: a colon or a sentence mark makes it a note ((记者注：…)).
  if (close < 0 || /[（。！？，：；]/.test(r.after.slice(0, close) + r.before.slice(open + 1)))
    return false;
  const inside = r.before.slice(open + 1) + r.text + r.after.slice(0, close);
  if (!BYLINE_OPENING.test(inside.replace(/\s/g, ''))) return false;
  // Folding drops the spaces between the names, so whole words are a role word, or the last name
  // (two or three characters from a surname) right before the closing bracket.
  if (BYLINE_ROLES.includes(text)) return true;
  return (
    close === 0 &&
    hanRun(text, 2, 3) &&
    SURNAMES.has(text[0] as string) &&
    r.before.length - open > 1
  );
}
