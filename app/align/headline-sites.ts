/**
 * A headline is the one line of a story that every paper may write its own way: Derby draws record
 * crowd to the ice / Ice derby sets a record. Two headlines that share a word or two are diffed into
 * several small sites around the shared words ("the", "record"), each of which means nothing to an
 * editor. The sites that lie wholly inside the headline of every witness are one site: one flag
 * for the headline, whatever words the papers happen to share, unless two papers print the
 * headline alike with changes in it (then each change is its own flag, a figure a number).
 */
import type { KeptVariant } from './aligned-sites';
import { toFoldedIndex } from './code-points';
import type { ShapedSite } from './shapes';
import { charPairs, dice } from '../text/dice';

/** Longest headline (folded code units): a headline is a line, not a paragraph of running text. */
const HEADLINE_MAX = 120;

/** What ends a sentence of running text: a headline ends without it (a question mark may end one). */
const SENTENCE_STOP = /[。.;；]$/u;

/**
 * The folded end of the variant's headline: its first paragraph when the story has more and that
 * paragraph is headline-shaped (short, no closing stop); -1 when it has none.
 */
function headlineEnd(one: KeptVariant): number {
  const { text, paragraphStarts } = one.folded;
  const end = paragraphStarts.find((p) => p > 0) ?? -1;
  if (end <= 0 || end > HEADLINE_MAX) return -1;
  return SENTENCE_STOP.test(text.slice(0, end).trimEnd()) ? -1 : end;
}

/**
 * Share of character pairs (Dice's) at or above which two headlines are one headline printed alike
 * with changes in it (crowd of 1,200 … Saturday / crowd of 1,400 … Sunday): its sites stay apart,
 * so a changed figure stays a number. Two changes in a headline of twenty characters keep about 0.75;
 * headlines each paper wrote for itself share under half.
 */
const ALIKE_HEADLINES = 0.7;

/** The character pairs of a headline's letters and digits, in lower case. */
function pairsOf(headline: string): string[] {
  return charPairs([...headline.toLowerCase()].filter((ch) => /[\p{L}\p{N}]/u.test(ch)));
}

/** Dice's likeness of two headlines by their character pairs (0 none in common, 1 the same). */
function likeness(a: string, b: string): number {
  return dice(pairsOf(a), pairsOf(b));
}

/** True when some two witnesses print their headlines alike, but for changes inside them. */
function printedAlike(kept: readonly KeptVariant[], ends: readonly number[]): boolean {
  const heads = kept.flatMap((one, k) => {
    const end = ends[k] ?? -1;
    return end > 0 ? [one.folded.text.slice(0, end)] : [];
  });
  return heads.some((a, i) => heads.slice(i + 1).some((b) => likeness(a, b) >= ALIKE_HEADLINES));
}

/** True when every reading of the site (of the witnesses that carry it) lies inside the headline. */
function inHeadline(
  site: ShapedSite,
  kept: readonly KeptVariant[],
  ends: readonly number[],
): boolean {
  if (site.kind !== 'change' || site.nested === true) return false;
  let carried = 0;
  for (let k = 0; k < site.readings.length; k++) {
    if (site.absent?.includes(k)) continue;
    const one = kept[k];
    const r = site.readings[k];
    const end = ends[k] ?? -1;
    if (!one || !r || end < 0) return false;
    if (toFoldedIndex(one.encoded, r.end) > end) return false;
    carried += 1;
  }
  return carried >= 2;
}

/**
 * The sites with those inside every witness's headline joined into one, from the first one's start
 * to the last one's end in each reading; the others as they are.
 */
export function joinHeadlineSites(
  sites: readonly ShapedSite[],
  kept: readonly KeptVariant[],
): ShapedSite[] {
  const ends = kept.map(headlineEnd);
  if (printedAlike(kept, ends)) return sites.slice();
  const inside = sites.map((s) => inHeadline(s, kept, ends));
  const first = inside.indexOf(true);
  const last = inside.lastIndexOf(true);
  if (first < 0 || first === last || inside.slice(first, last + 1).includes(false))
    return sites.slice();
  const head = sites[first] as ShapedSite;
  const tail = sites[last] as ShapedSite;
  const joined: ShapedSite = {
    ...head,
    lastCell: tail.lastCell,
    readings: head.readings.map((r, k) => ({ ...r, end: tail.readings[k]?.end ?? r.end })),
  };
  return [...sites.slice(0, first), joined, ...sites.slice(last + 1)];
}
