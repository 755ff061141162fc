/**
 * Words that state or qualify an amount, read off the segmenter's parts of speech instead of a
 * word list: jieba tags numerals m (两成, 十几万元, 八点半, 多), measure words q (公斤), times t
 * (下旬, 年底) and localities f (以上, 前). A reading that only qualifies an amount beside it
 * (上万名 / 近万名, 十来万 / 十几万, 半米厚 / 半米多厚, 2027年前 / 2027年底前) changes the amount.
 */
import type { StoryContext } from './context';
import type { ClassifyReading } from './rule';
import { segment, type TaggedWord } from './tagger';
import { isNumeralChar } from '../lexicon/numerals';

/** Tags of words that state or qualify an amount or a time (numeral, measure, time). */
const AMOUNT_TAG = /^(?:mq?|q|t)$/;

/** jieba's tag of a locality (以上, 前, 以北), an amount's qualifier only right after one (一半以上). */
const LOCALITY = 'f';

/**
 * Tags a word holding an amount may carry besides AMOUNT_TAG: an unknown run (x: 卖十来) or a set
 * phrase (l: 近万名). An adverb (十分, 千万) or a noun (百姓) with a numeral in it holds none.
 */
const holdsAmountTag = (tag: string): boolean => AMOUNT_TAG.test(tag) || tag === 'x' || tag === 'l';

/** A numeral of an amount: any but 一 (一次 and 一些 are articles), or a half (一半, 八点半). */
const amountNumeral = (ch: string): boolean => ch === '半' || (ch !== '一' && isNumeralChar(ch));

/** A digit or a numeral below a hundred (not 一): what an unknown run must hold (卖十来). */
const smallNumeral = (ch: string): boolean =>
  amountNumeral(ch) && !'百千万亿'.includes(ch) && !'佰仟萬億'.includes(ch);

/**
 * A word that holds an amount: a digit or a small numeral in it, or a hundred, thousand or ten
 * thousand after a qualifier (上万名, 近万名). One opening the word alone is an idiom's (百年老店,
 * 千年古城, 万人空巷). An unknown run (x) needs a small numeral: 翁沙万, a transliterated name,
 * holds none.
 */
function holdsAmount(w: TaggedWord): boolean {
  if (!holdsAmountTag(w.tag)) return false;
  return [...w.word].some(
    (ch, i) => smallNumeral(ch) || (w.tag !== 'x' && i > 0 && amountNumeral(ch)),
  );
}

/** A word that states or qualifies an amount. */
const amountWord = (w: TaggedWord): boolean => AMOUNT_TAG.test(w.tag) || holdsAmount(w);

/** How far beyond a reading (characters) an amount may lie: 2027 before 年[底]前. */
const REACH = 2;

/** An amount lies in or beside the reading (within REACH characters), as its variant segments. */
export function besideAmount(r: ClassifyReading, story: StoryContext): boolean {
  const from = Math.max(0, r.start - REACH);
  const to = Math.min(r.folded.length, r.end + REACH);
  // An amount has a numeral, and it lies within REACH: a reading with none there is beside no
  // amount, and its clause is not segmented (the segmenter's dictionary is its costliest load,
  // most of a two-file compare's time when one number site asked for it).
  if (![...r.folded.slice(from, to)].some(amountNumeral)) return false;
  return story.wordsOver(r.variant, r.folded, from, to).some(holdsAmount);
}

/**
 * The reading's words state or qualify an amount: the words of its variant over it, or the
 * reading segmented on its own (多 inside 多厚, which jieba leaves unknown in its clause).
 */
export function amountReading(r: ClassifyReading, story: StoryContext): boolean {
  const from = Math.max(0, r.start - 1);
  const words = story.wordsOver(r.variant, r.folded, from, r.end);
  const over = words.filter((w) => w.end > r.start);
  const qualifies = (w: TaggedWord, i: number): boolean => {
    if (amountWord(w)) return true;
    // A locality qualifies the amount word it follows (一半以上, 年底前), not one after it (以北约200米).
    const previous = words[words.length - over.length + i - 1];
    return w.tag === LOCALITY && previous !== undefined && amountWord(previous);
  };
  if (over.length > 0 && over.every(qualifies)) return true;
  const own = segment(r.text.trim());
  return own.length > 0 && own.every(amountWord);
}
