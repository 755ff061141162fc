/**
 * Number evidence over a whole site: figures, decimal marks, units, Roman numerals, relative dates,
 * percent words and English number and date words, each returning how the values compare.
 */
import type { NumberComparison } from '../model/types';
import { coreLength } from './extent';
import {
  englishNumberValue,
  figureIn,
  hasDigit,
  isChineseNumber,
  numberToken,
  parseNumber,
  relativeDateValue,
} from './numbers';
import type { ClassifyReading } from './rule';
import {
  DURATION_MINUTES,
  fractionDenominator,
  isNumeralChar,
  parseEnglishNumber,
} from '../lexicon/numerals';

/** Longest reading (code points, punctuation aside) that may still be a number discrepancy. */
export const NUMBER_SITE_MAX = 24;

/**
 * A decimal point read as a comma, or dropped, between digits (17.9 / 17,9 / 179, a common OCR
 * misreading): the number's value changes, so it is a number flag, not punctuation.
 */
export function isDecimalMark(readings: readonly ClassifyReading[]): boolean {
  return (
    readings.some((r) => r.text === '.') &&
    readings.every(
      (r) => /^(?:[.,，]|)$/.test(r.text) && /\d$/.test(r.before) && /^\d/.test(r.after),
    )
  );
}

/** The digits and separators around a reading, with the reading (17 + . + 9). */
export function numberAround(r: ClassifyReading): string {
  const left = /[\d.,，]*$/.exec(r.before)?.[0] ?? '';
  const right = /^[\d.,，]*/.exec(r.after)?.[0] ?? '';
  return (left + r.text + right).replace(/，/g, ',');
}

/**
 * Most words a site may change beside its numbers and still be a number flag (今年 / 2025年 reads
 * 今 / 2025): more means the words differ, and the number in one of them is incidental (a whole
 * headline rewritten around 一班).
 */
export const WORDS_BESIDE_NUMBER = 2;

/** A character of a written number: a digit or a numeral (the lexicon's), a point, a comma or %. */
const isFigureChar = (ch: string): boolean =>
  isNumeralChar(ch) || ch === '.' || ch === ',' || ch === '%';

/** True when the readings, their numerals (the lexicon's) taken out, agree or differ by a word or two at most. */
export function wordsAgreeBesideNumbers(texts: readonly string[]): boolean {
  const rest = texts.map((t) => [...t].filter((ch) => !isFigureChar(ch)).join(''));
  if (rest.every((r) => r === rest[0])) return true;
  return Math.max(...rest.map(coreLength)) <= WORDS_BESIDE_NUMBER;
}

/** A time named relative to the dateline: last year, next week, this month, yesterday. */
export const RELATIVE_TIME =
  /\b(?:(?:last|next|this)\s+(?:year|month|week|spring|summer|fall|autumn|winter)|yesterday|today|tomorrow|tonight)\b/i;

/** Most words a reading may hold to be taken for one date expression (in early 2024). */
export const DATE_WORDS = 4;

/**
 * True when one reading dates by a year (in 2024) and another by a relative time (last year):
 * the date is told another way or moved, a number flag.
 */
export function englishDates(texts: readonly string[]): boolean {
  if (texts.some((t) => t.trim().split(/\s+/).length > DATE_WORDS)) return false;
  const year = (t: string): boolean => /\b(?:19|20)\d\d\b/.test(t);
  return (
    texts.some(year) &&
    texts.some((t) => RELATIVE_TIME.test(t)) &&
    texts.every((t) => year(t) || RELATIVE_TIME.test(t))
  );
}

/** Seasons, by their order in the year: a date when a determiner or a time word stands before them. */
export const SEASONS: Readonly<Record<string, number>> = {
  spring: 1,
  summer: 2,
  fall: 3,
  autumn: 3,
  winter: 4,
};

/**
 * The season a word names in a date (in the spring, by next fall, early winter), or null: after no
 * such word, fall is a verb (prices fall).
 */
export function seasonValue(word: string, before: string): number | null {
  const value = SEASONS[word.toLowerCase()];
  return value !== undefined &&
    /(?:^|[^A-Za-z])(?:the|this|next|last|early|late|mid|in|by)[ -]$/i.test(before)
    ? value
    : null;
}

/** A hundred per cent: a percentage over this is a share of one (75% = 0.75). */
const PERCENT_OF_ONE = 100;

/**
 * The reading's text, trimmed, and widened over the letters beside it when it starts or ends
 * inside a word: Jan|uary against Febr|uary is January against February.
 */
function wholeWord(r: ClassifyReading, joined = false): string {
  const text = r.text.trim();
  const letter = (ch: string | undefined): boolean =>
    ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
  // A part hyphened to the word before it in some reading (Sixty[-two] / Sixty[]): every reading
  // is read with that word.
  if (joined && (text === '' || text.startsWith('-'))) {
    let from = r.before.length;
    while (letter(r.before[from - 1])) from -= 1;
    return r.before.slice(from) + text;
  }
  if (text === '') return text;
  let from = r.before.length;
  if (letter(r.text[0])) while (letter(r.before[from - 1])) from -= 1;
  let to = 0;
  if (letter(r.text[r.text.length - 1])) while (letter(r.after[to])) to += 1;
  return r.before.slice(from) + text + r.after.slice(0, to);
}

/** The text without hyphens at its ends (one-|third reads one). */
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (text[start] === '-') start += 1;
  while (end > start && text[end - 1] === '-') end -= 1;
  return text.slice(start, end);
}

/** The words that multiply the count before them (four hundred, two thousand). */
const SCALES: ReadonlySet<number> = new Set([100, 1000, 1_000_000, 1_000_000_000]);

/**
 * The value of a cardinal said in several words (four hundred, two thousand five hundred, three
 * hundred and twelve); null for anything else, a single word included (parseEnglishNumber's).
 */
function cardinalPhrase(text: string): number | null {
  const words = text.split(' ').filter((w) => w !== '' && w.toLowerCase() !== 'and');
  if (words.length < 2) return null;
  let total = 0;
  let current: number | null = null;
  for (const word of words) {
    const value = parseEnglishNumber(word);
    if (value === null || !Number.isInteger(value)) return null;
    if (SCALES.has(value)) {
      if (current === null) return null;
      if (value === 100) current *= value;
      else {
        total += current * value;
        current = null;
      }
    } else current = (current ?? 0) + value;
  }
  return total + (current ?? 0);
}

/** A percentage said in words after its figure (sixty-two percent, 62 per cent). */
const PERCENT_WORD = /\s*(?:percent|per cent)$/i;

/**
 * When every reading is one English number or date word, or digits (third / 3rd, Tuesday /
 * Wednesday, three / 3), how they compare; otherwise undefined. A number may be said in several
 * words (four hundred / 400) and a percentage in words (sixty-two percent / 62%): the same value
 * in another form is a form change, a number flag by the house's conventions.
 */
export function compareEnglishNumbers(
  readings: readonly ClassifyReading[],
): NumberComparison | undefined {
  // A number word has letters (below): readings without any are never one (most of a Chinese story's sites).
  if (!readings.some((r) => /[A-Za-z]/.test(r.text))) return undefined;
  const joined = readings.some((r) => /^-[A-Za-z]/.test(r.text) && /[A-Za-z]$/.test(r.before));
  const values = readings.map((r) => {
    // An article before a number word counts for nothing (a dozen / twelve), but before a part
    // it is the fraction's one (a third = 1/3); a hyphen at the reading's edge joins it to the
    // word beside it (one-|third), which every reading shares.
    const whole = trimHyphens(wholeWord(r, joined));
    const part = /^an? ([a-z]+)$/i.exec(whole)?.[1];
    const divisor = part === undefined ? null : fractionDenominator(part.toLowerCase());
    const said = whole.replace(/^an? (?=[A-Za-z])/i, '');
    // A percentage in words reads as its sign (sixty-two percent = sixty-two%).
    const word = PERCENT_WORD.test(said) ? `${said.replace(PERCENT_WORD, '')}%` : said;
    const digits = /^(\d+(?:\.\d+)?)(%?)$/.exec(word);
    const spoken = word.endsWith('%') ? word.slice(0, -1) : word;
    const wordValue = englishNumberValue(spoken) ?? cardinalPhrase(spoken);
    const value =
      divisor !== null
        ? 1 / divisor
        : digits
          ? Number(digits[1]) / (digits[2] ? PERCENT_OF_ONE : 1)
          : wordValue !== null
            ? wordValue / (word.endsWith('%') ? PERCENT_OF_ONE : 1)
            : seasonValue(word, r.before);
    return { variant: r.variant, value, word };
  });
  // An article alone against a numeral is the number one (about an hour / about two hours).
  if (values.some((v) => v.value !== null && /[A-Za-z]/.test(v.word))) {
    for (const v of values) if (v.value === null && /^an?$/i.test(v.word)) v.value = 1;
  }
  // A percentage against a fraction word is a share of one (three-quarters / 75%); against a
  // numeral (40% / forty) it is the figure printed.
  if (!values.some((v) => v.value !== null && v.value < 1 && /[A-Za-z]/.test(v.word)))
    for (const v of values) if (v.word.endsWith('%') && v.value !== null) v.value *= PERCENT_OF_ONE;
  // At least one reading must be a number word: digits alone (40%) are compareNumbers' business.
  if (values.some((v) => v.value === null) || !values.some((v) => /[A-Za-z]/.test(v.word)))
    return undefined;
  const distinct = new Set(values.map((v) => v.value));
  return {
    differ: distinct.size > 1 ? 'value' : 'form',
    values: values.map(({ variant, value }) => ({ variant, value })),
  };
}

/** The count of an English span of time: a or an is one, else digits or a number word. */
function countOf(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  return parseNumber(word) ?? parseEnglishNumber(word);
}

/**
 * The span of time, in minutes, an English reading states (a decade, 40 years, two weeks); a
 * unit alone takes its count from the word before it (about a [week]). Null for any other text.
 */
function englishDurationOf(r: ClassifyReading): number | null {
  const words = wholeWord(r).toLowerCase().split(' ').filter(Boolean);
  const unit = words.pop() ?? '';
  const minutes = DURATION_MINUTES[unit.endsWith('s') ? unit.slice(0, -1) : unit];
  if (minutes === undefined || words.length > 1) return null;
  // A unit alone takes the word before it, which a space must part from the unit.
  const before = r.before.endsWith(' ') ? r.before.trimEnd().split(' ').pop() : undefined;
  const count = countOf(words[0] ?? before ?? '');
  // Seconds count in sixtieths of a minute: sixty of them make one exactly.
  return count === null ? null : Math.round(count * minutes * 60) / 60;
}

/**
 * When every reading states a span of time in English (a decade / ten years, a week / two
 * weeks), how the spans compare; otherwise undefined.
 */
export function compareEnglishDurations(
  readings: readonly ClassifyReading[],
): NumberComparison | undefined {
  if (!readings.some((r) => /[A-Za-z]/.test(r.text))) return undefined;
  const values = readings.map((r) => ({ variant: r.variant, value: englishDurationOf(r) }));
  if (values.some((v) => v.value === null)) return undefined;
  return { differ: new Set(values.map((v) => v.value)).size > 1 ? 'value' : 'form', values };
}

/** Minutes in each Chinese unit of a span of time (a month counted with 个: 三月 is March). */
const CHINESE_DURATION_MINUTES: Readonly<Record<string, number>> = {
  世纪: 100 * 525_600,
  年: 525_600,
  个月: 43_800,
  星期: 10_080,
  周: 10_080,
  天: 1_440,
  小时: 60,
  钟头: 60,
  分钟: 1,
  分: 1,
  秒: 1 / 60,
};

/**
 * The count that opens one part of a span, with 多 or 余 after it or after its 个, or 半 after
 * 个 (两个半小时); the unit follows (CHINESE_DURATION_MINUTES' keys), then 半 or 多.
 */
const CHINESE_DURATION_COUNT =
  /([\d.零〇一二两三四五六七八九十百千万]+|半)(?:多|余)?(个)?(半)?(?:多|余)?/uy;

/** The unit of a span at `at` of `text` (the longer key first: 分钟 before 分), or ''. */
function durationUnitAt(text: string, at: number): string {
  for (const length of [2, 1]) {
    const unit = text.slice(at, at + length);
    if (unit.length === length && CHINESE_DURATION_MINUTES[unit] !== undefined) return unit;
  }
  return text[at] === '月' ? '月' : '';
}

/**
 * The minutes of one part of a span at `at` of `text` (五十多年, 半个多世纪, 一年半, 两个半小时, the
 * 18分 of 1小时18分), and where it ends; null for none.
 */
function durationPartAt(
  text: string,
  at: number,
  first: boolean,
): { minutes: number; end: number } | null {
  CHINESE_DURATION_COUNT.lastIndex = at;
  const m = CHINESE_DURATION_COUNT.exec(text);
  if (!m) return null;
  const [counted, count = '', measure = '', halfBefore] = m;
  const unit = durationUnitAt(text, at + counted.length);
  // 三月 is March, not three months; a lone 18分 is points or a mark, a minute only after hours.
  if (unit === '' || (unit === '月' && measure === '') || (first && unit === '分')) return null;
  const minutes = CHINESE_DURATION_MINUTES[unit === '月' ? '个月' : unit];
  const value = count === '半' ? 0.5 : parseNumber(count);
  if (minutes === undefined || value === null || (first && /^[百千万]/.test(count))) return null;
  if (unit === '年' && value >= 1000) return null;
  let end = at + counted.length + unit.length;
  const after = text[end];
  const half = after === '半';
  if (half || after === '多') end += 1;
  const halves = (halfBefore === '半' ? 0.5 : 0) + (half ? 0.5 : 0);
  return { minutes: (value + halves) * minutes, end };
}

/**
 * The span of time, in minutes, a Chinese reading states in one or more parts (五十多年, 半个多世纪,
 * 一年半, 十八个月, 1小时18分, 两个半小时); null for any other text, for a year (2025年), a month's
 * name (三月) and an idiom's hundred or thousand (百年老店).
 */
function chineseDurationOf(text: string): number | null {
  const t = text.trim();
  let total = 0;
  let at = 0;
  while (at < t.length) {
    const part = durationPartAt(t, at, at === 0);
    if (!part) return null;
    total += part.minutes;
    at = part.end;
  }
  return at === 0 ? null : total;
}

/**
 * When every reading states a span of time in Chinese (五十多年 / 半个多世纪, 一年半 / 十八个月), how
 * the spans compare; otherwise undefined.
 */
export function compareChineseDurations(
  readings: readonly ClassifyReading[],
): NumberComparison | undefined {
  if (new Set(readings.map((r) => r.text.trim())).size < 2) return undefined;
  const values = readings.map((r) => ({ variant: r.variant, value: chineseDurationOf(r.text) }));
  if (values.some((v) => v.value === null)) return undefined;
  return { differ: new Set(values.map((v) => v.value)).size > 1 ? 'value' : 'form', values };
}

/**
 * When every reading is the changed half of a relative date word (今[日] … [明]日), how the dates
 * compare; otherwise undefined.
 */
export function compareRelativeDates(
  readings: readonly ClassifyReading[],
): NumberComparison | undefined {
  const values = readings.map((r) => {
    if (r.text.length === 2) return relativeDateValue(r.text);
    if (r.text.length !== 1) return null;
    return (
      relativeDateValue(r.text + r.after.slice(0, 1)) ??
      relativeDateValue(r.before.slice(-1) + r.text)
    );
  });
  if (values.some((v) => v === null)) return undefined;
  return {
    differ: new Set(values).size > 1 ? 'value' : 'form',
    values: readings.map((r, i) => ({ variant: r.variant, value: values[i] ?? null })),
  };
}

/** A percent sign or its English word (3.9% / 3.9 percent, per cent), with the spaces around it. */
export const PERCENT = /^\s*(?:%|per ?cent)\s*$/i;

/**
 * When every reading is a percent sign or word after the same digits (3.9% / 3.9 percent), the
 * number's form differs: a number flag, as 3.2万 / 32000 is.
 */
export function comparePercentWords(
  readings: readonly ClassifyReading[],
): NumberComparison | undefined {
  if (!readings.every((r) => PERCENT.test(r.text) && /\d\s?$/.test(r.before))) return undefined;
  if (!readings.some((r) => /[A-Za-z]/.test(r.text))) return undefined;
  const values = readings.map((r) => ({
    variant: r.variant,
    value: parseNumber(/[\d.,]+\s?$/.exec(r.before)?.[0].trim() ?? ''),
  }));
  return { differ: new Set(values.map((v) => v.value)).size > 1 ? 'value' : 'form', values };
}

/** When any reading is (part of) a number, how the numbers compare; otherwise undefined. */
export function compareNumbers(readings: readonly ClassifyReading[]): NumberComparison | undefined {
  let numeric = false;
  const values = readings.map((r) => {
    const token = numberToken(r.folded, r.start, r.end);
    const touches =
      token.length > 0 && (hasDigit(r.text) || hasDigit(token) ? hasDigit(token) : true);
    const before = r.folded.slice(Math.max(0, r.start - 2), r.start);
    const tokenEnd = r.folded.indexOf(token, Math.max(0, r.start - token.length)) + token.length;
    const after = r.folded.slice(tokenEnd, tokenEnd + 2);
    const isNumber =
      touches && (hasDigit(token) || isChineseNumber(token, before, after) || /%/.test(r.text));
    // The reading must itself touch the number: a change next to "2025年" is not about the year.
    const involved = isNumber && [...r.text].some((ch) => ch !== ',' && isFigureChar(ch));
    if (involved) numeric = true;
    // A token longer than its number (1.2万名游客冒雨) is valued by the figure it holds.
    const value = isNumber ? (parseNumber(token) ?? parseNumber(figureIn(token))) : null;
    return { variant: r.variant, value };
  });
  if (!numeric) return undefined;
  const distinct = new Set(values.map((v) => (v.value === null ? 'null' : String(v.value))));
  return { differ: distinct.size > 1 ? 'value' : 'form', values };
}
