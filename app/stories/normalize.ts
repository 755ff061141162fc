/**
 * The cheap normalisation the story finder matches on: NFKC, lower case, letters and digits only.
 * Style folding proper (app/text/fold.ts) is the engine's; matching only needs text in which
 * punctuation style, white space, line wrapping and script (繁/简) no longer matter.
 */

import { toSimplified } from '../text/script-fold';

/**
 * Letters and digits of the text after NFKC (full-width Ａ１ become A1), lower-cased, in the
 * simplified script: a traditional-character reprint matches its simplified source paragraph.
 * The finder reads it through its context (finder-context.ts), which remembers it per text.
 */
export function normalizeForMatching(text: string): string {
  return toSimplified(text)
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

/**
 * Character n-gram length. Four CJK characters are about two words: long enough that two
 * unrelated paragraphs share few of them, short enough that one changed character spoils only
 * four shingles.
 */
export const SHINGLE_LENGTH = 4;

/**
 * The distinct shingle hashes of a normalised text, sorted. FNV-1a over the UTF-16 code units of
 * each n-gram; a rare 32-bit collision only adds one spurious shared shingle.
 */
export function shingleHashes(normalized: string, n: number = SHINGLE_LENGTH): Uint32Array {
  const count = normalized.length - n + 1;
  if (count <= 0) return new Uint32Array(0);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ normalized.charCodeAt(i + k), 0x01000193);
    out[i] = h >>> 0;
  }
  out.sort();
  let w = 0;
  for (let r = 0; r < out.length; r++)
    if (r === 0 || out[r] !== out[w - 1]) out[w++] = out[r] as number;
  return out.slice(0, w);
}
