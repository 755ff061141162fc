/**
 * Character classes and canonical forms used by style folding. Kept apart from the folding loop so
 * the classifier can share the same notion of "punctuation" (what is CJK and what ends a sentence
 * live in app/lexicon/characters.ts).
 */

/** Half-width punctuation that Chinese text normally writes full-width; folded to the full-width form. */
const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/**
 * Other code points for a mark that prints the same, to its canonical form: the ratio colon of
 * scores (3∶1), the vertical-form colon, the minus sign and the wave dash of ranges (5〜8).
 */
const SAME_MARK: Readonly<Record<string, string>> = {
  '∶': '：',
  '︰': '：',
  '−': '-',
  '〜': '~',
};

/** Full-width forms that are already canonical (they are what HALF_TO_FULL folds to). */
const CANONICAL_FULL = new Set(Object.values(HALF_TO_FULL));

/** What one source character folds to, and which style kind that counts as (if any). */
export interface CharFold {
  readonly out: string;
  readonly kind:
    | 'half-width-punctuation'
    | 'full-width-punctuation'
    | 'full-width-digits'
    | 'full-width-latin'
    | null;
}

/**
 * Folds one non-space, non-quote code point to its canonical comparison form.
 * Punctuation folds to the full-width Chinese form (the norm in the material), digits and Latin to
 * ASCII, other full-width ASCII symbols (％ ＋ ．) to ASCII.
 */
export function foldChar(ch: string): CharFold {
  // Middle dots of transliterated names (中和·蜂巢) come in several code points.
  if (ch === '・' || ch === '‧' || ch === '•' || ch === '∙' || ch === '⋅')
    return { out: '·', kind: 'full-width-punctuation' };
  const same = SAME_MARK[ch];
  if (same !== undefined) return { out: same, kind: 'full-width-punctuation' };
  const half = HALF_TO_FULL[ch];
  if (half !== undefined) return { out: half, kind: 'half-width-punctuation' };
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0xfb00 && code <= 0xfb06) {
    // Latin ligatures (ﬁ ﬂ) from PDF text or OCR: the letters they join. Not counted as style: they are not a choice of the reprint.
    return { out: ch.normalize('NFKC'), kind: null };
  }
  if (code >= 0xfe50 && code <= 0xfe6b) {
    // Small form variants (﹐﹑﹔﹖, from some Big5 and OCR output) print as the ordinary mark.
    const plain = ch.normalize('NFKC');
    return { out: HALF_TO_FULL[plain] ?? plain, kind: 'full-width-punctuation' };
  }
  if (code >= 0xff01 && code <= 0xff5e) {
    if (CANONICAL_FULL.has(ch)) return { out: ch, kind: null };
    const ascii = String.fromCharCode(code - 0xfee0);
    if (/[0-9]/.test(ascii)) return { out: ascii, kind: 'full-width-digits' };
    if (/[A-Za-z]/.test(ascii)) return { out: ascii, kind: 'full-width-latin' };
    return { out: ascii, kind: 'full-width-punctuation' };
  }
  return { out: ch, kind: null };
}

/** True for white space of any width, including the ideographic space U+3000 and NBSP. */
export function isSpace(ch: string): boolean {
  return /^[\s\u3000\u00a0\u200b\ufeff]$/u.test(ch);
}

/** True for an ASCII letter or digit (after folding full-width forms). */
export function isLatinOrDigit(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch);
}

const LATIN_LETTER = /^\p{Script=Latin}$/u;

/**
 * True for a letter of the Latin script, accented ones included (é, ñ, ä, ø, ß), or an ASCII
 * digit: a space beside one is a word space (Kivelä Hill), where isLatinOrDigit alone would read
 * the accented letter as no word at all and drop the space.
 */
export function isLatinLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0xaa) return isLatinOrDigit(ch);
  return LATIN_LETTER.test(ch);
}

/** True for punctuation or a symbol (Unicode P* or S*), CJK or Latin. */
export function isPunctuation(ch: string): boolean {
  if (ch.length !== 1) return PUNCTUATION.test(ch);
  // One code unit: the answer is remembered per unit (the classifier asks it of every character).
  const c = ch.charCodeAt(0);
  let known = punctuationOfUnit[c] as number;
  if (known === 0) {
    known = PUNCTUATION.test(ch) ? 1 : 2;
    punctuationOfUnit[c] = known;
  }
  return known === 1;
}

const PUNCTUATION = /^[\p{P}\p{S}]$/u;
/** Per UTF-16 unit: 0 not asked yet, 1 punctuation or symbol, 2 not. */
const punctuationOfUnit = new Uint8Array(0x10000);

/** Quote characters and their canonical open/close forms. */
export type QuoteRole =
  | 'open-double'
  | 'close-double'
  | 'open-single'
  | 'close-single'
  | 'straight-double'
  | 'straight-single';

/** The role of a quote character, or null when it is not a quote. */
export function quoteRole(ch: string): QuoteRole | null {
  switch (ch) {
    case '“':
    case '「':
    case '〝':
      return 'open-double';
    case '”':
    case '」':
    case '〞':
      return 'close-double';
    case '‘':
    case '『':
      return 'open-single';
    case '’':
    case '』':
      return 'close-single';
    case '"':
    case '＂':
      return 'straight-double';
    case "'":
    case '＇':
      return 'straight-single';
    default:
      return null;
  }
}

/** The canonical quote forms, the ones that count as no style difference. */
export const CANONICAL_QUOTES = new Set(['“', '”', '‘', '’']);
