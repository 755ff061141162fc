/**
 * Numbers in news text: Arabic (folded from full-width), Chinese numerals (十五五, 二〇二五, 三千四百),
 * with 万/亿 units, decimals and percentages. Used to decide whether a reading is a number and
 * whether two readings differ in value or only in form.
 */
import { startsWithHan } from '../lexicon/characters';
import { monthOf } from '../lexicon/months';
import { isPunctuation } from '../text/fold-chars';
import {
  isAsciiDigit,
  isChineseDigitOrTen,
  isChineseNumeral,
  isLargeUnit,
  isNumeralChar,
  parseEnglishNumber,
} from '../lexicon/numerals';

/**
 * Measure words and date/time units that make a preceding numeral a number (三名 / 十五日; 三成 and
 * 八折 are tenths), and
 * characters that make a following numeral one (第三).
 */
// 审 and 轮 count instances and rounds (一审 / 二审, 第二轮), 孩 a family's children (三孩), 季 the
// quarters of a year (一季度), 番 doublings (翻两番), 级 grades and levels (二级响应), and 等 before
// a prize, a merit, a seat or a grade the class of it (一等奖, 二等座); 一等 alone is "once".
const UNIT_AFTER =
  /^(?:小时|等[奖功座舱品]|[年月日号时点分秒个名人次家项条件位所元岁户座套台辆天周届期批类种倍米吨公里亩平斤万亿%成折审轮孩季番级])/;
// 遥 numbers the flights of a rocket type (长征五号遥八: its eighth).
const MARKS_BEFORE = '第约近超逾达共计遥';

/** A digit or a Chinese digit up to ten: one side of a decimal or a score (四点八, 三比零). */
const smallFigure = (ch: string | undefined): boolean =>
  isAsciiDigit(ch) || isChineseDigitOrTen(ch);

/**
 * A mark before a numeral that makes it a number: 第, 约, 近 … (MARKS_BEFORE); a numeral and 比,
 * the other side of a score or ratio (三比零); a numeral and 点, a decimal (四点八); 百分之 / 千分之
 * (百分之十二, whose 之 is all `before` may show).
 */
function markedBefore(before: string): boolean {
  const last = before[before.length - 1];
  const previous = before[before.length - 2];
  if (last !== undefined && MARKS_BEFORE.includes(last)) return true;
  if (last === '比') return smallFigure(previous);
  if (last === '点') return isChineseDigitOrTen(previous);
  return before.endsWith('分之');
}

/** 点 or 比 and a numeral after a numeral: it is a decimal's or a score's first side (八点五, 四比二). */
const markedAfter = (after: string): boolean =>
  (after[0] === '点' || after[0] === '比') && smallFigure(after[1]);

/** A number, then one to three characters of its unit (六个月, 30分钟, 2.5公斤): the unit in group 1. */
const QUANTITY =
  /^(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)([^\d零〇一二两三四五六七八九十百千，。、；：\s]{1,3})/;

/** True when `text` is one quantity, a number and its unit and nothing else (六个月, 20分钟). */
export function isQuantity(text: string): boolean {
  const m = QUANTITY.exec(text);
  return m !== null && m[0].length === text.length && UNIT_AFTER.test(m[1] as string);
}

/**
 * True when the reading adds a quantity to, or drops one from, a compound quantity beside it
 * (二年[六个月], 3小时[20分钟], [1年]6个月): the amount it states changes, a number flag.
 */
export function besideQuantity(text: string, before: string, after: string): boolean {
  if (!isQuantity(text)) return false;
  const tail =
    /(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)[^\d零〇一二两三四五六七八九十百千，。、；：\s]{1,3}$/.exec(
      before,
    )?.[0];
  const head = QUANTITY.exec(after);
  return (
    (tail !== undefined && isQuantity(tail)) ||
    (head !== null && UNIT_AFTER.test(head[1] as string))
  );
}

/** True when the text contains an Arabic digit. */
export function hasDigit(text: string): boolean {
  for (const ch of text) if (isAsciiDigit(ch)) return true;
  return false;
}

/** The first run of Chinese numerals in `text`, with 万 and 亿 ('' for none). */
function chineseRun(text: string): string {
  const chars = [...text];
  const start = chars.findIndex(isChineseNumeral);
  if (start < 0) return '';
  let end = start;
  while (end < chars.length && (isChineseNumeral(chars[end]) || isLargeUnit(chars[end]))) end += 1;
  return chars.slice(start, end).join('');
}

/** 十, 百 or 千 opens the run, or closes it perhaps before one digit (十五, 三百, 三十五). */
function unitShaped(run: string): boolean {
  const tens = (ch: string | undefined): boolean => ch !== undefined && '十百千'.includes(ch);
  const last = run.length - 1;
  return (
    tens(run[0]) ||
    tens(run[last]) ||
    (tens(run[last - 1]) &&
      isChineseDigitOrTen(run[last]) &&
      run[last] !== '十' &&
      run[last] !== '〇' &&
      run[last] !== '零' &&
      run[last] !== '两')
  );
}

/**
 * True when Chinese numerals in `token` are used as a number in context: followed by a unit,
 * preceded by 第, a year like 二〇二五, or plan names like 十五五. 一 alone in 一定 or 统一 is not.
 */
export function isChineseNumber(token: string, before: string, after: string): boolean {
  if (![...token].some(isChineseNumeral)) return false;
  const run = chineseRun(token);
  if (run.length >= 3 && (run.includes('〇') || run.includes('零') || run.includes('十')))
    return true;
  if (run.includes('〇')) return true;
  if (UNIT_AFTER.test(after)) return true;
  if (markedBefore(before) || markedAfter(after)) return true;
  return unitShaped(run) && run.length >= 2;
}

export { parseNumber } from '../lexicon/numerals';

/**
 * Extends [start, end) of `text` over the number it lies in (digits, numerals, a decimal point,
 * 万/亿 and %), so a changed digit is valued as the whole number: 41[1]0 → 4110.
 */
export function numberToken(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  const part = (ch: string | undefined): boolean =>
    ch === '.' || isAsciiDigit(ch) || isChineseNumeral(ch);
  while (s > 0 && part(text[s - 1])) s -= 1;
  while (e < text.length && part(text[e])) e += 1;
  if (e < text.length && (isLargeUnit(text[e]) || text[e] === '%')) e += 1;
  while (text[s] === '.' && s < e) s += 1;
  while (text[e - 1] === '.' && e > s) e -= 1;
  return text.slice(s, e);
}

/**
 * The first figure inside `text` (1.2万 of 1.2万名游客, 一万二千 of 一万二千名): a run of digits and
 * numerals with the decimal points and thousands commas between its digits; '' for none. A
 * reading longer than its number is valued by the number it holds.
 */
export function figureIn(text: string): string {
  const part = (i: number): boolean =>
    isNumeralChar(text[i]) ||
    ((text[i] === '.' || text[i] === ',') &&
      isAsciiDigit(text[i - 1]) &&
      isAsciiDigit(text[i + 1]));
  let start = 0;
  while (start < text.length && !isNumeralChar(text[start])) start += 1;
  let end = start;
  while (end < text.length && part(end)) end += 1;
  return text.slice(start, end);
}

/** Days of the week, and months (capitalised only: may and march are verbs too), by their place in the week or year. */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Days named relative to the dateline (today, yesterday, midweek), as a day of the week would be:
 * Wednesday / midweek moves or blurs a date, a number flag as Tuesday / Wednesday is.
 */
const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  yesterday: -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
  midweek: 3,
  weekend: 6,
};

/**
 * The value of an English word that states a number or a date: a numeral (three, third), digits
 * with an ordinal suffix (3rd), a weekday (Tuesday = 2), a relative day (today = 0) or a capitalised month (May = 5); null
 * for any other word. Weekdays and months are dates, which DESIGN.md counts as numbers.
 */
export function englishNumberValue(word: string): number | null {
  const numeral = parseEnglishNumber(word);
  if (numeral !== null) return numeral;
  const relative = RELATIVE_DAYS[word.toLowerCase()];
  if (relative !== undefined) return relative;
  // A weekday in the plural (on Mondays) is the same day, recurring.
  const day = WEEKDAYS.indexOf(word.endsWith('days') ? word.slice(0, -1) : word);
  if (day >= 0) return day + 1;
  return monthOf(word);
}

/**
 * Relative dates (今日 / 明日, 去年 / 今年, 上周 / 本周): a day, week, month or year counted from the
 * dateline. Their offset is the value (-2 … 2); a changed one moves an event in time, a number
 * flag like a changed date.
 */
const RELATIVE_DAY: Readonly<Record<string, number>> = {
  前: -2,
  昨: -1,
  去: -1,
  上: -1,
  今: 0,
  本: 0,
  当: 0,
  明: 1,
  次: 1,
  下: 1,
  后: 2,
};
const RELATIVE_UNITS = '日天年月周晚';

/** The offset of the relative date word `word` (明日 = 1, 去年 = -1), or null when it is none. */
export function relativeDateValue(word: string): number | null {
  const [head, unit] = [...word];
  if (word.length !== 2 || head === undefined || unit === undefined) return null;
  if (!RELATIVE_UNITS.includes(unit)) return null;
  const value = RELATIVE_DAY[head];
  if (value === undefined) return null;
  // 前年 and 后年 are two years off, but 前天 / 后天 too; 去 and 上 pair only with some units.
  if (head === '去' && unit !== '年') return null;
  if ((head === '上' || head === '下' || head === '本') && !'月周'.includes(unit)) return null;
  if ((head === '次' || head === '当') && !'日天年月'.includes(unit)) return null;
  return value;
}

/** Roman numeral characters (Ⅰ–Ⅻ, ⅰ–ⅻ) by value: emergency response levels (Ⅳ级), grades, volumes. */
const ROMAN_CHARS = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const ROMAN_SMALL = 'ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ';

/** The value of a Roman numeral written as one numeral character (Ⅳ = 4), or null. */
export function romanValue(text: string): number | null {
  if (text.length !== 1) return null;
  const at = Math.max(ROMAN_CHARS.indexOf(text), ROMAN_SMALL.indexOf(text));
  return at >= 0 ? at + 1 : null;
}

/**
 * Units of measure and count words that follow a number in Chinese news (48万吨 / 48万立方米, 46起 /
 * 46件): when only the unit differs, the quantity does, a number flag.
 */
const MEASURE_UNITS =
  /^(?:吨|万吨|立方米|公里|千米|米|厘米|毫米|公斤|千克|克|斤|亩|公顷|平方米|平方公里|元|万元|亿元|美元|欧元|港元|日元|韩元|澳元|加元|毛|块|角|件|起|个|人|人次|次|辆|台|套|户|家|座|所|项|条|名|例|只|头|艘|架|列|趟|株|棵|天|周|个?星期|个月|小时|分钟)$/;

/**
 * The unit a reading changes: the reading itself, or with the 元 after it when the reading names a
 * currency or nothing (1.2万[欧]元 / 1.2万[]元: 欧元 against 元).
 */
function unitOf(r: { readonly text: string; readonly after: string }): string {
  const text = withoutTrailingMarks(r.text);
  return r.after.startsWith('元') && MEASURE_UNITS.test(`${text}元`) ? `${text}元` : text;
}

/** Units of a span of time, which a lone 一 before them counts (一周, 一个月). */
const TIME_SPAN = /^(?:天|周|个?星期|个月|小时|分钟)$/;

/** The text without the marks at its end, which move past a unit without changing it (周” / 个星期). */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && isPunctuation(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}

/** The text ends with a quantity: a digit, two Chinese numerals, or one that is not 一 (an article). */
function endsWithQuantity(text: string): boolean {
  const numeral = (ch: string | undefined): boolean => isChineseNumeral(ch) || isLargeUnit(ch);
  const last = text[text.length - 1];
  return isAsciiDigit(last) || (numeral(last) && (last !== '一' || numeral(text[text.length - 2])));
}

/** True when every reading is a unit of measure right after a number (digits, numerals, 万 or 亿). */
export function unitsAfterNumber(
  readings: readonly { readonly text: string; readonly before: string; readonly after: string }[],
): boolean {
  // A lone 一 is an article (一次 / 一个 机会), not a quantity whose unit changed; before a span
  // of time it counts one (一周 / 一个星期).
  const units = readings.map(unitOf);
  const spans = units.every((u) => TIME_SPAN.test(u));
  return readings.every(
    (r, i) =>
      MEASURE_UNITS.test(units[i] as string) &&
      (endsWithQuantity(r.before) || (spans && r.before.endsWith('一'))),
  );
}

/**
 * True when the readings differ by 余 or 多 between a number and its unit (1.1亿[余]元, 300[多]名):
 * the amount turns from exact to approximate, a number flag. 左右 after the unit is left to
 * wording (40分钟左右 reads as a manner of speaking).
 */
export function approximationMark(
  readings: readonly { readonly text: string; readonly before: string; readonly after: string }[],
): boolean {
  return (
    readings.some((r) => r.text !== '') &&
    readings.every(
      (r) =>
        (r.text === '' || r.text === '余' || r.text === '多') &&
        endsWithRound(r.before) &&
        startsWithHan(r.after),
    )
  );
}

/** A figure or a round Chinese unit ends the text (300, 三十, 1.1亿): 余 or 多 may follow it. */
function endsWithRound(text: string): boolean {
  const last = text[text.length - 1];
  return isAsciiDigit(last) || isLargeUnit(last) || (last !== undefined && '十百千'.includes(last));
}
