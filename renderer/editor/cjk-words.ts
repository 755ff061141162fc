/**
 * Word boundaries for CJK text with Intl.Segmenter: Monaco's own word navigation treats a run of
 * Han characters as one "word", so Ctrl+Right would jump a whole sentence of Chinese.
 */

/** A segmenter per locale; "zh" segments Chinese into words (ICU's dictionary) and Latin as usual. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** The offset after the next word at or after `offset` in `line` (skips spaces and punctuation first). */
export function nextWordEnd(line: string, offset: number, locale = 'zh'): number {
  for (const segment of segmenterFor(locale).segment(line)) {
    const end = segment.index + segment.segment.length;
    if (end > offset && segment.isWordLike) return end;
  }
  return line.length;
}

/** The offset of the start of the word before `offset` in `line` (skips spaces and punctuation first). */
export function previousWordStart(line: string, offset: number, locale = 'zh'): number {
  let result = 0;
  for (const segment of segmenterFor(locale).segment(line)) {
    if (segment.index >= offset) break;
    if (segment.isWordLike) result = segment.index;
  }
  return result;
}
