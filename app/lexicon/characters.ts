/**
 * Character classes the classifier reads, written once: the Han characters Chinese news text is
 * set in. Rules import these instead of retyping the range in a regex of their own.
 */

/** First and last code unit of the CJK Unified Ideographs block (U+4E00–U+9FFF). */
const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;

/** True when `ch` is one Han character of the CJK Unified Ideographs block. */
export function isHan(ch: string): boolean {
  if (ch.length !== 1) return false;
  const code = ch.charCodeAt(0);
  return code >= HAN_FIRST && code <= HAN_LAST;
}

/** True when `text` is `min` to `max` Han characters and nothing else (`min` 0 allows the empty text). */
export function hanRun(text: string, min = 1, max = Number.POSITIVE_INFINITY): boolean {
  if (text.length < min || text.length > max) return false;
  for (let i = 0; i < text.length; i++) if (!isHan(text[i] as string)) return false;
  return true;
}
