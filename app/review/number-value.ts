/**
 * Reads the numeric value a piece of news text denotes: Arabic digits (half- or full-width, with
 * thousands separators and decimals), Chinese numerals (三十五, 二〇二五, 两千), and the large units
 * 万 and 亿 after either ("1.2万" is 12000), read by the one parser of app/lexicon/numerals.ts.
 * A small helper for number flags the engine has not annotated with `numbers`.
 */

import { parseNumber } from '../lexicon/numerals';

/** A number written in the text, where it lies, and what it denotes. */
export interface NumberToken {
  readonly text: string;
  readonly start: number;
  readonly value: number;
}

// One number: Arabic digits with separators/decimals, or a run of Chinese numerals; then 万/亿.
const NUMBER_PATTERN =
  /[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?[万亿]*|[零〇一二两三四五六七八九十百千万亿]+/gu;

/** Every number in a text, in order. A lone 一 or 两 inside a word (一些, 两岸) is still a number here. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const value = parseNumberValue(match[0]);
    if (value !== null) tokens.push({ text: match[0], start: match.index ?? 0, value });
  }
  return tokens;
}

/** The value of one number token (as matched by `findNumbers`), or null when it is not one. */
export function parseNumberValue(token: string): number | null {
  return parseNumber(token);
}
