/**
 * Reads the numeric value a piece of news text denotes: Arabic digits (half- or full-width, with
 * thousands separators and decimals), Chinese numerals (三十五, 二〇二五, 两千), and the large units
 * 万 and 亿 after either ("1.2万" is 12000). A small helper for number flags the engine has not
 * annotated with `numbers`; not a general parser.
 */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** A number written in the text, where it lies, and what it denotes. */
export interface NumberToken {
  readonly text: string;
  readonly start: number;
  readonly value: number;
}

// One number: Arabic digits with separators/decimals, or a run of Chinese numerals; then 万/亿.
const NUMBER_PATTERN = /[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?[万亿]*|[零〇一二两三四五六七八九十百千万亿]+/gu;

/** Every number in a text, in order. A lone 一 or 两 inside a word (一些, 两岸) is still a number here. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const value = parseNumberValue(match[0]);
    if (value !== null) tokens.push({ text: match[0], start: match.index ?? 0, value });
  }
  return tokens;
}

/** The value of the first number in a text, or null when it holds none. */
export function firstNumberValue(text: string): number | null {
  return findNumbers(text)[0]?.value ?? null;
}

/** The value of one number token (as matched by `findNumbers`), or null when it is not one. */
export function parseNumberValue(token: string): number | null {
  if (!/^[0-9０-９]/.test(token)) return parseChinese(token);
  const match = /^(.*?)([万亿]*)$/u.exec(token);
  let multiplier = 1;
  for (const unit of match?.[2] ?? '') multiplier *= LARGE_UNITS[unit] ?? 1;
  const base = parseArabic(match?.[1] ?? '');
  return base === null ? null : base * multiplier;
}

function parseArabic(body: string): number | null {
  const ascii = body.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');
  const value = Number(ascii);
  return Number.isFinite(value) ? value : null;
}

/**
 * Chinese numerals: positional (二〇二五, read digit by digit, as years are written) when there is no
 * unit character, otherwise units (三千五百二十, 十五 = 15, 一万二千 = 12000, 三亿五千万).
 */
function parseChinese(body: string): number | null {
  if (body === '') return null;
  const chars = [...body];
  if (!chars.some((c) => c in SMALL_UNITS || c in LARGE_UNITS)) {
    let value = 0;
    for (const c of chars) {
      const digit = CHINESE_DIGITS[c];
      if (digit === undefined) return null;
      value = value * 10 + digit;
    }
    return value;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const d = CHINESE_DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = SMALL_UNITS[c];
    if (unit !== undefined) {
      section += (digit ?? 1) * unit;
      digit = null;
      continue;
    }
    const large = LARGE_UNITS[c];
    if (large === undefined) return null;
    const value = (section + (digit ?? 0)) || 1;
    // 亿 scales everything before it (三亿五千万: the 万 section comes after); 万 only its section.
    total = large > 1e4 ? (total + value) * large : total + value * large;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}
