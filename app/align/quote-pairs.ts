/**
 * A pair of quote marks (or book-title marks) printed around a word in some variants and dropped
 * in others is one difference of punctuation, not two: the two one-mark sites on either side of
 * the word are joined into one site that holds the word, its marks and nothing else.
 */
import { joinNeighbours, type ShapedSite } from './shapes';
import type { SiteReading } from './sites';
import { PAIRED_MARKS } from '../lexicon/characters';

/** Longest quoted words joined (UTF-16 units): a term or a title, not a quoted passage. */
const WORD_MAX = 24;

/** What may not lie inside the quoted words: another paired mark, or a sentence's or clause's end. */
const NOT_IN_WORD = new RegExp(`[${[...PAIRED_MARKS].flat().join('')}。！？!?；;：:，,\\n]`, 'u');

/**
 * The two readings of one variant around the words are a pair of marks (“ and ”, 《 and 》), or
 * nothing on both sides (in English, a space folded beside a quote may be left in a reading:
 * a “quiet / a quiet).
 */
function pairOrNothing(first: string, second: string): boolean {
  const open = first.trim();
  const close = second.trim();
  return open === '' ? close === '' : PAIRED_MARKS.get(open) === close;
}

/**
 * Joins each site that only drops, adds or changes an opening mark with the next site when that
 * one only drops, adds or changes its closing mark, in the same variants, around a short word all
 * variants print: “渔歌” / 渔歌, 《渔歌》 / “渔歌”.
 */
export function mergeQuotePairs(
  sites: readonly ShapedSite[],
  texts: readonly string[],
): ShapedSite[] {
  const slice = (r: SiteReading, k: number): string => (texts[k] as string).slice(r.start, r.end);
  return joinNeighbours(sites, (open, close) => {
    if (open.kind !== 'change' || close.kind !== 'change' || open.nested || close.nested)
      return false;
    const words = new Set<string>();
    let marked = false;
    const paired = open.readings.every((r, k) => {
      const first = slice(r, k);
      const second = slice(close.readings[k] as SiteReading, k);
      const word = (texts[k] as string).slice(r.end, (close.readings[k] as SiteReading).start);
      words.add(word);
      if (first.trim() !== '') marked = true;
      return (
        pairOrNothing(first, second) &&
        word.length > 0 &&
        word.length <= WORD_MAX &&
        !NOT_IN_WORD.test(word)
      );
    });
    return paired && marked && words.size === 1;
  });
}
