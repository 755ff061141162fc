/**
 * Range and score rows: only the connector of a range changes (10至12 / 10—12, 3月至4月 / 3月—4月,
 * $5 to $9 / $5-$9: punctuation by the house's convention), or the connector of a score or a vote
 * (6-3 / 6 to 3: number). Moved out of rules-form.ts when a range's ends learned units.
 */
import { isPunctuationOnly } from './extent';
import { englishNumberValue, parseNumber } from './numbers';
import { quantitiesOf } from './english-quantities';
import type { Rule } from './rule';
import { isHan } from '../lexicon/characters';
import { isAsciiDigit, isNumeralChar, RANGE_WORDS } from '../lexicon/numerals';

/**
 * A character of a figure at `i` in `text`: a digit or a numeral (12, 五, 万), or a decimal point
 * or a thousands comma between two digits (1.5, 12,000).
 */
function inFigure(text: string, i: number): boolean {
  const ch = text[i];
  if (isNumeralChar(ch)) return true;
  return (ch === '.' || ch === ',') && isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + 1]);
}

/** Letters OCR prints for digits, and the digit each stands for (l for 1, O for 0). */
const DIGIT_LOOK_ALIKES: Readonly<Record<string, string>> = { l: '1', I: '1', O: '0' };

const isLatinLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));

/**
 * The figure that ends `text` (1.5 of 下切1.5, 五 of 多放五), or '' for none. A run of digits and
 * their look-alike letters that stands alone, no word running into it (cost l, 2O), reads as
 * digits: the figure one printing misreads is still the range's end.
 */
function figureBefore(text: string): string {
  let i = text.length;
  while (i > 0 && inFigure(text, i - 1)) i -= 1;
  const figure = text.slice(i);
  let j = i;
  while (j > 0 && (isAsciiDigit(text[j - 1]) || DIGIT_LOOK_ALIKES[text[j - 1] as string])) j -= 1;
  if (j === i || isLatinLetter(text[j - 1])) return figure;
  return [...text.slice(j, i)].map((ch) => DIGIT_LOOK_ALIKES[ch] ?? ch).join('') + figure;
}

/** The figure that starts `text`, or '' for none; look-alike letters read as in figureBefore. */
function figureAfter(text: string): string {
  let i = 0;
  while (i < text.length && inFigure(text, i)) i += 1;
  if (i > 0 && !isLatinLetter(text[i])) return text.slice(0, i);
  let j = 0;
  while (j < text.length && (isAsciiDigit(text[j]) || DIGIT_LOOK_ALIKES[text[j] as string])) j += 1;
  if (j === 0 || isLatinLetter(text[j]) || j <= i) return text.slice(0, i);
  return [...text.slice(0, j)].map((ch) => DIGIT_LOOK_ALIKES[ch] ?? ch).join('');
}

/** A Han character that is no numeral: a unit after a figure (月, 点) or a word before it (零下). */
const isHanWord = (ch: string | undefined): boolean =>
  ch !== undefined && isHan(ch) && !isNumeralChar(ch);

/** The signs a figure's unit is printed with, after it (6℃, 40%, 5°). */
const UNIT_SIGNS = '℃℉°%‰';

/** A range's end may carry a unit of at most two characters (月, 点, 公斤, ℃) after its figure. */
const RANGE_UNIT_MAX = 2;

/**
 * The unit of at most RANGE_UNIT_MAX characters that ends (or opens) `text`: non-numeral Han
 * characters, or the signs of UNIT_SIGNS.
 */
function unitAt(text: string, end: boolean): string {
  const at = (n: number): string | undefined => (end ? text[text.length - 1 - n] : text[n]);
  const kind = (ch: string | undefined): 'han' | 'sign' | null =>
    isHanWord(ch) ? 'han' : ch !== undefined && UNIT_SIGNS.includes(ch) ? 'sign' : null;
  const first = kind(at(0));
  let n = 0;
  while (n < text.length && first !== null && kind(at(n)) === first) n += 1;
  if (n > RANGE_UNIT_MAX) return '';
  return end ? text.slice(text.length - n) : text.slice(0, n);
}

/** The low end of a range: its value, the unit after its figure, the two characters before it. */
interface LowEnd {
  readonly value: number | null;
  /** 月 in 6[月]至7月, ℃ in 6[℃]至11℃: the high end must carry it too. */
  readonly unit: string;
  /** 零下 in [零下]3到零下9, $ in [$]8 to $12: the high end may repeat it. */
  readonly head: string;
}

function lowEnd(before: string): LowEnd {
  const text = before.trimEnd();
  const unit = unitAt(text, true);
  const rest = text.slice(0, text.length - unit.length);
  const figure = figureBefore(rest);
  const head = rest.slice(0, rest.length - figure.length).slice(-2);
  return { value: parseNumber(figure), unit, head };
}

/**
 * The high end's value, read after the word or sign it may open with (次年2月, 零下9, $12), and
 * whether the low end's unit follows its figure.
 */
function highEnd(after: string, low: LowEnd): { value: number | null; sameUnit: boolean } {
  let text = after.trimStart();
  const repeated = [low.head, low.head.slice(-1)].find((h) => h !== '' && text.startsWith(h));
  text = text.slice(repeated !== undefined ? repeated.length : unitAt(text, false).length);
  const figure = figureAfter(text);
  return {
    value: parseNumber(figure),
    sameUnit: low.unit !== '' && text.slice(figure.length).startsWith(low.unit),
  };
}

/** The digits at `from` in `text`: where they end. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  while (isAsciiDigit(text[i])) i += 1;
  return i;
}

/**
 * A clock time with its half of the day (9 a.m., 5:30 pm, 7 A.M) at the start of `text`: its
 * minutes after midnight and its length, or null. Read character by character, since folding
 * drops the space after a stop (5 p.m.six days).
 */
function clockAt(text: string): { minutes: number; length: number } | null {
  let i = digitsEnd(text, 0);
  if (i === 0 || i > 2) return null;
  const hour = Number(text.slice(0, i));
  let minute = 0;
  if (text[i] === ':' && digitsEnd(text, i + 1) === i + 3) {
    minute = Number(text.slice(i + 1, i + 3));
    i += 3;
  }
  if (text[i] === ' ') i += 1;
  const half = text[i]?.toLowerCase();
  if (half !== 'a' && half !== 'p') return null;
  i += text[i + 1] === '.' ? 2 : 1;
  if (text[i]?.toLowerCase() !== 'm') return null;
  i += text[i + 1] === '.' ? 2 : 1;
  if (hour > 12 || minute >= 60) return null;
  return { minutes: ((hour % 12) + (half === 'p' ? 12 : 0)) * 60 + minute, length: i };
}

/** Most characters a clock time ends a range's side in (12:30 p.m.). */
const CLOCK_CHARS = 10;

/** The clock time that ends `text` (…open 9 a.m.), in minutes after midnight, or null. */
function clockBefore(text: string): number | null {
  const end = text.trimEnd();
  for (let i = Math.max(0, end.length - CLOCK_CHARS); i < end.length; i += 1) {
    if (!isAsciiDigit(end[i]) || isAsciiDigit(end[i - 1])) continue;
    const clock = clockAt(end.slice(i));
    if (clock && i + clock.length === end.length) return clock.minutes;
  }
  return null;
}

/** The run of Latin letters that ends (or opens) `text`: Friday of …Tuesday-[Friday]. */
function lettersAt(text: string, end: boolean): string {
  const letter = (ch: string | undefined): boolean =>
    ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
  let n = 0;
  while (n < text.length && letter(end ? text[text.length - 1 - n] : text[n])) n += 1;
  return end ? text.slice(text.length - n) : text.slice(0, n);
}

/**
 * The value of an English end of a range beside the joint: a clock time (8 a.m.), a time named in
 * a word (noon: english-quantities reads it), or a day, a month or a number said in a word
 * (Tuesday, March, nine: englishNumberValue); null for none.
 */
function englishEnd(text: string, before: boolean): number | null {
  const side = before ? text.trimEnd() : text.trimStart();
  const clock = before ? clockBefore(side) : (clockAt(side)?.minutes ?? null);
  if (clock !== null) return clock;
  const word = lettersAt(side, before);
  if (word === '') return null;
  const named = quantitiesOf(word).find((q) => q.dimension === 'clock');
  return named ? named.value : englishNumberValue(word);
}

/**
 * The reading joins two numbers that rise, as a range's ends do (10至12, 1.5至2.8米, 200 to 250,
 * $8 to $12, 零下3到零下9, 8 a.m. to noon, Tuesday to Friday); a score or a vote (4-1, 三比零) need
 * not rise. Ends that carry the same unit (6月至7月, 8点到10点, 12月至次年2月) are a range's
 * whichever way they run: a score has none.
 */
function joinsRange(before: string, after: string): boolean {
  const lowSaid = englishEnd(before, true);
  const highSaid = englishEnd(after, false);
  const low = lowEnd(before);
  const high = highEnd(after, low);
  if (low.unit !== '' && low.value !== null && high.value !== null) return high.sameUnit;
  // A time of day or a day is read in words first (8 a.m. to noon); an end said in a word may
  // meet one in digits (nine through 12).
  const lowValue = lowSaid ?? low.value;
  const highValue = highSaid ?? high.value;
  return lowValue !== null && highValue !== null && lowValue < highValue;
}

/** A dash or a tilde, the marks that join a range's ends (—, -, ～). */
const isRangeMark = (t: string): boolean =>
  t !== '' && [...t].every((ch) => '-–—―－~～〜'.includes(ch));

/** One English word in lower case (through, to, until): a range's joint when a dash vouches for it. */
const isLowerWord = (t: string): boolean =>
  t !== '' && [...t].every((ch) => ch >= 'a' && ch <= 'z');

/**
 * The readings are a range's joints: each a word of RANGE_WORDS (至, 到, to) or a mark (—, ～);
 * another lower-case word (through) only where some other reading is a dash, which shows the
 * word stands for one.
 */
function connectors(texts: readonly string[]): boolean {
  const dashed = texts.some(isRangeMark);
  return texts.every(
    (t) =>
      RANGE_WORDS.has(t.toLowerCase()) ||
      (t !== '' && isPunctuationOnly(t)) ||
      (dashed && isLowerWord(t)),
  );
}

/**
 * 10至12 / 10—12 / 10到12, 200 to 250 / 200-250: only the connector of a range changes, between the
 * same two rising numbers. The values agree; by the house's convention this is punctuation.
 */
const rangeConnector: Rule = {
  id: 'punctuation.range-connector',
  category: 'punctuation',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text.trim());
    return new Set(texts).size > 1 &&
      connectors(texts) &&
      site.readings.every((r) => joinsRange(r.before, r.after))
      ? {}
      : null;
  },
  why: {
    en: 'only the connector of a range differs: {a} / {b}',
    'zh-CN': '仅范围连接号不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['每亩施肥10[至]12公斤。', '每亩施肥10[—]12公斤。'],
      // Ends that carry a unit, or open with a word or a sign the low end has too.
      ['桃花一般在3月[—]4月开放。', '桃花一般在3月[至]4月开放。'],
      ['湖面每年11月[至]次年3月封冻。', '湖面每年11月[—]次年3月封冻。'],
      ['夜里降到零下2[到]零下8摄氏度', '夜里降到零下2[至]零下8摄氏度'],
      ['Parking costs $5[ to] $9 a day.', 'Parking costs $5[-]$9 a day.'],
      ['最低气温15[至]18摄氏度', '最低气温15[～]18摄氏度'],
      ['气温10[至]12度', '气温10[到]12度'],
      ['果子能多放三[到]六天', '果子能多放三[至]六天'],
      ['will hire 300[ to ]350 people', 'will hire 300[-]350 people'],
      // Clock times rise by the half of the day too.
      ['the pool is open 10 a.m. [to ]6 p.m. daily', 'the pool is open 10 a.m.[-]6 p.m. daily'],
      // Ends with a decimal point, or a sign for their unit (℃, %).
      ['今年水位上涨0.6[至]1.4米', '今年水位上涨0.6[—]1.4米'],
      ['白天最高气温9℃[至]15℃', '白天最高气温9℃[～]15℃'],
      // A joint no list holds, said in words where another paper sets a dash: the dash vouches
      // for it; the ends may be days, or a clock time and noon.
      ['He coached there from 1998[ through ]2006.', 'He coached there from 1998[-]2006.'],
      ['The clinic is open Tuesday[ through ]Friday.', 'The clinic is open Tuesday[-]Friday.'],
      ['Volunteers sort cans from 8 a.m. [to ]noon.', 'Volunteers sort cans from 8 a.m.[-]noon.'],
      [
        'The camp takes pupils in grades four[ through ]8.',
        'The camp takes pupils in grades four[-]8.',
      ],
      // A figure one printing misreads (l for 1) is still a range's end.
      [
        'Crews expect 1[ to ]3 inches more.',
        'Crews expect l[ to ]3 inches more.',
        'Crews expect 1[-]3 inches more.',
      ],
      // As folding prints it: no space after a stop (p.m.Monday).
      ['Hours are 9 a.m. [to ]5 p.m.Monday', 'Hours are 9 a.m.[-]5 p.m.Monday'],
    ],
    negative: [
      ['他[至]今未归', '他[—]今未归'],
      ['他3月[至]今未归', '他3月[—]今未归'],
      // A vote or a score is no range: its numbers need not rise.
      ['the board voted 5[ to ]2 on', 'the board voted 5[-]2 on'],
      // Words between two days where no paper sets a dash: no joint is vouched for.
      ['The clinic is open Tuesday[ and ]Friday.', 'The clinic is open Tuesday[ or ]Friday.'],
    ],
  },
};

/**
 * voted 6-3 / 6 to 3, 2:0 / 2比0: the connector of a score or a vote changes between the same two
 * numbers, which need not rise. The values are told another way: a number flag, as the house
 * labels it (a range whose numbers rise is punctuation, above).
 */
const scoreConnector: Rule = {
  id: 'number.score',
  category: 'number',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text.trim());
    const scored = (r: (typeof site.readings)[number]): boolean =>
      parseNumber(figureBefore(r.before.trimEnd())) !== null &&
      parseNumber(figureAfter(r.after.trimStart())) !== null;
    return new Set(texts).size > 1 &&
      texts.every((t) => SCORE_WORDS.has(t.toLowerCase()) || (t !== '' && isPunctuationOnly(t))) &&
      texts.some((t) => SCORE_WORDS.has(t.toLowerCase())) &&
      site.readings.every(scored) &&
      (texts.some((t) => t === '比') || !site.readings.every((r) => joinsRange(r.before, r.after)))
      ? {}
      : null;
  },
  why: {
    en: 'a score or a vote is joined another way: {a} / {b}',
    'zh-CN': '比分或票数的写法不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['the council voted 6[-]3 to close it', 'the council voted 6[ to ]3 to close it'],
      ['主队以2[:]0取胜', '主队以2[比]0取胜'],
    ],
    negative: [
      ['每亩施肥10[至]12公斤。', '每亩施肥10[—]12公斤。'],
      ['在2023[，]2024年', '在2023[、]2024年'],
    ],
  },
};

/** The words that join a score's or a vote's two numbers where other papers set a dash or a colon. */
const SCORE_WORDS: ReadonlySet<string> = new Set(['比', 'to']);

/** The range and score rows (precedence.ts orders every row). */
export const RANGE_RULES: readonly Rule[] = [rangeConnector, scoreConnector];
