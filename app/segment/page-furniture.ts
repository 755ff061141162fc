/**
 * Recognises page furniture by its shape rather than by a list of papers: mastheads and running
 * heads (a paper's name, the date, the page and section: 江城晚报 2026年3月6日 星期五 第3版 要闻,
 * 西岭都市报 · 综合新闻 · A05, THE COAST COURIER   Friday, March 6, 2026   Page A7), rule lines
 * (━━━━, ----), and editors' credits.
 */
import { HAN, hanRegExp, hasHan } from '../lexicon/characters';

/** A full date with a year, a weekday, or an English date (March 6, 2026 / 05 MAR 2026 / Friday). */
const DATE =
  /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]|(?:^|[^\p{L}])周[一二三四五六日](?:$|[^\p{L}])|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[A-Za-z]*\.?\s+\d{4}\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/iu;

/** A page marker as one field of a running head: 第3版, 3版, A05, A05版, Page A7, P. 4. */
const PAGE_FIELD =
  /^(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}(?:\s*版)?|(?:Page|PAGE|P\.)\s*[A-Z]?\d{1,3})$/u;

/** A page marker anywhere in a line: 第3版 (continuation marks are recognised before furniture). */
const PAGE_INLINE = /第\s*[A-Z]?\d{1,3}\s*版|\bPage\s+[A-Z]?\d{1,3}\b/u;

/**
 * Field separators of a running head: a middle dot, a bar, a spaced dash, a full-width space, or
 * two or more spaces (papers lay the fields out with wide gaps).
 */
const SEPARATOR = /\s*[·•|｜]\s*|\s+[-—–]{1,2}\s+|\u3000+|\s{2,}/u;

/**
 * A section name as a field of a running head: a short field that ends in a section word (要闻,
 * 国内新闻, 综合新闻, Regional). Ending, not containing: 城市更新 or 科技赋能 are headline words.
 */
const SECTION = hanRegExp(
  String.raw`^(?:[${HAN}]{0,4}(?:要闻|新闻|综合|国内|国际|时政|经济|财经|社会|体育|文化|科技|评论|地方|专版|专题|副刊|视点)|(?:[A-Z][A-Za-z]*\s+){0,2}(?:Regional|Local|National|World|Business|Sports|Opinion|Science|Metro|News|REGIONAL|LOCAL|NATIONAL|WORLD|BUSINESS|SPORTS|OPINION|SCIENCE|METRO|NEWS))$`,
);

/** A rule line: only box-drawing characters, dashes, equals signs, stars or dots. */
const RULE = /^[━─═—–\-=*＊~～·•.。_＿\s]{3,}$/u;

/** The longest line (non-white-space characters) taken for a running head: heads are one short line. */
const HEAD_MAX = 60;

/**
 * A newspaper's name on its own: a short line of capitalised words (or up to eight Han
 * characters) ending in what papers call themselves (江城晚报, 西岭都市报, THE COAST COURIER,
 * Valley Herald). Only at the top of a page, where no headline ends like that (统计公报 ends in
 * 公报, which is not on the list; words like Post or Daily are left out as headline words).
 */
const PAPER_NAME = hanRegExp(
  String.raw`^(?:[${HAN}]{1,8}(?:日报|晚报|时报|早报|晨报|商报|周报|都市报|青年报|法治报)|(?:THE\s+|The\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:Times|Herald|Courier|Gazette|Tribune|Chronicle|Ledger|Observer|Examiner|Sentinel|Dispatch|Telegraph|TIMES|HERALD|COURIER|GAZETTE|TRIBUNE|CHRONICLE|LEDGER|OBSERVER|EXAMINER|SENTINEL|DISPATCH|TELEGRAPH))$`,
);

/** The longest top line (non-white-space characters) taken for the page's date line on the strength of its date alone. */
const TOP_DATE_MAX = 30;

/** The fields of a line split at running-head separators. */
function fields(line: string): string[] {
  return line
    .split(SEPARATOR)
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}

/** Latin letters all upper case (at least four of them), as wire-service slugs and mastheads print. */
function isAllCapsLatin(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && !hasHan(line);
}

/** True for a line that is only a rule (a separator drawn between stories). */
export function isRuleLine(line: string): boolean {
  return RULE.test(line) && !/[\p{L}\p{N}]/u.test(line);
}

/**
 * True when the line is a masthead or running head. `atTop` says the line stands above the page's
 * first headline or paragraph, where a shorter cue suffices (a date or a section word with a
 * separator); elsewhere the line needs a page marker, or a date in an all-caps or multi-field line.
 */
export function isRunningHead(raw: string, atTop: boolean): boolean {
  const line = undoOcrSpacing(raw);
  const visible = line.replace(/\s/gu, '').length;
  if (visible > HEAD_MAX || visible === 0) return false;
  // A running head is not a sentence.
  if (/[。！？!?；;]$|[^A-Z.]\.$/u.test(line.trim())) return false;
  const parts = fields(line);
  const multi = parts.length >= 2;
  const hasPage = parts.some((f) => PAGE_FIELD.test(f)) || PAGE_INLINE.test(line);
  const hasDate = DATE.test(line);
  if (hasPage && (multi || atTop || hasDate)) return true;
  // A page's letter code and its section, one space apart, head the page wherever a new page
  // begins in the file (A1 要闻, B4 综合): the code and the section word together are no headline.
  const codeAndSection = /^([A-Z]\d{1,2}(?:版)?)\s+(\S+)$|^(\S+)\s+([A-Z]\d{1,2}(?:版)?)$/u.exec(
    line.trim(),
  );
  if (codeAndSection && SECTION.test(codeAndSection[2] ?? codeAndSection[3] ?? '')) return true;
  // A page number on its own line in English: Page 5 (第5版 alone is caught by classify-line).
  if (/^(?:Page|PAGE)\s+[A-Z]?\d{1,3}$/u.test(line.trim())) return true;
  if (
    hasDate &&
    (multi || isAllCapsLatin(line)) &&
    (atTop || parts.length >= 3 || isAllCapsLatin(line))
  )
    return true;
  // At the top, a short line with a full date or a weekday is the dateline of the page
  // (人民日报 2026年3月6日 星期五 with single spaces, Friday, March 6, 2026).
  if (atTop && hasDate && visible <= TOP_DATE_MAX) return true;
  if (atTop && PAPER_NAME.test(line.trim())) return true;
  // At the top: paper name | section, with no date or page (西岭都市报 · 综合新闻).
  return atTop && multi && parts.length <= 5 && parts.some((f) => SECTION.test(f));
}

/** A full-width digit or Latin letter, or a single space between two Chinese characters. */
const OCR_SPACING = hanRegExp(
  String.raw`[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|[${HAN}] [${HAN}]`,
);

/** A single space between two Chinese characters. */
const SPACE_IN_HAN = hanRegExp(String.raw`(?<=[${HAN}]) (?=[${HAN}])`, 'g');

/**
 * The line as it was printed, for telling its shape: full-width digits and Latin letters made
 * ASCII (２０２６年３月１３日, 第６版), and a single space OCR put between two Chinese characters
 * taken out (星 期四, 图 为当地居民…). Two-part headlines and column gaps use wider spaces (an
 * ideographic space or several), which stay.
 */
export function undoOcrSpacing(line: string): string {
  if (!OCR_SPACING.test(line)) return line;
  return line
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (c) =>
      String.fromCharCode((c.codePointAt(0) ?? 0) - 0xfee0),
    )
    .replace(SPACE_IN_HAN, '');
}
