/**
 * Look-alike rules: a character print or OCR confuses by shape (app/lexicon/confusables.ts) is
 * the only difference. What it belongs to decides the category: inside a figure, or right after
 * a date's number (2曰 for 2日), or inside a month (Ju1y), it is a number; an O for a 0 inside a
 * capitalised word (KO3, 0'Dowd) is a name's letter, not a figure.
 */
import { CLOSERS, SENTENCE_END } from '../lexicon/characters';
import { lookAlike } from '../lexicon/confusables';
import { DATE_UNITS, monthOf } from '../lexicon/months';
import { isNumeralChar } from '../lexicon/numerals';
import { isLatinOrDigit } from '../text/fold-chars';
import type { ClassifyReading, Rule, Site } from './rule';

/** The places where the readings differ, when every difference is one look-alike character. */
function lookAlikePlaces(site: Site): number[] | null {
  const chars = site.readings.map((r) => [...r.text]);
  const length = chars[0]?.length ?? 0;
  if (length === 0 || chars.some((c) => c.length !== length)) return null;
  const places: number[] = [];
  for (let i = 0; i < length; i += 1) {
    const at = new Set(chars.map((c) => c[i] as string));
    // Folding reads an apostrophe after a digit as an opening quote (0'Dowd → 0‘Dowd).
    if (at.size === 1 || [...at].every((ch) => APOSTROPHES.has(ch))) continue;
    const [a, ...rest] = [...at];
    if (!rest.every((b) => lookAlike(a as string, b))) return null;
    places.push(i);
  }
  return places.length > 0 ? places : null;
}

/** An apostrophe, as printed or as folding reads it. */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '‘', '’']);

/** Opening quotes a sentence may start with ("Local…). */
const OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'"]);

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined): boolean =>
  ch !== undefined && isLatinOrDigit(ch) && !isDigit(ch);

/**
 * The Latin word or figure around code point `i` of a reading, in its context: letters and digits,
 * and an apostrophe or hyphen followed by a letter (0'Dowd), with a thousands mark between digits.
 */
function runAround(r: ClassifyReading, i: number): string {
  const chars = [...r.before, ...r.text, ...r.after];
  const at = [...r.before].length + i;
  const inRun = (k: number): boolean => {
    const ch = chars[k];
    if (ch === undefined) return false;
    if (isLatinOrDigit(ch)) return true;
    if (APOSTROPHES.has(ch) || ch === '-') return isLetter(chars[k + 1]);
    return (
      (ch === ',' || ch === '，' || ch === '.') && isDigit(chars[k - 1]) && isDigit(chars[k + 1])
    );
  };
  let start = at;
  while (inRun(start - 1)) start -= 1;
  let end = at;
  while (inRun(end + 1)) end += 1;
  return chars.slice(start, end + 1).join('');
}

const isCapital = (ch: string | undefined): boolean => ch !== undefined && ch >= 'A' && ch <= 'Z';

/**
 * The word around code point `i` is capitalised as a name is: with a capital inside it (KO3,
 * O'Dowd), or with its first capital where no sentence starts (a word that opens a sentence is
 * capitalised for that alone: Local / Loca1).
 */
function capitalisedName(r: ClassifyReading, i: number): boolean {
  const run = runAround(r, i);
  if (!isCapital(run[0])) return false;
  if ([...run].slice(1).some(isCapital)) return true;
  const chars = [...r.before, ...r.text];
  let k = chars.length - [...r.text].length + i;
  while (
    k > 0 &&
    chars[k - 1] !== undefined &&
    chars[k - 1] !== ' ' &&
    isLatinOrDigit(chars[k - 1] as string)
  )
    k -= 1;
  let p = k - 1;
  while (
    p >= 0 &&
    (chars[p] === ' ' || CLOSERS.has(chars[p] as string) || OPENERS.has(chars[p] as string))
  )
    p -= 1;
  return p >= 0 && !SENTENCE_END.has(chars[p] as string) && chars[p] !== '.' && chars[p] !== '\n';
}

/** The reading that prints a digit at every place, if one does. */
const digitReading = (site: Site, places: readonly number[]): ClassifyReading | undefined =>
  site.readings.find((r) => {
    const chars = [...r.text];
    return places.every((i) => isDigit(chars[i]));
  });

/** The character before code point `i` of a reading, in its context. */
const charBefore = (r: ClassifyReading, i: number): string | undefined =>
  i > 0 ? [...r.text][i - 1] : [...r.before].pop();

/**
 * True when a reading other than the one with the digit prints a month there (July for Ju1y,
 * Oct. for 0ct.): the word is a date's, which the house counts as a number, and no proper noun.
 */
function monthMisread(site: Site, digits: ClassifyReading, i: number): boolean {
  return site.readings.some((r) => r !== digits && monthOf(runAround(r, i)) !== null);
}

const lookAlikeNumber: Rule = {
  id: 'number.look-alike',
  category: 'number',
  applies: (site) => {
    const places = lookAlikePlaces(site);
    if (!places) return null;
    const digits = digitReading(site, places);
    // A month misread (Ju1y / July) is a date's: a number, not a name's letter.
    if (digits && monthMisread(site, digits, places[0] as number)) return {};
    if (digits) return [...runAround(digits, places[0] as number)].some(isLetter) ? null : {};
    // A date's unit confused right after its number (7月2[曰]). Other characters after a number
    // (28万[入]次) are words misread, by the house's labels.
    return site.readings.every((r) => places.every((i) => isNumeralChar(charBefore(r, i)))) &&
      site.readings.some((r) => places.every((i) => DATE_UNITS.has([...r.text][i] as string)))
      ? {}
      : null;
  },
  why: {
    en: 'a character of a number is misread as a look-alike: {a} / {b}',
    'zh-CN': '数字中的字符被误作形近字：{a} / {b}',
  },
  examples: {
    positive: [
      ['the town raised $212，[000] on its own', 'the town raised $212，[OOO] on its own'],
      ['6月30日至7月2[日]，降雨偏多', '6月30日至7月2[曰]，降雨偏多'],
      // A month misread is a date's (Ju1y / July), wherever it stands.
      ['The fair opens on Ju[l]y 18 this year.', 'The fair opens on Ju[1]y 18 this year.'],
      ['The fair opened [O]ct. 3 last year.', 'The fair opened [0]ct. 3 last year.'],
    ],
    negative: [
      ['展馆由[KO3]设计工作室设计', '展馆由[K03]设计工作室设计'],
      ['他[已]经出发', '他[己]经出发'],
      ['接待游客约28万[人]次', '接待游客约28万[入]次'],
    ],
  },
};

/** An OCR digit for a letter inside a capitalised Latin word (KO3 / K03, O'Dowd / 0'Dowd). */
const lookAlikeLetters: Rule = {
  id: 'name.look-alike-letters',
  category: 'name',
  applies: (site) => {
    const places = lookAlikePlaces(site);
    if (!places) return null;
    const digits = digitReading(site, places);
    const letters = site.readings.find((r) => r !== digits);
    if (!digits || !letters) return null;
    const word = runAround(digits, places[0] as number);
    if (monthMisread(site, digits, places[0] as number)) return null;
    return [...word].some(isLetter) && capitalisedName(letters, places[0] as number) ? {} : null;
  },
  why: {
    en: 'a letter of a name is misread as a digit: {a} / {b}',
    'zh-CN': '名称中的字母被误作数字：{a} / {b}',
  },
  examples: {
    positive: [
      ['展馆由[KO3]设计工作室设计', '展馆由[K03]设计工作室设计'],
      ["The [O]'Dowd family has farmed", "The [0]'Dowd family has farmed"],
      ["The [O']Dowd family has farmed", 'The [0‘]Dowd family has farmed'],
    ],
    negative: [
      ['the town raised $212，[000] on', 'the town raised $212，[OOO] on'],
      ['a federal grant. [Local] fishermen', 'a federal grant. [Loca1] fishermen'],
      ['The fair opens on Ju[l]y 18 this year.', 'The fair opens on Ju[1]y 18 this year.'],
    ],
  },
};

/** The look-alike rows, in no particular order (precedence.ts orders every row). */
export const LOOK_ALIKE_RULES: readonly Rule[] = [lookAlikeNumber, lookAlikeLetters];
