/**
 * The Chinese house style applied to a canonical text on export: full-width punctuation and
 * curly double quotes where the text around it is Chinese, and no spaces between Chinese and Latin letters or digits
 * (1 月 25 日 → 1月25日). Latin text, numbers (1.2万, 10:30) and line breaks are left alone.
 */
import type { HouseStyle } from './types';
import { isHan } from '../lexicon/characters';

/** Half-width punctuation and its full-width form in Chinese text. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '.': '。',
};

/** CJK symbols and punctuation, full-width forms: they count as Chinese context too. */
const CJK_PUNCT =
  /[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;
const ALNUM = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;
/** Spaces that are layout, not content; the ideographic space U+3000 is left, it indents paragraphs. */
const SPACE = /[ \t\u00a0]/;

/** Applies the house style (both parts unless told otherwise); idempotent, and never changes line breaks. */
export function applyHouseStyle(text: string, parts: HouseStyle = {}): string {
  const punctuated = parts.fullWidthPunctuation === false ? text : fullWidthPunctuation(text);
  return parts.removeCjkSpacing === false ? punctuated : removeCjkSpacing(punctuated);
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || CJK_PUNCT.test(ch));
}

/** The nearest character before `i` on the same line that is not a layout space. */
function neighbourBefore(chars: readonly string[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const ch = chars[j] as string;
    if (ch === '\n' || ch === '\r') return undefined;
    if (!SPACE.test(ch)) return ch;
  }
  return undefined;
}

/** The nearest character after `i` on the same line that is not a layout space. */
function neighbourAfter(chars: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < chars.length; j++) {
    const ch = chars[j] as string;
    if (ch === '\n' || ch === '\r') return undefined;
    if (!SPACE.test(ch)) return ch;
  }
  return undefined;
}

/**
 * Converts punctuation and quotes to a fixed point: a converted bracket makes its neighbour Chinese
 * context too ("中))"),
 * and the export must look the same when the style is applied twice. Conversions only go from
 * half- to full-width, so the loop ends.
 */
function fullWidthPunctuation(text: string): string {
  let current = text;
  for (;;) {
    const next = curlyQuotesPass(fullWidthPass(current));
    if (next === current) return next;
    current = next;
  }
}

function fullWidthPass(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((ch, i) => {
      const full = FULL_WIDTH[ch];
      if (!full) return ch;
      const before = neighbourBefore(chars, i);
      const after = neighbourAfter(chars, i);
      // 1.2万, 10:30, 3,000: punctuation between digits belongs to the number, whatever surrounds it.
      if (before !== undefined && after !== undefined && DIGIT.test(before) && DIGIT.test(after))
        return ch;
      // A full stop only ends a Chinese sentence; "Mr." or a decimal point after Latin must stay.
      if (ch === '.') return isHan(before ?? '') ? full : ch;
      if (ch === '(') return isCjk(after) || isCjk(before) ? full : ch;
      if (ch === ')') return isCjk(before) || isCjk(after) ? full : ch;
      return isCjk(before) ? full : ch;
    })
    .join('');
}

function removeCjkSpacing(text: string): string {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (SPACE.test(ch)) {
      const before = neighbourBefore(chars, i);
      const after = neighbourAfter(chars, i);
      const cjkBefore = isCjk(before);
      const cjkAfter = isCjk(after);
      const drop =
        (cjkBefore && (cjkAfter || ALNUM.test(after ?? ''))) ||
        (cjkAfter && ALNUM.test(before ?? ''));
      if (drop) continue;
    }
    out.push(ch);
  }
  return out.join('');
}

const DOUBLE_QUOTES = /["\u201c\u201d]/;

/**
 * Straight double quotes next to Chinese become “ and ”: the nth double quote of a line (straight
 * or curly) opens when n is even and closes when odd, so a pair is matched however it was typed.
 * One pass; fullWidthPunctuation repeats it with the rest to a fixed point, since a curled quote
 * is Chinese context for the punctuation beside it and the other way round.
 */
function curlyQuotesPass(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const chars = Array.from(line);
      let seen = 0;
      return chars
        .map((ch, i) => {
          if (!DOUBLE_QUOTES.test(ch)) return ch;
          const opening = seen % 2 === 0;
          seen++;
          if (ch !== '"') return ch;
          return isCjk(neighbourBefore(chars, i)) || isCjk(neighbourAfter(chars, i))
            ? opening
              ? '\u201c'
              : '\u201d'
            : ch;
        })
        .join('');
    })
    .join('\n');
}
