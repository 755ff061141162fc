/**
 * The one parser of written numbers, used by classification (is it a number, and do the values
 * differ?) and by review (the numbers table): Arabic digits, half- or full-width, with thousands
 * separators, decimals and a percent sign; Chinese numerals, positional (二〇二五) or with units
 * (三千四百二十五, 十五, 两千); and the large units 万 and 亿 after either (1.2万, 3.5万亿).
 */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/**
 * True for one character of a written number: an Arabic digit (half- or full-width) or a Chinese
 * numeral or numeral unit (三, 〇, 十, 万).
 */
export function isNumeralChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９')) return true;
  return DIGIT[ch] !== undefined || SMALL_UNIT[ch] !== undefined || BIG_UNIT[ch] !== undefined;
}

/** True for an ASCII digit, 0–9 (full-width ones are folded to these before classification). */
export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** True for a Chinese numeral below ten thousand: a digit (零〇一…九, 两) or 十, 百, 千. */
export function isChineseNumeral(ch: string | undefined): boolean {
  return ch !== undefined && (DIGIT[ch] !== undefined || SMALL_UNIT[ch] !== undefined);
}

/** True for a Chinese digit or 十 (零〇一…九, 两, 十): what counts a decimal's or a score's side. */
export function isChineseDigitOrTen(ch: string | undefined): boolean {
  return ch !== undefined && (DIGIT[ch] !== undefined || ch === '十');
}

/** True for the large units 万 and 亿, which also occur in ordinary words (万一, 亿万). */
export function isLargeUnit(ch: string | undefined): boolean {
  return ch !== undefined && BIG_UNIT[ch] !== undefined;
}

/** The words that join a range's two numbers where other papers set a dash or a tilde (10至12, 200 to 250). */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['至', '到', 'to']);

/**
 * English words that make an amount approximate or bound it, by what they say of it: about 600,
 * nearly 600 and 600 alike give a round figure (a manner of speaking, as 约 and 左右: wording,
 * app/classify/README.md); under and more than bound it below or above (as 多 and 余: number);
 * "and a half" adds to it. Words of different senses state different amounts (about 600 / more
 * than 600); early, mid and late before a month or a year state different dates.
 */
export const AMOUNT_QUALIFIERS: Readonly<
  Record<string, 'round' | 'below' | 'above' | 'half' | 'early' | 'mid' | 'late'>
> = {
  about: 'round',
  roughly: 'round',
  around: 'round',
  approximately: 'round',
  some: 'round',
  nearly: 'round',
  almost: 'round',
  under: 'below',
  'less than': 'below',
  'fewer than': 'below',
  'up to': 'below',
  over: 'above',
  'more than': 'above',
  'at least': 'above',
  'and a half': 'half',
  // A part of a month or a year before it narrows the date (late May / May).
  early: 'early',
  mid: 'mid',
  late: 'late',
};

/**
 * English units of a span of time, in minutes (a month as a twelfth of a year): a decade / ten
 * years and about a week / about two weeks compare by the span they state.
 */
export const DURATION_MINUTES: Readonly<Record<string, number>> = {
  second: 1 / 60,
  minute: 1,
  hour: 60,
  day: 1440,
  week: 10080,
  month: 43800,
  year: 525600,
  decade: 5256000,
};

/** Full-width digits and marks as ASCII (１２．５ → 12.5). */
function halfWidth(text: string): string {
  return text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A Chinese numeral's value: digit by digit when it has no unit (二〇二五 = 2025, years and
 * codes), else by its units (三千四百二十五, 十五 = 15, 一万二千 = 12000, 三亿五千万, 一万亿);
 * null when it is not one (a unit alone, 万, is no number).
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  const chars = [...text];
  if (chars.length >= 2 && chars.every((c) => DIGIT[c] !== undefined && c !== '两'))
    return Number(chars.map((c) => DIGIT[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  let any = false;
  for (const c of chars) {
    const d = DIGIT[c];
    if (d !== undefined) {
      digit = d;
      any = true;
      continue;
    }
    const small = SMALL_UNIT[c];
    if (small !== undefined) {
      section += (digit || 1) * small;
      digit = 0;
      any = true;
      continue;
    }
    const big = BIG_UNIT[c];
    if (big === undefined) return null;
    // 亿 scales everything before it (一万亿 = 10^12); 万 only its own section (三亿五千万).
    total = big > 1e4 ? (total + section + digit || 1) * big : total + (section + digit || 1) * big;
    section = 0;
    digit = 0;
  }
  return any ? total + section + digit : null;
}

/**
 * The value a number token denotes: 4110, 4,110, １２．５, 1.2万 (12000), 3.5万亿, 35% (35), 十五
 * (15), 二〇二五 (2025); null when the token is no number.
 */
export function parseNumber(token: string): number | null {
  const t = halfWidth(token)
    .replace(/[,，](?=\d{3})/g, '')
    .replace(/%$/, '');
  const arabic = /^(\d+(?:\.\d+)?)([万亿]*)$/.exec(t);
  if (arabic) {
    let value = Number(arabic[1]);
    for (const unit of arabic[2] ?? '') value *= BIG_UNIT[unit] ?? 1;
    return value;
  }
  return parseChineseNumeral(t);
}

/** English numerals and the irregular ordinals, by value. */
const ENGLISH: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  dozen: 12,
  // Fractions (cut by half, a quarter of voters): numbers too, valued as fractions.
  half: 0.5,
  quarter: 0.25,
  first: 1,
  second: 2,
  third: 3,
  fifth: 5,
  eighth: 8,
  ninth: 9,
  twelfth: 12,
};

/** One English number word: a numeral or its ordinal, regular (seventeenth, twentieth) or not (fifth). */
function englishWord(word: string): number | null {
  const known = ENGLISH[word];
  if (known !== undefined) return known;
  // A decade of the tens in the plural (the nineties, in her thirties): the tens' value.
  if (word.endsWith('ies')) {
    const tens = ENGLISH[`${word.slice(0, -3)}y`];
    return tens !== undefined && tens >= 20 && tens < 100 ? tens : null;
  }
  // Regular ordinals add -th to the numeral, and -ieth replaces the -y of the tens (twentieth).
  const stem = word.endsWith('ieth')
    ? `${word.slice(0, -4)}y`
    : word.endsWith('th')
      ? word.slice(0, -2)
      : '';
  const value = stem === '' ? undefined : ENGLISH[stem];
  return value !== undefined && value >= 4 ? value : null;
}

/**
 * The parts a fraction's second word divides by (two-thirds, three-quarters, one-fifth): an
 * ordinal from three on, or quarter and half, singular or plural; null for any other word.
 */
export function fractionDenominator(word: string): number | null {
  const singular = word.endsWith('ves')
    ? `${word.slice(0, -3)}f`
    : word.endsWith('s')
      ? word.slice(0, -1)
      : word;
  if (singular === 'half') return 2;
  if (singular === 'quarter') return 4;
  const value = singular === 'second' || singular === 'first' ? null : englishWord(singular);
  return value !== null && value >= 3 && value === Math.floor(value) ? value : null;
}

/**
 * The value of an English number word (three, seventeenth, twenty-first, 3rd), case aside; null
 * for any other word. A hyphenated compound of tens and units adds them (twenty-one = 21); one of
 * a numeral and a part divides (two-thirds = 2/3, three-quarters = 0.75).
 */
export function parseEnglishNumber(word: string): number | null {
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (ordinal) return Number(ordinal[1]);
  const parts = word.toLowerCase().split('-');
  const [tens, units] = parts;
  if (parts.length === 2 && tens !== undefined && units !== undefined) {
    const t = ENGLISH[tens];
    const divisor = fractionDenominator(units);
    if (t !== undefined && t >= 1 && t <= 9 && divisor !== null) return t / divisor;
    const u = englishWord(units);
    return t !== undefined && t >= 20 && t % 10 === 0 && t < 100 && u !== null && u >= 1 && u <= 9
      ? t + u
      : null;
  }
  return parts.length === 1 && tens !== undefined ? englishWord(tens) : null;
}
