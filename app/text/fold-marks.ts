/**
 * What the style fold (fold.ts) reads around one character: combining marks, degree signs, runs
 * of ellipsis and dash marks, words hyphenated at a line end, a Chinese full stop typed as '.',
 * whether a mark stands in Chinese text; and the folded units made into a string.
 */
import type { StyleKind } from '../model/types';
import { CLOSERS, SENTENCE_END, isHan } from '../lexicon/characters';
import { isLatinLetterOrDigit, isSpace } from './fold-chars';

/**
 * The first `n` units as a string, made in slices (an argument list has a length limit). Passed by
 * apply, not spread: spreading a typed array walks its iterator, ~8× slower (most of folding).
 */
export function unitsToString(units: Uint16Array, n: number): string {
  const SLICE = 8192;
  const parts: string[] = [];
  for (let at = 0; at < n; at += SLICE)
    parts.push(
      String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + SLICE)) as never),
    );
  return parts.join('');
}

/** True for a combining mark that composes with the letter before it (Latin, Greek, Cyrillic, kana). */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    code === 0x3099 ||
    code === 0x309a
  );
}

/** Code points printed as the dash or ellipsis: the horizontal bar (Big5 and some GB tables) and the midline ellipsis. */
const SAME_RUN_MARK: Readonly<Record<string, string>> = { '―': '—', '⋯': '…' };

/** °C or °F (also with OCR's ordinal º, or a space between) at `at`, read as ℃ or ℉; null for a degree of angle or °Celsius. */
export function degreeSign(
  text: string,
  at: number,
  to: number,
): { out: string; end: number } | null {
  const m = /^[°º] ?([CF])(?![A-Za-z])/.exec(text.slice(at, Math.min(to, at + 4)));
  if (!m) return null;
  return { out: m[1] === 'C' ? '℃' : '℉', end: at + m[0].length };
}

/** True when an ideograph comes shortly before `at` on the line, past the number it measures (气温-5.5°C). */
export function cjkBefore(text: string, at: number, from: number): boolean {
  for (let j = at - 1; j >= from && j >= at - 12; j--) {
    const c = text[j] as string;
    if (isHan(c)) return true;
    if (!/[0-9.\-~～ ]/.test(c)) return false;
  }
  return false;
}

/** A run of ellipsis or dash marks at `at`, folded to its canonical form, or null. */
export function markRun(
  text: string,
  at: number,
  to: number,
): { out: string; length: number; noise: StyleKind | null } | null {
  const ch = SAME_RUN_MARK[text[at] as string] ?? (text[at] as string);
  if (ch !== '…' && ch !== '.' && ch !== '—' && ch !== '-' && ch !== '。') return null;
  let end = at;
  while (end < to && (SAME_RUN_MARK[text[end] as string] ?? text[end]) === ch) end += 1;
  const length = end - at;
  // Another code point for the same mark (― for —, ⋯ for …) is noise even at the usual length.
  if (ch !== text[at] && (ch === '…' || ch === '—'))
    return { out: ch === '…' ? '……' : '——', length, noise: 'full-width-punctuation' };
  if (ch === '…')
    return { out: '……', length, noise: length === 2 ? null : 'full-width-punctuation' };
  if (ch === '—')
    return { out: '——', length, noise: length === 2 ? null : 'full-width-punctuation' };
  // Spaced dots (. . .), as some English styles set an ellipsis.
  const spaced =
    ch === '.' && length === 1
      ? /^\.(?: \.){2,}/.exec(text.slice(at, Math.min(to, at + 16)))
      : null;
  if (spaced) return { out: '……', length: spaced[0].length, noise: 'half-width-punctuation' };
  // Three or more ASCII dots or ideographic full stops are an ellipsis; two hyphens a dash.
  if ((ch === '.' || ch === '。') && length >= 3)
    return { out: '……', length, noise: 'half-width-punctuation' };
  if (ch === '-' && length >= 2) return { out: '——', length, noise: 'half-width-punctuation' };
  return null;
}

/**
 * True when the '-' at `at` ends its line after a Latin letter and the next line goes on with a
 * lower-case letter: recon-/struction. A capital after the break (Jean-/Paul) keeps its hyphen.
 */
export function splitsWord(text: string, at: number, to: number): boolean {
  return (
    /[A-Za-z]/.test(text[at - 1] ?? '') &&
    text.slice(at + 1, to).trim().length === 0 &&
    /^\r?\n[ \t]*[a-z]/.test(text.slice(to, to + 12))
  );
}

/** Two characters that a line break between them separates as a word space: Latin or digits, one of them a letter. */
export function latinPair(prev: string, next: string): boolean {
  return (
    isLatinLetterOrDigit(prev) &&
    isLatinLetterOrDigit(next) &&
    !(/\d/.test(prev) && /\d/.test(next))
  );
}

/** True when a folded character ends a sentence: a sentence-final mark or a closing quote or bracket. */
export function endsSentence(prev: string): boolean {
  return SENTENCE_END.has(prev) || CLOSERS.has(prev);
}

/** A half-width full stop that ends a Chinese sentence reads as 。 */
export const FULL_STOP = { out: '。', kind: 'half-width-punctuation' } as const;

/**
 * True when the '.' at `at` ends a Chinese sentence: an ideograph (or a closing quote or bracket
 * after one) before it, and no digit or Latin letter after it (3.5 and U.S. keep their dots).
 */
export function cjkFullStop(text: string, at: number, from: number, to: number): boolean {
  let j = at - 1;
  while (j >= from && /[”’"')）」』]/.test(text[j] as string)) j -= 1;
  if (j < from || !isHan(text[j] as string)) return false;
  const next = at + 1 < to ? (text[at + 1] as string) : '';
  return !/[0-9A-Za-z.]/.test(next);
}

/** True when the nearest non-space character on either side within the line is CJK. */
export function cjkContext(text: string, at: number, from: number, to: number): boolean {
  // Quotes are looked through: English uses curly quotes too (thought,” said), so they tell nothing.
  for (let j = at - 1; j >= from; j--) {
    const c = text[j] as string;
    if (isSpace(c) || /[“”‘’"']/.test(c)) continue;
    if (isHan(c) || /[\u3000-\u303f\uff00-\uffef]/.test(c)) return true;
    break;
  }
  for (let j = at + 1; j < to; j++) {
    const c = text[j] as string;
    if (isSpace(c) || /[“”‘’"']/.test(c)) continue;
    return isHan(c);
  }
  return false;
}
