/**
 * A figure misread by one printing and the joint beside it set another way by another merge into
 * one site: 1 to / l to / 1- (an OCR look-alike in the figure, a dash for "to"). The two are
 * places an editor decides apart, of two kinds (a number, and punctuation by the house's
 * convention for a range's joint), so one flag over both has one category wrong. This splits such
 * a site where the printings' changes fall on either side of one cut: each printing changes the
 * figure, or the joint, or neither, never both.
 */
import type { ShapedSite } from './shapes';
import { changeReadings, twoSites } from './split-site';
import type { SiteReading } from './sites';
import { isAsciiDigit, isNumeralChar } from '../lexicon/numerals';
import { isPunctuation } from '../text/fold-chars';

/** Where `text` departs from `common`: the stretch of `common` it replaces, [from, to). */
function changeIn(common: string, text: string): { from: number; to: number } | null {
  if (text === common) return null;
  const shortest = Math.min(common.length, text.length);
  let from = 0;
  while (from < shortest && common[from] === text[from]) from += 1;
  let tail = 0;
  while (
    tail < shortest - from &&
    common[common.length - 1 - tail] === text[text.length - 1 - tail]
  )
    tail += 1;
  return { from, to: common.length - tail };
}

/** A figure's text: it holds a digit or a numeral. */
const holdsFigure = (text: string): boolean => [...text].some((ch) => isNumeralChar(ch));

/** A joint's text: marks, spaces and lower-case Latin letters only (-, to, through), not empty. */
function isJoint(text: string): boolean {
  return (
    text.trim() !== '' &&
    [...text].every((ch) => isPunctuation(ch) || ch === ' ' || (ch >= 'a' && ch <= 'z'))
  );
}

/** A figure's last or first character: a digit, or the letter OCR reads for one (l, O). */
const figureEdge = (ch: string | undefined): boolean =>
  isAsciiDigit(ch) || ch === 'l' || ch === 'O';

/**
 * The site as it is, or the figure and the joint as two sites (in text order) when the changes
 * fall on either side of one cut of the common reading, a figure on one side and a joint on the
 * other.
 */
export function splitFigureAndJoint(
  site: ShapedSite,
  texts: readonly string[],
  baseK: number,
): ShapedSite[] {
  const read = changeReadings(site, texts);
  if (!read || read.common.length < 2) return [site];
  const { slices, common } = read;
  const changes = slices.map((s) => changeIn(common, s));
  // The cut between the figure and the joint: after the common reading's figure, or before it.
  for (let cut = 1; cut < common.length; cut += 1) {
    const left = changes.map((c) => c !== null && c.to <= cut && c.from < cut);
    const right = changes.map((c) => c !== null && c.from >= cut && c.to > cut);
    if (changes.some((c, k) => c !== null && !left[k] && !right[k])) continue;
    if (!left.some(Boolean) || !right.some(Boolean)) continue;
    const headOf = (s: string, k: number): number =>
      left[k] ? s.length - (common.length - cut) : cut;
    const heads = slices.map((s, k) => s.slice(0, headOf(s, k)));
    const tails = slices.map((s, k) => s.slice(headOf(s, k)));
    const figureFirst = heads.some(holdsFigure) && tails.every(isJoint);
    const jointFirst = tails.some(holdsFigure) && heads.every(isJoint);
    if (!figureFirst && !jointFirst) continue;
    // The figure's changed side must end (or open) as a figure in every printing: 1 / l, not a word.
    const edges = figureFirst ? heads.map((h) => h[h.length - 1]) : tails.map((t) => t[0]);
    if (!edges.every(figureEdge)) continue;
    const first: SiteReading[] = site.readings.map((r, k) => ({
      start: r.start,
      end: r.start + headOf(slices[k] as string, k),
    }));
    const second: SiteReading[] = site.readings.map((r, k) => ({
      start: r.start + headOf(slices[k] as string, k),
      end: r.end,
    }));
    return twoSites(site, texts, baseK, first, second) ?? [site];
  }
  return [site];
}
