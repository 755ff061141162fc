/**
 * Range and score rows: only the connector of a range changes (10至12 / 10—12, 3月至4月 / 3月—4月,
 * $5 to $9 / $5-$9: punctuation by the house's convention), or the connector of a score or a vote
 * (6-3 / 6 to 3: number). Moved out of rules-form.ts when a range's ends learned units.
 */
import { isPunctuationOnly } from './extent';
import { parseNumber } from './numbers';
import type { Rule } from './rule';
import { isHan } from '../lexicon/characters';
import { isNumeralChar, RANGE_WORDS } from '../lexicon/numerals';

/** The numeral run that ends `text` (12 of 每斤12, 五 of 多放五), or '' for none. */
function numeralBefore(text: string): string {
  let i = text.length;
  while (i > 0 && isNumeralChar(text[i - 1])) i -= 1;
  return text.slice(i);
}

/** The numeral run that starts `text`, or '' for none. */
function numeralAfter(text: string): string {
  let i = 0;
  while (i < text.length && isNumeralChar(text[i])) i += 1;
  return text.slice(0, i);
}

/** A Han character that is no numeral: a unit after a figure (月, 点) or a word before it (零下). */
const isHanWord = (ch: string | undefined): boolean =>
  ch !== undefined && isHan(ch) && !isNumeralChar(ch);

/** A range's end may carry a unit of at most two characters (月, 点, 公斤) after its figure. */
const RANGE_UNIT_MAX = 2;

/** The run of at most RANGE_UNIT_MAX non-numeral Han characters that ends (or opens) `text`. */
function hanWordAt(text: string, end: boolean): string {
  let n = 0;
  while (n < text.length && isHanWord(end ? text[text.length - 1 - n] : text[n])) n += 1;
  if (n > RANGE_UNIT_MAX) return '';
  return end ? text.slice(text.length - n) : text.slice(0, n);
}

/** The low end of a range: its value, the unit after its figure, the two characters before it. */
interface LowEnd {
  readonly value: number | null;
  /** 月 in 6[月]至7月: the high end must carry it too. */
  readonly unit: string;
  /** 零下 in [零下]3到零下9, $ in [$]8 to $12: the high end may repeat it. */
  readonly head: string;
}

function lowEnd(before: string): LowEnd {
  const text = before.trimEnd();
  const unit = hanWordAt(text, true);
  const rest = text.slice(0, text.length - unit.length);
  const figure = numeralBefore(rest);
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
  text = text.slice(repeated !== undefined ? repeated.length : hanWordAt(text, false).length);
  const figure = numeralAfter(text);
  return {
    value: parseNumber(figure),
    sameUnit: low.unit !== '' && text.slice(figure.length).startsWith(low.unit),
  };
}

/**
 * The reading joins two numbers that rise, as a range's ends do (10至12, 200 to 250, $8 to $12,
 * 零下3到零下9); a score or a vote (4-1, 三比零) need not rise. Ends that carry the same unit
 * (6月至7月, 8点到10点, 12月至次年2月) are a range's whichever way they run: a score has none.
 */
function joinsRange(before: string, after: string): boolean {
  const lowClock = CLOCK_BEFORE.exec(before);
  const highClock = CLOCK_AFTER.exec(after);
  if (lowClock && highClock) return minutesOf(lowClock) < minutesOf(highClock);
  const low = lowEnd(before);
  const high = highEnd(after, low);
  if (low.value === null || high.value === null) return false;
  return low.unit !== '' ? high.sameUnit : low.value < high.value;
}

/** A clock time with its half of the day (9 a.m., 5:30 pm) that ends, or opens, a range's side. */
const CLOCK = String.raw`(\d{1,2})(?::(\d\d))?\s?([ap])\.?m\.?`;
const CLOCK_BEFORE = new RegExp(`${CLOCK}\\s*$`, 'i');
const CLOCK_AFTER = new RegExp(`^\\s*${CLOCK}`, 'i');

/** Minutes after midnight of a matched clock time (12 a.m. is midnight, 12 p.m. noon). */
function minutesOf(clock: RegExpExecArray): number {
  const hour = (Number(clock[1]) % 12) + (clock[3]?.toLowerCase() === 'p' ? 12 : 0);
  return hour * 60 + Number(clock[2] ?? 0);
}

/** A range's connector: a word (至, 到, to) or a mark (—, ～, -). */
const isConnector = (t: string): boolean =>
  RANGE_WORDS.has(t.toLowerCase()) || (t !== '' && isPunctuationOnly(t));

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
      texts.every(isConnector) &&
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
    ],
    negative: [
      ['他[至]今未归', '他[—]今未归'],
      ['他3月[至]今未归', '他3月[—]今未归'],
      // A vote or a score is no range: its numbers need not rise.
      ['the board voted 5[ to ]2 on', 'the board voted 5[-]2 on'],
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
      parseNumber(numeralBefore(r.before.trimEnd())) !== null &&
      parseNumber(numeralAfter(r.after.trimStart())) !== null;
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
