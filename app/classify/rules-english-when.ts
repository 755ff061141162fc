/**
 * English rows for when: a date named by its day (New Year's Day / Jan. 1), a month added or
 * dropped beside a date's figures, and a number, date or season word misread by OCR (ApriI,
 * surnmer). Every one is a number to the editor (DESIGN.md: dates and amounts are numbers).
 * Written with the lexicon's number reader and character tests rather than new word lists or
 * patterns; the amount rows are in rules-english-amounts.ts.
 */
import { monthOf } from '../lexicon/months';
import { isAsciiDigit } from '../lexicon/numerals';
import { compareEnglishNumbers } from './number-evidence';
import { englishNumberValue } from './numbers';
import type { ClassifyReading, Evidence, Rule, Site } from './rule';
import { quantitiesOf } from './english-quantities';
import { unknownValues } from './rules-number-english';
import { isLetter, isUpper, spacedWords } from './english-names';

/** A word without the stop or comma after it (Dec. → Dec). */
function bare(word: string): string {
  let end = word.length;
  while (end > 0 && '.,;:'.includes(word[end - 1] as string)) end -= 1;
  return word.slice(0, end);
}

/** Jan. 1, December 24: a month and a day of it. */
function monthAndDay(text: string): boolean {
  // Folding may drop the space after a stop (Jan.1).
  const [month, day, ...rest] = spacedWords(text.split('.').join('. '));
  const n = Number(bare(day ?? ''));
  return (
    rest.length === 0 &&
    monthOf(bare(month ?? '')) !== null &&
    Number.isInteger(n) &&
    n >= 1 &&
    n <= 31
  );
}

/** Words closing a day's own name (Christmas Eve, Labor Day, New Year’s Day). */
const NAMED_DAY_ENDS: ReadonlySet<string> = new Set(['Day', 'Eve']);

/** New Year’s Day, Christmas Eve: capitalised words ending in Day or Eve. */
function namedDay(text: string): boolean {
  const words = spacedWords(text);
  return (
    words.length >= 2 &&
    words.every((w) => isUpper(w[0])) &&
    NAMED_DAY_ENDS.has(bare(words[words.length - 1] as string))
  );
}

/** New Year's Day / Jan. 1: a date given by a day's name in one variant and by month and day in another. */
const namedDayDate: Rule = {
  id: 'number.english-named-day',
  category: 'number',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text.trim());
    return texts.every((t) => namedDay(t) || monthAndDay(t)) &&
      texts.some(namedDay) &&
      texts.some(monthAndDay)
      ? unknownValues(site)
      : null;
  },
  why: {
    en: 'a date is given by the name of its day in one variant and by month and day in another: {a} / {b}',
    'zh-CN': '日期一处用节日名称、一处用月日：{a} / {b}',
  },
  examples: {
    positive: [
      [
        'The rink stays open through [Christmas Eve] this year.',
        'The rink stays open through [Dec. 24] this year.',
      ],
      ['Fees are waived until [Labor Day].', 'Fees are waived until [Sept.7].'],
    ],
    negative: [
      // A day's name against another day's name is a name changed, not a date told another way.
      ['Fees are waived until [Labor Day].', 'Fees are waived until [Memorial Day].'],
      ['the [Harbor Day] parade', 'the [Dec. 40] parade'],
    ],
  },
};

/** A figure stands beside the reading: a day or a year after a month (December 1913, Dec. 3). */
function figureBeside(r: ClassifyReading): boolean {
  const after = r.after.startsWith('.') ? r.after.slice(1) : r.after;
  return (
    (after.startsWith(' ') && isAsciiDigit(after.trimStart()[0])) ||
    (r.before.endsWith(' ') && isAsciiDigit(r.before.trimEnd().slice(-1)))
  );
}

/** A reading without the spaces and commas around it (Oct. 9， → Oct. 9); folding prints commas full-width. */
function withoutCommas(text: string): string {
  let from = 0;
  let to = text.length;
  const edge = (ch: string | undefined): boolean => ch !== undefined && ' ,，'.includes(ch);
  while (from < to && edge(text[from])) from += 1;
  while (to > from && edge(text[to - 1])) to -= 1;
  return text.slice(from, to);
}

/**
 * from [December] 1913 / from [] 1913: a month added or dropped beside a date's figures narrows
 * the date; so does a month and its day after a weekday (Friday[, Oct. 9]).
 */
const monthDropped: Rule = {
  id: 'number.english-month-dropped',
  category: 'number',
  applies: (site) => {
    const months = site.readings.filter((r) => r.text.trim() !== '');
    return months.length > 0 &&
      months.length < site.readings.length &&
      months.every(
        (r) =>
          (monthOf(bare(r.text.trim())) !== null && figureBeside(r)) ||
          monthAndDay(withoutCommas(r.text)),
      )
      ? unknownValues(site)
      : null;
  },
  why: {
    en: 'a month, or a month and its day, is given in some variants and not in others: {a} / {b}',
    'zh-CN': '部分版本的日期缺少月份或月日：{a} / {b}',
  },
  examples: {
    positive: [
      ['An etching from [October] 1902 hangs there.', 'An etching from [] 1902 hangs there.'],
      [
        'An etching from [October] 1902 hangs there.',
        'An etching from [] 1902 hangs there.',
        'An etching from [March] 1903 hangs there.',
      ],
      // A whole month and day dropped after a weekday narrows the date as much.
      ['The sale is on Friday, [Oct. 9, ]at the hall.', 'The sale is on Friday, []at the hall.'],
    ],
    negative: [
      ['she [May] sell it soon', 'she [] sell it soon'],
      ['a loan from [Rotary] 1998 paid for it', 'a loan from [] 1998 paid for it'],
      ['The sale is on Friday, [Elm St. 9, ]at the hall.', 'The sale is on Friday, []at the hall.'],
    ],
  },
};

/** Letters OCR reads for others inside a word: rn for m, I for l, 0 for o, 1 for l. */
const OCR_READINGS: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['I', 'l'],
  ['0', 'o'],
  ['1', 'l'],
];

/** The reading widened over the letters (and OCR digits) beside it, with what is left around it. */
function wordAround(r: ClassifyReading): { before: string; word: string; after: string } {
  const inWord = (ch: string | undefined): boolean => isLetter(ch) || ch === '0' || ch === '1';
  const text = r.text.trim();
  let from = r.before.length;
  if (text !== '' && inWord(r.text[0])) while (inWord(r.before[from - 1])) from -= 1;
  let to = 0;
  if (text !== '' && inWord(r.text[r.text.length - 1])) while (inWord(r.after[to])) to += 1;
  return {
    before: r.before.slice(0, from),
    word: r.before.slice(from) + text + r.after.slice(0, to),
    after: r.after.slice(to),
  };
}

/** The word with OCR's misread letters put right, when that makes it a number or date word. */
function ocrRepaired(word: string, before: string): string | null {
  if (!isLetter(word[0]) || word.length < 3) return null;
  const probe = (w: string): boolean =>
    compareEnglishNumbers([
      { variant: '', text: w, before, after: '', wholeLine: false, folded: w, start: 0, end: 0 },
      {
        variant: '',
        text: '7',
        before,
        after: '',
        wholeLine: false,
        folded: '7',
        start: 0,
        end: 0,
      },
    ]) !== undefined;
  if (probe(word)) return null;
  for (const [seen, meant] of OCR_READINGS) {
    const repaired = word.split(seen).join(meant);
    if (repaired !== word && probe(repaired)) return repaired;
  }
  return null;
}

/**
 * The reading widened to the spaced word it stands in (7 a.[rn]. → a.rn.), and the word before
 * that. Folding drops the space after a stop (a.m.Tuesday), so each end at a stop is a candidate
 * as well, the shortest first.
 */
function spacedWordAround(r: ClassifyReading): { words: string[]; previous: string } {
  const head = r.before.split('\n').join(' ');
  const from = head.lastIndexOf(' ') + 1;
  const tail = r.after.split('\n').join(' ');
  const space = tail.indexOf(' ');
  const rest = space < 0 ? tail : tail.slice(0, space);
  const ends = [...rest].flatMap((ch, i) => (ch === '.' ? [i + 1] : []));
  const words = [...ends, rest.length].map((end) =>
    bare(head.slice(from) + r.text + rest.slice(0, end)),
  );
  // Folding prints a comma full-width and drops the space after it (Tamarack，38): the figure
  // is what follows the last mark.
  const previous = spacedWords(head.slice(0, from)).pop() ?? '';
  let figureFrom = previous.length;
  while (
    figureFrom > 0 &&
    (isAsciiDigit(previous[figureFrom - 1]) || '.,:'.includes(previous[figureFrom - 1] as string))
  )
    figureFrom -= 1;
  return { words, previous: previous.slice(figureFrom) };
}

/**
 * The unit or time of day a figure is followed by (12 miles, 7 a.m.), OCR's misread letters put
 * right (12 rniles, 7 a.rn.); null when the reading stands in no such word or nothing was misread.
 */
function ocrRepairedUnit(r: ClassifyReading): string | null {
  const { words, previous } = spacedWordAround(r);
  const unitAfter = (word: string): boolean => quantitiesOf(`${previous} ${word}`).length > 0;
  if (!isAsciiDigit(previous[0]) || words.some(unitAfter)) return null;
  for (const word of words)
    for (const [seen, meant] of OCR_READINGS) {
      const repaired = word.split(seen).join(meant);
      if (repaired !== word && unitAfter(repaired)) return repaired;
    }
  return null;
}

/** 12 miles / 12 rniles, 7 a.m. / 7 a.rn.: the same unit after a figure, misread by OCR in some variants. */
function misreadUnit(site: Site): Evidence | null {
  const repaired = site.readings.map(ocrRepairedUnit);
  const found = repaired.find((w) => w !== null);
  if (found === undefined || found === null) return null;
  // Every other reading prints the word the misread one was meant for.
  const same = site.readings.every(
    (r, i) => repaired[i] === found || spacedWordAround(r).words.includes(found),
  );
  return same ? unknownValues(site) : null;
}

/**
 * ApriI / April, next surnmer / next spring: a number, date or season word misread by OCR in some
 * variants, read as the word it was printed for; so is a unit after a figure (12 rniles).
 */
const ocrNumberWord: Rule = {
  id: 'number.english-look-alike',
  category: 'number',
  applies: (site) => {
    const unit = misreadUnit(site);
    if (unit) return unit;
    let repairedAny = false;
    const readings = site.readings.map((r) => {
      const { before, word, after } = wordAround(r);
      const repaired = ocrRepaired(word, before);
      if (repaired === null) return { ...r, text: word, before, after };
      repairedAny = true;
      return { ...r, text: repaired, before, after };
    });
    if (!repairedAny) return null;
    const numbers = compareEnglishNumbers(readings);
    // A season misread alone is a common word misspelt (in surnmer): only a number or a month
    // misread keeps its date or amount in question.
    if (numbers?.differ === 'form' && readings.some((r) => englishNumberValue(r.text) === null))
      return null;
    return numbers ? { numbers } : null;
  },
  why: {
    en: 'a number, date, season or unit word is misread in some variants: {a} / {b}',
    'zh-CN': '英文数词、日期、季节词或单位在部分版本中识别有误：{a} / {b}',
  },
  examples: {
    positive: [
      ['The fair is held in [April] each year.', 'The fair is held in [ApriI] each year.'],
      [
        'The barn opens next [summer] as a museum.',
        'The barn opens next [surnmer] as a museum.',
        'The barn opens next [spring] as a museum.',
      ],
      ['The pool closes in [November] for repairs.', 'The pool closes in [Novernber] for repairs.'],
      // A unit or a time of day after a figure, misread.
      ['The ferry leaves at 6 a.[m]. daily.', 'The ferry leaves at 6 a.[rn]. daily.'],
      ['The lake is 12 [m]iles long.', 'The lake is 12 [rn]iles long.'],
      // Folding prints a comma full-width and drops the space after it.
      ['From the dock，12 [m]iles off.', 'From the dock，12 [rn]iles off.'],
    ],
    negative: [
      ['The [m]ill is 12 miles off.', 'The [rn]ill is 12 miles off.'],
      ['By 1990 [m]ost had gone.', 'By 1990 [rn]ost had gone.'],
      ['They turned the [corner] fast.', 'They turned the [comer] fast.'],
      ['The island fills up in [summer], and', 'The island fills up in [surnmer], and'],
      ['a [barn] burned', 'a [bam] burned'],
    ],
  },
};

/** OCR's letters for digits inside a figure (2O24, l9): O and o for 0, l and I for 1. */
function ocrDigits(word: string): string {
  if (![...word].some(isAsciiDigit)) return word;
  let out = '';
  for (const ch of word)
    out += ch === 'O' || ch === 'o' ? '0' : ch === 'l' || ch === 'I' ? '1' : ch;
  return out;
}

/** Most figures after a month in one date (Dec. 3, 2026). */
const DATE_FIGURES = 2;

/** November 2024, Aug. 3, 2026: a month and one or two figures (a day, a year), OCR's slips mended. */
function monthDate(text: string): boolean {
  const [month = '', ...figures] = spacedWords(text.split('.').join('. '));
  return (
    monthOf(bare(month)) !== null &&
    figures.length >= 1 &&
    figures.length <= DATE_FIGURES &&
    figures.every((f) => {
      const digits = bare(ocrDigits(f));
      return digits !== '' && [...digits].every(isAsciiDigit);
    })
  );
}

/** November 2024 / November 2O24 / May 2024: a date of a month and its figures differs. */
const monthDateRule: Rule = {
  id: 'number.english-month-date',
  category: 'number',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text.trim());
    return new Set(texts).size > 1 && texts.every(monthDate) ? unknownValues(site) : null;
  },
  why: {
    en: 'a date of a month and its figures differs: {a} / {b}',
    'zh-CN': '含月份的日期不同：{a} / {b}',
  },
  examples: {
    positive: [
      [
        'The plant opened in [October 2019] after',
        'The plant opened in [October 2O19] after',
        'The plant opened in [June 2019] after',
      ],
    ],
    negative: [
      ['the [May Fair] opened', 'the [May Day] opened'],
      ['in [October 2019] after', 'in [] after'],
    ],
  },
};

/** The English rows for when (precedence.ts orders every row). */
export const ENGLISH_WHEN_RULES: readonly Rule[] = [
  namedDayDate,
  monthDropped,
  ocrNumberWord,
  monthDateRule,
];
