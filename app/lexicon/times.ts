/**
 * Times of day as Chinese papers print them: in digits on a clock (9:00, 17:30) or in words with
 * a part of the day (上午9时, 下午3点半, 凌晨4时30分, 中午12时). One reader, used by flag
 * formation (the parts of one time are one flag) and by classification (a time told two ways is a
 * number). Hours and minutes are read with the one numeral parser (numerals.ts).
 */
import { isChineseNumeral, isNumeralChar, parseNumber } from './numerals';

/** Parts of the day, and whether an hour below twelve after them is in the afternoon or evening. */
const DAY_PARTS: Readonly<Record<string, boolean>> = {
  凌晨: false,
  清晨: false,
  早晨: false,
  早上: false,
  上午: false,
  中午: true,
  午间: true,
  下午: true,
  傍晚: true,
  晚上: true,
  晚间: true,
  夜间: true,
  深夜: true,
};

const PART = Object.keys(DAY_PARTS).join('|');
const NUM = '[0-9０-９]{1,2}|[零〇一二两三四五六七八九十]{1,3}';

/**
 * One time of day: a part of the day (optional), the hour, and 时 or 点 with minutes (分), a half
 * (半) or the hour sharp (整); or a clock reading, hour:minutes. 点 before a numeral with no 分 is a
 * decimal point (八点六), not a time, and is not read.
 */
const TIME = new RegExp(
  `(${PART})?\\s*(?:(${NUM})\\s*[时点]\\s*(?:(${NUM})\\s*分|(半|整))?(?![零〇一二两三四五六七八九十0-9])|([0-9０-９]{1,2})\\s*[:：]\\s*([0-9０-９]{2})(?![0-9]))`,
  'gu',
);

/** The characters a time of day or a range of them may hold, beside the parts of the day. */
const TIME_CHARS: ReadonlySet<string> = new Set([
  ...'0123456789０１２３４５６７８９零〇一二两三四五六七八九十时点分半整:：至到—–~～-',
]);

/** The characters of the parts of the day, one by one (to widen a stretch to the whole time). */
const PART_CHARS: ReadonlySet<string> = new Set([...Object.keys(DAY_PARTS).join('')]);

/** True when a stretch holds nothing but the words of times of day and their range connectors. */
export function onlyTimeWords(text: string): boolean {
  let rest = text;
  for (const part of Object.keys(DAY_PARTS)) rest = rest.split(part).join('');
  return [...rest].every((ch) => ch.trim() === '' || TIME_CHARS.has(ch));
}

/** True for a character a time of day may hold: a digit, a numeral, 时, :, a part-of-day word's. */
function isTimeChar(ch: string): boolean {
  return PART_CHARS.has(ch) || TIME_CHARS.has(ch);
}

/** Most characters a time's stretch is widened by on either side to read the whole time. */
const WIDEN_MAX = 12;

/**
 * The stretch of time characters around [start, end) in the text, widened on both sides (4 + 时30分
 * → 4时30分), for timesOfDay to read the whole time a piece belongs to.
 */
export function timeStretch(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && start - from < WIDEN_MAX && isTimeChar(text[from - 1] as string)) from--;
  while (to < text.length && to - end < WIDEN_MAX && isTimeChar(text[to] as string)) to++;
  return text.slice(from, to);
}

/** The hour of a match, in twenty-four: 下午3 → 15, 中午12 → 12, 晚上12 → 24 is left as 0. */
function hour24(part: string | undefined, hour: number): number {
  if (part === undefined || !DAY_PARTS[part] || hour >= 12) return hour;
  return hour + 12;
}

/**
 * Every time of day in the text, as minutes after midnight, in order: 上午9时至下午5时 → [540,
 * 1020], 9:00—17:00 → [540, 1020]. A numeral hour with no part of the day and no minutes (一时,
 * 十点) is a time only in digits, since 一时 and 十点 are also words.
 */
export function timesOfDay(text: string): number[] {
  const times: number[] = [];
  for (const m of text.matchAll(TIME)) {
    const [, part, hourText, minuteText, half, clockHour, clockMinute] = m;
    const clock = clockHour !== undefined;
    const hour = parseNumber((clock ? clockHour : hourText) ?? '');
    const minutes = clock
      ? parseNumber(clockMinute ?? '')
      : half === '半'
        ? 30
        : minuteText !== undefined
          ? parseNumber(minuteText)
          : 0;
    if (hour === null || minutes === null || hour > 24 || minutes >= 60) continue;
    const wordy =
      !clock && ![...(hourText ?? '')].some((ch) => isNumeralChar(ch) && !isChineseNumeral(ch));
    if (wordy && part === undefined && minuteText === undefined) continue;
    times.push(hour24(part, hour) * 60 + minutes);
  }
  return times;
}
