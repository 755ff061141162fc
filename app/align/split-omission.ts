/**
 * A small change beside a dropped sentence, with nothing shared between them, diffs as one edit:
 * 公里[。据介绍……纪录。] against 公里[！] is a changed mark and an omitted sentence, two places an
 * editor decides apart (the labels have them apart too). This splits such a site in two when
 * the long reading, shared by the variants that print the sentence, is a short head or tail plus
 * whole sentences, and the other readings are short.
 */
import type { ShapedSite } from './shapes';
import type { SiteReading } from './sites';
import { FULL_STOPS, SEMICOLONS } from '../lexicon/characters';

/** Longest short reading (code points): a mark, a character or two, a short number. */
const SHORT = 4;

/** The long reading must be this many times the short plus this many: a sentence, not a word. */
const LONG_FACTOR = 4;
const LONG_PLUS = 6;

/** Sentence-final marks and the closing quotes that may follow them. */
const SENTENCE_MARK = new RegExp(`[${FULL_STOPS}${SEMICOLONS}]`, 'u');
const CLOSER = /[”’」』）)"']/u;

/** Index just past the sentence end that starts at `i` (the mark and any closers), or -1. */
function pastSentenceEnd(text: string, i: number): number {
  if (!SENTENCE_MARK.test(text[i] ?? '')) return -1;
  let j = i + 1;
  while (
    j < text.length &&
    (SENTENCE_MARK.test(text[j] as string) || CLOSER.test(text[j] as string))
  )
    j += 1;
  return j;
}

/** True when `text` ends a sentence. */
function endsSentence(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && CLOSER.test(text[j] as string)) j -= 1;
  return j >= 0 && SENTENCE_MARK.test(text[j] as string);
}

/**
 * The site as it is, or as a change plus an omission (in text order) when it holds both.
 * `texts` are the encoded story texts the readings index.
 */
export function splitChangeBesideOmission(
  site: ShapedSite,
  texts: readonly string[],
): ShapedSite[] {
  if (site.kind !== 'change' || site.nested) return [site];
  const slices = site.readings.map((r, k) => (texts[k] as string).slice(r.start, r.end));
  const long = slices.reduce((a, b) => (b.length > a.length ? b : a), '');
  const shorts = slices.filter((s) => s !== long);
  const maxShort = Math.max(0, ...shorts.map((s) => s.length));
  if (
    shorts.length === 0 ||
    maxShort === 0 ||
    maxShort > SHORT ||
    long.length < LONG_FACTOR * maxShort + LONG_PLUS
  )
    return [site];
  if (!endsSentence(long)) return [site];
  const isLong = slices.map((s) => s === long);

  // The change first: the long reading's head up to its first sentence end, then whole sentences.
  const first = [...long].findIndex((_, i) => pastSentenceEnd(long, i) > 0);
  const headEnd = first >= 0 ? pastSentenceEnd(long, first) : -1;
  // The short side ends a sentence too (。/！), or is a mark alone (。/，: the reprint ran on).
  const headChange = shorts.every((s) => s.length === 0 || endsSentence(s) || /^\p{P}+$/u.test(s));
  if (headEnd > 0 && headEnd <= maxShort + 2 && headEnd < long.length && headChange) {
    return [
      part(
        site,
        isLong,
        (r) => ({ start: r.start, end: r.start + headEnd }),
        (r) => r,
      ),
      part(
        site,
        isLong,
        (r) => ({ start: r.start + headEnd, end: r.end }),
        (r) => ({ start: r.end, end: r.end }),
      ),
    ];
  }

  // Whole sentences first, after a sentence end before the site, then the change at the tail.
  let tailStart = -1;
  for (let i = long.length - 2; i >= 0 && long.length - i <= maxShort + 3; i--) {
    const past = pastSentenceEnd(long, i);
    if (past > 0 && past < long.length && !SENTENCE_MARK.test(long[i - 1] ?? '')) {
      tailStart = past;
      break;
    }
  }
  const longAt = site.readings.find((_, k) => isLong[k]) as SiteReading;
  const longText = texts[isLong.indexOf(true)] as string;
  const afterSentence =
    longAt.start === 0 || endsSentence(longText.slice(Math.max(0, longAt.start - 3), longAt.start));
  if (tailStart > 0 && afterSentence) {
    return [
      part(
        site,
        isLong,
        (r) => ({ start: r.start, end: r.start + tailStart }),
        (r) => ({ start: r.start, end: r.start }),
      ),
      part(
        site,
        isLong,
        (r) => ({ start: r.start + tailStart, end: r.end }),
        (r) => r,
      ),
    ];
  }
  return [site];
}

/** One part of a split site: long readings mapped by `onLong`, the others by `onShort`. */
function part(
  site: ShapedSite,
  isLong: readonly boolean[],
  onLong: (r: SiteReading) => SiteReading,
  onShort: (r: SiteReading) => SiteReading,
): ShapedSite {
  return { ...site, readings: site.readings.map((r, k) => (isLong[k] ? onLong(r) : onShort(r))) };
}
