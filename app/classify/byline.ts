/**
 * Bylines and datelines, the story's furniture: missing whole, or missing a role word or a name,
 * they are omissions (DESIGN.md: a byline is no sentence, but its loss is a loss of text).
 */
import { hanRun } from '../lexicon/characters';
import type { ReadingInContext } from './names';
import { SURNAMES } from './person-names';

/**
 * A whole byline in brackets ((记者何明轩 苏雨晴), (通讯员 梁晨)) or a whole dateline (新华社南昌4月8日电,
 * 本报北京5月6日讯): a unit of the story's furniture, so missing it is an omission however short.
 */
const BYLINE_UNIT = /^（(?:本报|新华社|中新社|特约)?(?:记者|通讯员|实习生|见习记者|摄影|文|图|文\/图)[^（）]{2,40}）$/;
// The place may be left out (据新华社电, 本报讯).
const DATELINE_UNIT = /^据?(?:新华社|中新社|中新网|本报|人民网)(?:[\u4e00-\u9fff]{2,6})?(?:\d{1,2}月\d{1,2}日)?(?:电|讯)$/;

/**
 * An English wire dateline or its credit: BOSTON (AP) —, WICHITA, Kan. (AP) —, or (AP) alone.
 * Folding turns the brackets and the dash full-width, so both forms are read.
 */
const ENGLISH_DATELINE = /^(?:[A-Z][A-Z.'’ -]*[A-Z.](?:,[A-Z][A-Za-z.]*)*)?(?:[(（](?:AP|Reuters|AFP|UPI)[)）])?(?:—+|–+|-{1,2})?$/;

/** True when the text is a whole bracketed byline or a whole dateline, Chinese or English. */
export function isBylineOrDateline(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (BYLINE_UNIT.test(compact) || DATELINE_UNIT.test(compact)) return true;
  // An English dateline needs its wire credit or its dash: a capitalised word alone is a name.
  return /[(（](?:AP|Reuters|AFP|UPI)[)）]|[—–]$/.test(compact) && ENGLISH_DATELINE.test(compact);
}

/**
 * The reading is whole words of a byline: a role word or a name inside a bracketed Chinese byline
 * ((记者 吴某 陈某) without 记者 or a name), or a name after By in an English byline line (By A
 * and B). Part of the story's furniture is missing, an omission as a whole byline is; a changed
 * name in it stays a name flag, since neither side is then empty.
 */
export function missingFromByline(r: ReadingInContext): boolean {
  const text = r.text.trim();
  const line = r.before.slice(r.before.lastIndexOf('\n') + 1);
  if (/^By [A-Z]/.test(line) && /^(?:and |& )?[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*)*$/.test(text)) return true;
  const open = r.before.lastIndexOf('（');
  if (open < 0 || r.before.indexOf('）', open) >= 0 || !/^[\u4e00-\u9fff ]+$/.test(text)) return false;
  const close = r.after.indexOf('）');
  // A byline holds names only: a colon or a sentence mark makes it a note ((记者注：…)).
  if (close < 0 || /[（。！？，：；]/.test(r.after.slice(0, close) + r.before.slice(open + 1))) return false;
  const inside = r.before.slice(open + 1) + r.text + r.after.slice(0, close);
  if (!/^(?:本报|新华社|中新社|特约)?(?:记者|通讯员|实习生|见习记者|摄影)/.test(inside.replace(/\s/g, ''))) return false;
  // Folding drops the spaces between the names, so whole words are a role word, or the last name
  // (two or three characters from a surname) right before the closing bracket.
  if (/^(?:记者|通讯员|实习生|见习记者|摄影|特约记者)$/.test(text)) return true;
  return close === 0 && hanRun(text, 2, 3) && SURNAMES.has(text[0] as string) && r.before.length - open > 1;
}

