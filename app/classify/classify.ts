/**
 * Classifies one place of disagreement as name / number / punctuation / wording / omission
 * (DESIGN.md, "The categories of a flag"), from the folded readings and their surroundings.
 */
import type { Category, NumberComparison } from '../model/types';
import { isPunctuation } from '../text/fold-chars';
import { isBylineOrDateline, missingFromByline } from './byline';
import { insertedInName } from './inserted';
import { completesSuffix, insideBrackets, nameEvidence, type ReadingInContext } from './names';
import { approximationMark, englishNumberValue, hasDigit, isChineseNumber, numberToken, parseNumber, relativeDateValue, romanValue, unitsAfterNumber } from './numbers';

/** One variant's side of a site, as the classifier sees it. */
export interface ClassifyReading extends ReadingInContext {
  readonly variant: string;
  /** The reading covers whole lines of its variant (a byline, a paragraph). */
  readonly wholeLine: boolean;
  /** The reading is empty and sits at a line wrap inside a sentence (a column break). */
  readonly atWrap?: boolean;
  /** The variant's folded text and the reading's place in it, for number extension. */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

/** The outcome: a category, and for numbers how the values compare. */
export interface Classification {
  readonly category: Category;
  readonly numbers?: NumberComparison;
  /** Why, in a few words (for debugging and the flag's note). */
  readonly reason: string;
}

/**
 * A missing passage at least this long (code points) is an omission even without a sentence end:
 * a dropped clause of a dozen characters reads as a lost sentence to an editor, while 群众 or 强大
 * inside a sentence are wording.
 */
const OMISSION_LONG = 12;

/** Longest title of a work (code points inside 《》) taken as one name, as names.ts takes it. */
const WORK_TITLE_MAX = 40;

/** Longest reading (code points, punctuation aside) that may still be a number discrepancy. */
const NUMBER_SITE_MAX = 24;

/** A missing passage this long that ends or contains a sentence is an omission. */
const OMISSION_SENTENCE = 5;

/**
 * Text of at least this many characters missing exactly where a variant wraps a line inside a
 * sentence is a line lost at a column break, an omission even when shorter than a sentence.
 */
const LOST_LINE = 4;

/**
 * Only punctuation, or the space that folding keeps between Latin words: "power, and" folds to
 * "power，and", so a dropped comma reads " " in the variant without it.
 */
function isPunctuationOnly(text: string): boolean {
  for (const ch of text) if (!isPunctuation(ch) && ch !== ' ') return false;
  return true;
}

function coreLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!isPunctuation(ch)) n += 1;
  return n;
}

/**
 * The reading is one or more whole sentences: it starts where a sentence starts (after a sentence
 * end, or at the start of its paragraph) and ends with a sentence end (她说。 dropped after a quote).
 */
function wholeSentence(r: ClassifyReading): boolean {
  const startsSentence = r.before.length === 0 || /[。！？!?][”’」』]?$/.test(r.before) || /[A-Za-z]{2}\.["”’]?\s?$/.test(r.before);
  const endsSentence = /(?:[。！？!?]|[A-Za-z]{2}\.)[”’」』"]?\s?$/.test(r.text);
  return startsSentence && endsSentence;
}

/** A sentence end inside a reading: Chinese marks, or an English full stop after a word. */
const SENTENCE_MARK = /[。！？!?]|[A-Za-z]{2}\.(?=["”’]?(?:\s|$))/;

/**
 * English words weigh a word and a half in the omission thresholds, which are counted in Chinese
 * characters: twelve characters are a clause in Chinese, eight English words are (four words, of
 * the northern dock, are wording inside a sentence).
 */
const LATIN_WORD = 1.5;

/** Length for the omission thresholds: CJK characters and digits count one, a Latin word 1.5. */
function weightedLength(text: string): number {
  let n = 0;
  for (const ch of text.replace(/[A-Za-z]+/g, '')) if (!isPunctuation(ch) && ch !== ' ') n += 1;
  return n + (text.match(/[A-Za-z]+/g)?.length ?? 0) * LATIN_WORD;
}

/**
 * A decimal point read as a comma, or dropped, between digits (17.9 / 17,9 / 179, a common OCR
 * misreading): the number's value changes, so it is a number flag, not punctuation.
 */
function isDecimalMark(readings: readonly ClassifyReading[]): boolean {
  return (
    readings.some((r) => r.text === '.') &&
    readings.every((r) => /^(?:[.,，]|)$/.test(r.text) && /\d$/.test(r.before) && /^\d/.test(r.after))
  );
}

/** The digits and separators around a reading, with the reading (17 + . + 9). */
function numberAround(r: ClassifyReading): string {
  const left = /[\d.,，]*$/.exec(r.before)?.[0] ?? '';
  const right = /^[\d.,，]*/.exec(r.after)?.[0] ?? '';
  return (left + r.text + right).replace(/，/g, ',');
}

/**
 * The passage that the longer of two readings holds inside the shorter one's word: an OCR line
 * read twice after a hyphenated break gives compa|s make more power … the compa|ny against
 * company. Whole-word flags then show a word on one side, so the missing passage is not empty.
 */
function insertedPassage(texts: readonly string[]): { passage: string; insideWord: boolean } | undefined {
  const distinct = [...new Set(texts)].sort((a, b) => a.length - b.length);
  const [long] = distinct.slice(-1);
  // A hyphen that ends the short reading marks a word broken at a line end (Portla-): the lost
  // line continues that word.
  const short = distinct.length === 2 ? (distinct[0] as string).replace(/(?<=[A-Za-z])-\s*$/, '') : undefined;
  if (short === undefined || long === undefined || short.length === 0) return undefined;
  let prefix = 0;
  while (prefix < short.length && short[prefix] === long[prefix]) prefix += 1;
  const rest = short.slice(prefix);
  if (!long.endsWith(rest)) return undefined;
  const cut = long.length - rest.length;
  // A cut falls between two letters of one English word (Lin|da … engin|eer, whi|ch).
  const letters = (at: number): boolean => /[A-Za-z]/.test(long[at - 1] ?? '') && /[A-Za-z]/.test(long[at] ?? '');
  return { passage: long.slice(prefix, cut), insideWord: letters(prefix) || letters(cut) };
}

/** Classifies a site from every variant's reading in context. */
export function classifySite(readings: readonly ClassifyReading[], story: string): Classification {
  const texts = readings.map((r) => r.text);
  if (isDecimalMark(readings)) {
    const values = readings.map((r) => ({ variant: r.variant, value: parseNumber(numberAround(r)) }));
    return { category: 'number', numbers: { differ: new Set(values.map((v) => v.value)).size > 1 ? 'value' : 'form', values }, reason: 'a decimal mark differs' };
  }
  if (texts.every(isPunctuationOnly) && texts.some((t) => t.trim().length > 0)) {
    return { category: 'punctuation', reason: 'only punctuation differs' };
  }
  // A compound written closed or open (cyberattack / cyber attack): a space inside a word.
  if (texts.every((t) => /^\s*$/.test(t)) && readings.some((r) => /[A-Za-z]$/.test(r.before) && /^[A-Za-z]/.test(r.after))) {
    return { category: 'punctuation', reason: 'a compound written closed or open' };
  }
  // The same letters with stops, apostrophes or hyphens in other places (U.S. / US, p.m. / pm,
  // O'Brien / OBrien, J.D. / JD): only the marks differ.
  const letters = texts.map((t) => t.replace(/[.'’\-\s]/g, ''));
  if (letters.every((l) => l.length > 0 && l === letters[0]) && /[A-Za-z]/.test(letters[0] ?? '')) {
    return { category: 'punctuation', reason: 'only the marks inside a word differ' };
  }

  const lengths = texts.map(coreLength);
  const longest = Math.max(...lengths);
  const shortest = Math.min(...lengths);
  const longReading = readings[lengths.indexOf(longest)] as ClassifyReading;
  const weights = texts.map(weightedLength);
  const missingWeight = Math.max(...weights) - Math.min(...weights);
  if (Math.min(...weights) <= 1 && missingWeight >= OMISSION_SENTENCE) {
    if (missingWeight >= OMISSION_LONG) return { category: 'omission', reason: 'a passage is missing' };
    if (SENTENCE_MARK.test(longReading.text)) return { category: 'omission', reason: 'a sentence is missing' };
    if (longReading.wholeLine) return { category: 'omission', reason: 'a line is missing' };
  }
  if (shortest === 0 && longest >= 2 && longReading.wholeLine) return { category: 'omission', reason: 'a line is missing' };
  if (shortest === 0 && longest >= 2 && wholeSentence(longReading)) return { category: 'omission', reason: 'a short sentence is missing' };
  if (shortest === 0 && readings.some((r) => isBylineOrDateline(r.text))) {
    return { category: 'omission', reason: 'a byline or dateline is missing' };
  }
  if (shortest === 0 && readings.some((r) => r.text.length > 0 && missingFromByline(r))) {
    return { category: 'omission', reason: 'part of a byline is missing' };
  }
  // Weighted: one English word lost at a wrap (Delgado[-Ruiz]) is a changed name, not a lost line.
  if (shortest === 0 && missingWeight >= LOST_LINE && readings.some((r) => r.atWrap)) {
    return { category: 'omission', reason: 'a line lost at a column break' };
  }
  // Inside an English word no edit joins two halves by chance: a shorter passage (a lost OCR line
  // of a few words) is enough.
  const inserted = insertedPassage(texts);
  if (inserted && weightedLength(inserted.passage) >= (inserted.insideWord ? OMISSION_SENTENCE : OMISSION_LONG)) {
    return { category: 'omission', reason: 'a passage is missing inside a word' };
  }

  // Numerals inside the title of a work are words of the title (《千里江山图》 / 《万里江山图》);
  // digits there (《2025年政府工作报告》) still make a number flag below.
  if (readings.every((r) => insideBrackets(r.before, r.text, r.after, '《', '》', WORK_TITLE_MAX)) && !texts.some(hasDigit)) {
    return { category: 'name', reason: 'title of a work' };
  }
  // Whole passages that differ (one paragraph printed in place of another) are no number flag
  // because digits occur in them: a number discrepancy is a short site.
  const numbers = longest <= NUMBER_SITE_MAX && wordsAgreeBesideNumbers(texts) ? compareNumbers(readings) : undefined;
  if (numbers) return { category: 'number', numbers, reason: 'a number differs' };
  if (unitsAfterNumber(readings)) return { category: 'number', numbers: { differ: 'value', values: readings.map((r) => ({ variant: r.variant, value: null })) }, reason: 'the unit of a quantity differs' };
  if (approximationMark(readings)) return { category: 'number', numbers: { differ: 'value', values: readings.map((r) => ({ variant: r.variant, value: null })) }, reason: 'an amount turns approximate' };
  const roman = readings.map((r) => romanValue(r.text));
  if (roman.every((v) => v !== null)) {
    const values = readings.map((r, i) => ({ variant: r.variant, value: roman[i] ?? null }));
    return { category: 'number', numbers: { differ: new Set(roman).size > 1 ? 'value' : 'form', values }, reason: 'a Roman numeral differs' };
  }
  const dates = compareRelativeDates(readings);
  if (dates) return { category: 'number', numbers: dates, reason: 'a relative date differs' };
  const percent = comparePercentWords(readings);
  if (percent) return { category: 'number', numbers: percent, reason: 'a percentage written as a sign or a word' };
  if (englishDates(texts)) return { category: 'number', numbers: { differ: 'value', values: readings.map((r) => ({ variant: r.variant, value: null })) }, reason: 'an English date differs' };
  const english = compareEnglishNumbers(readings);
  if (english) return { category: 'number', numbers: english, reason: 'an English number or date differs' };

  const witnesses = nameWitnesses(readings);
  for (const reading of witnesses) {
    const evidence = nameEvidence(reading, story);
    if (evidence) return { category: 'name', reason: evidence };
  }
  const joined = insertedInName(witnesses, readings, story);
  if (joined) return { category: 'name', reason: joined };
  if (abbreviates(texts) && readings.some((r) => BODY_AFTER.test(r.after))) return { category: 'name', reason: 'an abbreviation and its full form' };
  // When the majority carries the typo, the minority's reading may still complete the name.
  if (readings.some((r) => !witnesses.includes(r) && completesSuffix(r))) return { category: 'name', reason: 'a minority completes a name' };
  return { category: 'wording', reason: 'other words differ' };
}

/**
 * What follows the abbreviated name of a body, an event or a region (医保部门, 上合组织, 冬运会,
 * 中央电视台, 长三角地区). Common nouns are abbreviated too (高铁 / 高速铁路, 环保 / 环境保护):
 * without such a head it is wording.
 */
const BODY_AFTER = /^(?:部门|局|委|组织|会|中心|机构|办|厅|院|集团|公司|协会|联盟|峰会|论坛|台|社|地区|区域)/;

/** Longest full form (code points) taken for the expansion of an abbreviation. */
const FULL_FORM_MAX = 6;

/**
 * True when the readings are an abbreviation and its full form: after the shared ends are trimmed,
 * the short reading's characters all stand, in order, inside the longer one, which adds characters
 * around or between them (医[保]部门 / 医[疗保障]部门, 上[]合组织 / 上[海]合[作]组织). Chinese shortens
 * the names of bodies, events and programmes this way; a rewording seldom keeps every character.
 */
function abbreviates(texts: readonly string[]): boolean {
  const distinct = [...new Set(texts)].sort((a, b) => a.length - b.length);
  const [short, long] = distinct;
  if (distinct.length !== 2 || !short || !long || long.length > FULL_FORM_MAX || long.length <= short.length) return false;
  if (!/^[\u4e00-\u9fff]+$/.test(short + long)) return false;
  // A word added at one end (来 / 前来) is a wording change, not an expansion.
  if (long.startsWith(short) || long.endsWith(short)) return false;
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * The readings whose context may vouch for a name: those that agree with the majority when there
 * is one. A typo's own context is not evidence (委员[群]工作 does not make 群 a name after 委员).
 */
function nameWitnesses(readings: readonly ClassifyReading[]): readonly ClassifyReading[] {
  const counts = new Map<string, number>();
  for (const r of readings) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const chosen = !top || (ranked[1] && ranked[1][1] === top[1]) ? readings : readings.filter((r) => r.text === top[0]);
  // Variants that agree usually share the context too: judge each distinct context once.
  const seen = new Set<string>();
  return chosen.filter((r) => {
    const key = `${r.before}\u0000${r.text}\u0000${r.after}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Most words a site may change beside its numbers and still be a number flag (今年 / 2025年 reads
 * 今 / 2025): more means the words differ, and the number in one of them is incidental (a whole
 * headline rewritten around 一班).
 */
const WORDS_BESIDE_NUMBER = 2;

/** True when the readings, their numerals taken out, agree or differ by a word or two at most. */
function wordsAgreeBesideNumbers(texts: readonly string[]): boolean {
  const rest = texts.map((t) => t.replace(/[0-9.,%零〇一二两三四五六七八九十百千万亿]/g, ''));
  if (rest.every((r) => r === rest[0])) return true;
  return Math.max(...rest.map(coreLength)) <= WORDS_BESIDE_NUMBER;
}

/** A time named relative to the dateline: last year, next week, this month, yesterday. */
const RELATIVE_TIME = /\b(?:(?:last|next|this)\s+(?:year|month|week|spring|summer|fall|autumn|winter)|yesterday|today|tomorrow|tonight)\b/i;

/** Most words a reading may hold to be taken for one date expression (in early 2024). */
const DATE_WORDS = 4;

/**
 * True when one reading dates by a year (in 2024) and another by a relative time (last year):
 * the date is told another way or moved, a number flag.
 */
function englishDates(texts: readonly string[]): boolean {
  if (texts.some((t) => t.trim().split(/\s+/).length > DATE_WORDS)) return false;
  const year = (t: string): boolean => /\b(?:19|20)\d\d\b/.test(t);
  return texts.some(year) && texts.some((t) => RELATIVE_TIME.test(t)) && texts.every((t) => year(t) || RELATIVE_TIME.test(t));
}

/** Seasons, by their order in the year: a date when a determiner or a time word stands before them. */
const SEASONS: Readonly<Record<string, number>> = { spring: 1, summer: 2, fall: 3, autumn: 3, winter: 4 };

/**
 * The season a word names in a date (in the spring, by next fall, early winter), or null: after no
 * such word, fall is a verb (prices fall).
 */
function seasonValue(word: string, before: string): number | null {
  const value = SEASONS[word.toLowerCase()];
  return value !== undefined && /(?:^|[^A-Za-z])(?:the|this|next|last|early|late|mid|in|by)[ -]$/i.test(before) ? value : null;
}

/**
 * When every reading is one English number or date word, or digits (third / 3rd, Tuesday /
 * Wednesday, three / 3), how they compare; otherwise undefined.
 */
function compareEnglishNumbers(readings: readonly ClassifyReading[]): NumberComparison | undefined {
  const values = readings.map((r) => {
    // An article before a number word counts for nothing (a dozen / twelve).
    const word = r.text.trim().replace(/^an? (?=[A-Za-z])/i, '');
    const value = /^\d+(?:\.\d+)?%?$/.test(word) ? Number(word.replace('%', '')) : (englishNumberValue(word) ?? seasonValue(word, r.before));
    return { variant: r.variant, value, word };
  });
  // An article alone against a numeral is the number one (about an hour / about two hours).
  if (values.some((v) => v.value !== null && /[A-Za-z]/.test(v.word))) {
    for (const v of values) if (v.value === null && /^an?$/i.test(v.word)) v.value = 1;
  }
  // At least one reading must be a number word: digits alone (40%) are compareNumbers' business.
  if (values.some((v) => v.value === null) || !values.some((v) => /[A-Za-z]/.test(v.word))) return undefined;
  const distinct = new Set(values.map((v) => v.value));
  return { differ: distinct.size > 1 ? 'value' : 'form', values: values.map(({ variant, value }) => ({ variant, value })) };
}

/**
 * When every reading is the changed half of a relative date word (今[日] … [明]日), how the dates
 * compare; otherwise undefined.
 */
function compareRelativeDates(readings: readonly ClassifyReading[]): NumberComparison | undefined {
  const values = readings.map((r) => {
    if (r.text.length === 2) return relativeDateValue(r.text);
    if (r.text.length !== 1) return null;
    return relativeDateValue(r.text + r.after.slice(0, 1)) ?? relativeDateValue(r.before.slice(-1) + r.text);
  });
  if (values.some((v) => v === null)) return undefined;
  return { differ: new Set(values).size > 1 ? 'value' : 'form', values: readings.map((r, i) => ({ variant: r.variant, value: values[i] ?? null })) };
}

/** A percent sign or its English word (3.9% / 3.9 percent, per cent), with the spaces around it. */
const PERCENT = /^\s*(?:%|per ?cent)\s*$/i;

/**
 * When every reading is a percent sign or word after the same digits (3.9% / 3.9 percent), the
 * number's form differs: a number flag, as 3.2万 / 32000 is.
 */
function comparePercentWords(readings: readonly ClassifyReading[]): NumberComparison | undefined {
  if (!readings.every((r) => PERCENT.test(r.text) && /\d\s?$/.test(r.before))) return undefined;
  if (!readings.some((r) => /[A-Za-z]/.test(r.text))) return undefined;
  const values = readings.map((r) => ({ variant: r.variant, value: parseNumber(/[\d.,]+\s?$/.exec(r.before)?.[0].trim() ?? '') }));
  return { differ: new Set(values.map((v) => v.value)).size > 1 ? 'value' : 'form', values };
}

/** When any reading is (part of) a number, how the numbers compare; otherwise undefined. */
function compareNumbers(readings: readonly ClassifyReading[]): NumberComparison | undefined {
  let numeric = false;
  const values = readings.map((r) => {
    const token = numberToken(r.folded, r.start, r.end);
    const touches = token.length > 0 && (hasDigit(r.text) || hasDigit(token) ? hasDigit(token) : true);
    const before = r.folded.slice(Math.max(0, r.start - 2), r.start);
    const tokenEnd = r.folded.indexOf(token, Math.max(0, r.start - token.length)) + token.length;
    const after = r.folded.slice(tokenEnd, tokenEnd + 2);
    const isNumber = touches && (hasDigit(token) || isChineseNumber(token, before, after) || /%/.test(r.text));
    // The reading must itself touch the number: a change next to "2025年" is not about the year.
    const involved = isNumber && /[0-9零〇一二两三四五六七八九十百千万亿.%]/.test(r.text);
    if (involved) numeric = true;
    return { variant: r.variant, value: isNumber ? parseNumber(token) : null };
  });
  if (!numeric) return undefined;
  const distinct = new Set(values.map((v) => (v.value === null ? 'null' : String(v.value))));
  return { differ: distinct.size > 1 ? 'value' : 'form', values };
}
