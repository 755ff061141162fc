/**
 * A pair of quote marks (or book-title marks) printed around a word in some variants and dropped
 * in others is one difference of punctuation, not two: the two one-mark sites on either side of
 * the word are joined into one site that holds the word, its marks and nothing else. So is an
 * aside set off by brackets in some variants and by commas, dashes or a colon in others
 * (（兼任）/ ，兼任，, (who …) / — who … —): one choice of punctuation an editor makes once.
 */
import { joinNeighbours, type ShapedSite } from './shapes';
import type { SiteReading } from './sites';
import { ASIDE_DASHES, BRACKETS, FULL_STOPS, PAIRED_MARKS } from '../lexicon/characters';

/** Longest quoted words joined (UTF-16 units): a term or a title, not a quoted passage. */
const WORD_MAX = 24;

/** What may not lie inside the quoted words: another paired mark, or a sentence's or clause's end. */
const NOT_IN_WORD = new RegExp(`[${[...PAIRED_MARKS].flat().join('')}。！？!?；;：:，,\\n]`, 'u');

/** Longest aside joined when every variant marks it (brackets, commas, dashes): a clause. */
const ASIDE_MAX = 60;

/** How one variant sets off the words between two sites. */
type Enclosure = 'none' | 'pair' | 'commas' | 'colon' | 'other';

/**
 * The enclosure of one variant's two readings: a pair of quotes, brackets or the same dash twice;
 * the same comma twice; a colon opening words the sentence's end closes; or nothing. In English a
 * space folded beside a mark may be left in a reading (a “quiet / a quiet), so readings are trimmed.
 */
function enclosureOf(first: string, second: string, after: string): Enclosure {
  const open = first.trim();
  const close = second.trim();
  if (open === '' && close === '') return 'none';
  if (PAIRED_MARKS.get(open) === close || BRACKETS.get(open) === close) return 'pair';
  if (open === close && ASIDE_DASHES.has(open)) return 'pair';
  if (open === close && (open === '，' || open === ',')) return 'commas';
  const next = after.trimStart()[0];
  const ends = close === '' && next !== undefined && FULL_STOPS.includes(next);
  return ends && (open === '：' || open === ':') ? 'colon' : 'other';
}

/**
 * True when the variants' enclosures are one choice of marks around the same words: quotes or
 * brackets dropped around a word (pairs against nothing, NOT_IN_WORD and WORD_MAX apply), or an
 * aside's brackets against commas, dashes or a colon (no variant without marks). Commas against
 * other commas (a list's ，/ 、) are no pair: some variant must print a true pair.
 */
function oneChoice(kinds: readonly Enclosure[], words: string): boolean {
  if (kinds.includes('other') || !kinds.includes('pair') || words.length === 0) return false;
  if (kinds.every((k) => k === 'none' || k === 'pair'))
    return words.length <= WORD_MAX && !NOT_IN_WORD.test(words);
  return (
    !kinds.includes('none') && words.length <= ASIDE_MAX && !/[。！？!?；;\n]/u.test(words.trim())
  );
}

/**
 * Joins each site that only drops, adds or changes an opening mark with the next site when that
 * one only drops, adds or changes its closing mark, in the same variants, around a short word all
 * variants print: “渔歌” / 渔歌, 《渔歌》 / “渔歌”; or an aside's opening and closing marks
 * (（兼任）/ ，兼任，, — who … — / , who …,).
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
    const kinds: Enclosure[] = [];
    const varied = new Set<string>();
    open.readings.forEach((r, k) => {
      const shut = close.readings[k] as SiteReading;
      const text = texts[k] as string;
      const first = slice(r, k);
      const second = slice(shut, k);
      words.add(text.slice(r.end, shut.start));
      kinds.push(enclosureOf(first, second, text.slice(shut.end, shut.end + 2)));
      varied.add(`${first.trim()}|${second.trim()}`);
    });
    const word = [...words][0] ?? '';
    if (words.size !== 1 || varied.size < 2) return false;
    return oneChoice(kinds, word);
  });
}
