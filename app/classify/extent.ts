/**
 * The extent of a site: how much text one variant lacks, and whether it is whole sentences or
 * lines. The omission rules (rules-omission.ts) read these measures.
 */
import { isPunctuation } from '../text/fold-chars';
import type { ClassifyReading } from './rule';
import { FULL_STOPS } from '../lexicon/characters';

/**
 * A passage at least this long (weighted) lost where a line was read twice or broken inside a
 * word is an omission even without a sentence end (an OCR line lost, not a clause cut).
 */
export const OMISSION_LONG = 12;

/** A missing passage this long that ends or contains a sentence is an omission. */
export const OMISSION_SENTENCE = 5;

/**
 * Text of at least this many characters missing exactly where a variant wraps a line inside a
 * sentence is a line lost at a column break, an omission even when shorter than a sentence.
 */
export const LOST_LINE = 4;

/**
 * Only punctuation, or the space that folding keeps between Latin words: "power, and" folds to
 * "power，and", so a dropped comma reads " " in the variant without it.
 */
export function isPunctuationOnly(text: string): boolean {
  for (const ch of text) if (!isPunctuation(ch) && ch !== ' ') return false;
  return true;
}

export function coreLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!isPunctuation(ch)) n += 1;
  return n;
}

/** Text that ends with a full stop, perhaps inside a closing quote. */
const AFTER_FULL_STOP = new RegExp(`[${FULL_STOPS}][”’」』]?$`);
/**
 * A reading that ends a sentence: a full stop, or an English full stop after a word or a figure
 * ($400,000.), then a closer.
 */
const ENDS_SENTENCE = new RegExp(String.raw`(?:[${FULL_STOPS}]|[A-Za-z0-9]{2}\.)[”’」』"]?\s?$`);

/** A full stop right after a reading (white space aside): the sentence the reading ends, ends there. */
function stopAfter(after: string): boolean {
  const first = after.trimStart()[0];
  return first !== undefined && (first === '.' || FULL_STOPS.includes(first));
}

/** An opening quote a sentence may start with. */
const OPENING_QUOTES = '“‘「"';

/**
 * A sentence starts after this text: nothing, a line break, or a sentence end (a full stop, or an
 * English stop after a word or a figure, and a closer), with white space and an opening quote after.
 */
function startsSentenceAfter(before: string): boolean {
  let text = before.trimEnd();
  if (text !== '' && OPENING_QUOTES.includes(text[text.length - 1] as string))
    text = text.slice(0, -1).trimEnd();
  return (
    text.length === 0 ||
    before.slice(text.length).includes('\n') ||
    AFTER_FULL_STOP.test(text) ||
    /[A-Za-z0-9]{2}\.["”’]?$/.test(text)
  );
}

/**
 * The reading is one or more whole sentences: it starts where a sentence starts (after a sentence
 * end, or at the start of its paragraph) and ends with a sentence end (她说。 dropped after a quote).
 */
export function wholeSentence(r: ClassifyReading): boolean {
  // The stop may be the reading's own or lie right after it (其中出口占比超过四成 before 。).
  const endsSentence = ENDS_SENTENCE.test(r.text) || stopAfter(r.after);
  return startsSentenceAfter(r.before) && endsSentence && r.text.trim() !== '';
}

/**
 * A sentence end inside a reading: Chinese marks, or an English full stop after a word or a figure
 * and before a space or the reading's end (3.7 is no sentence end), or one that opens the reading
 * before a capital (".Alaska is …" folded, where alignment took the previous sentence's stop
 * instead of this one's).
 */
export const SENTENCE_MARK = new RegExp(
  String.raw`[${FULL_STOPS}]|[A-Za-z0-9]{2}\.(?=["”’]?(?:\s|$))|^\s*\.["”’]?\s?[A-Z]`,
);

/**
 * Where a sentence ends inside a text: a full stop and its closing quote, or an English stop after
 * a word before a space or a capital (folding takes the space out: failed.Its).
 */
const SENTENCE_ENDS = new RegExp(
  String.raw`[${FULL_STOPS}][”’」』"]?|[A-Za-z0-9]{2}\.["”’]?(?=\s|$|[A-Z])`,
  'g',
);

/**
 * The weight (weightedLength) of the heaviest whole sentence inside a reading: a stretch that
 * starts where a sentence starts (inside the reading after a sentence end, or at its start when
 * the text before ends one) and ends with a sentence end inside it or right after it. 0 for none.
 */
export function heaviestSentence(r: ClassifyReading): number {
  const ends = [...r.text.matchAll(SENTENCE_ENDS)].map((m) => (m.index ?? 0) + m[0].length);
  if (stopAfter(r.after)) ends.push(r.text.length);
  let heaviest = 0;
  let start = startsSentenceAfter(r.before) ? 0 : -1;
  for (const end of ends) {
    if (start >= 0) heaviest = Math.max(heaviest, weightedLength(r.text.slice(start, end)));
    start = end;
  }
  return heaviest;
}

/**
 * English words weigh a word and a half in the omission thresholds, which are counted in Chinese
 * characters: twelve characters are a clause in Chinese, eight English words are (four words, of
 * the northern dock, are wording inside a sentence).
 */
export const LATIN_WORD = 1.5;

/** Length for the omission thresholds: CJK characters and digits count one, a Latin word 1.5. */
export function weightedLength(text: string): number {
  let n = 0;
  for (const ch of text.replace(/[A-Za-z]+/g, '')) if (!isPunctuation(ch) && ch !== ' ') n += 1;
  return n + (text.match(/[A-Za-z]+/g)?.length ?? 0) * LATIN_WORD;
}

/**
 * The passage that the longer of two readings holds inside the shorter one's word: an OCR line
 * read twice after a hyphenated break gives compa|s make more power … the compa|ny against
 * company. Whole-word flags then show a word on one side, so the missing passage is not empty.
 */
export function insertedPassage(
  texts: readonly string[],
): { passage: string; insideWord: boolean } | undefined {
  const distinct = [...new Set(texts)].sort((a, b) => a.length - b.length);
  const [long] = distinct.slice(-1);
  // A hyphen that ends the short reading marks a word broken at a line end (Portla-): the lost
  // line continues that word.
  const short =
    distinct.length === 2 ? (distinct[0] as string).replace(/(?<=[A-Za-z])-\s*$/, '') : undefined;
  if (short === undefined || long === undefined || short.length === 0) return undefined;
  let prefix = 0;
  while (prefix < short.length && short[prefix] === long[prefix]) prefix += 1;
  const rest = short.slice(prefix);
  if (!long.endsWith(rest)) return undefined;
  const cut = long.length - rest.length;
  // A cut falls between two letters of one English word (Lin|da … engin|eer, whi|ch).
  const letters = (at: number): boolean =>
    /[A-Za-z]/.test(long[at - 1] ?? '') && /[A-Za-z]/.test(long[at] ?? '');
  return { passage: long.slice(prefix, cut), insideWord: letters(prefix) || letters(cut) };
}
