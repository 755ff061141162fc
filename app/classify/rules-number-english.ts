/**
 * English amount rows: the half of the day after a clock time (6:45 p.m. / a.m.) and a word that
 * makes an amount approximate or bounds it (about 450 / more than 450), with the evidence they and
 * the other number rows give when the values are unknown but differ.
 */
import { englishNumberValue } from './numbers';
import type { ClassifyReading, Evidence, Rule, Site } from './rule';
import { AMOUNT_QUALIFIERS, isNumeralChar } from '../lexicon/numerals';

/** Values unknown, but different (a unit or an approximation changes the quantity). */
export const unknownValues = (site: Site): Evidence => ({
  numbers: {
    differ: 'value',
    values: site.readings.map((r) => ({ variant: r.variant, value: null })),
  },
});

/**
 * The half of the day a reading and what follows it spell, its letters without stops (p + .m. →
 * pm), or '' for none. Folding may drop the space after the stop (a.m.on Fridays), so the letters
 * end at the m, followed by its stop or by no letter (not the m of amount).
 */
function meridiemOf(r: ClassifyReading): string {
  const spelled = /^([ap])\.?\s?m(?:\.|(?![a-z]))/.exec((r.text.trim() + r.after).toLowerCase());
  return spelled ? `${spelled[1]}m` : '';
}

/** 6:45 p.m. / 6:45 a.m.: the half of the day after a clock time changes the time. */
const meridiem: Rule = {
  id: 'number.meridiem',
  category: 'number',
  applies: (site) =>
    site.readings.every(
      (r) => meridiemOf(r) !== '' && isNumeralChar(r.before.trimEnd().slice(-1)),
    ) && new Set(site.readings.map(meridiemOf)).size > 1
      ? unknownValues(site)
      : null,
  why: {
    en: 'the half of the day after a clock time differs: {a} / {b}',
    'zh-CN': '时刻的上午/下午不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['The train left at 6:45 [p].m.', 'The train left at 6:45 [a].m.'],
      // Folding drops the space after the stop when the sentence goes on.
      ['The pool opens at 7 [a].m. on weekdays.', 'The pool opens at 7 [p].m. on weekdays.'],
    ],
    negative: [
      ['left at 6:45 [p].m.', 'left at 6:45 [p]m.'],
      ['The band sold 7 [a]mounts of', 'The band sold 7 [p]mounts of'],
    ],
  },
};

/** A figure or an English number word starts `text` (600, two), or ends it when `last`. */
function numberAt(text: string, last: boolean): boolean {
  const words = text.trim().split(' ');
  let word = (last ? words[words.length - 1] : words[0]) ?? '';
  // A sentence or clause may end right after a word (in late August. Students…, or
  // August.Students once folding drops the space): the word ends at its stop.
  if (!isNumeralChar(word[0]))
    for (const mark of '.,;:') if (word.indexOf(mark) > 0) word = word.slice(0, word.indexOf(mark));
  return (
    isNumeralChar(word[0]) ||
    isNumeralChar(word[word.length - 1]) ||
    englishNumberValue(word) !== null
  );
}

/**
 * about 600 / more than 600, two and a half hours / two hours: only a word that makes an amount
 * approximate or bounds it differs, beside the amount (the lexicon's AMOUNT_QUALIFIERS).
 */
const englishQualifier: Rule = {
  id: 'number.english-qualifier',
  category: 'number',
  applies: (site) => {
    const texts = site.readings.map((r) =>
      r.text.trim().toLowerCase().split(' ').filter(Boolean).join(' '),
    );
    // An amount with no word before it reads as a round figure, as "about" does.
    const senses = texts.map((t) => (t === '' ? 'round' : AMOUNT_QUALIFIERS[t]));
    return senses.every((s) => s !== undefined) &&
      new Set(senses).size > 1 &&
      site.readings.every((r) => numberAt(r.after, false) || numberAt(r.before, true))
      ? unknownValues(site)
      : null;
  },
  why: {
    en: 'a word that makes an amount approximate differs: {a} / {b}',
    'zh-CN': '表示约数或界限的词不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['the mill employed [about] 450 people', 'the mill employed [more than] 450 people'],
      ['a trip of two[ and a half] days', 'a trip of two[] days'],
      ['[nearly] three dozen boats', '[more than] three dozen boats'],
      // A part of a month or a year narrows a date (late May / May).
      ['the pier reopens in [late ]May after', 'the pier reopens in []May after'],
      // A stop after the month ends the sentence, not the date.
      [
        'the mill closed in [late ]October.Workers left',
        'the mill closed in []October.Workers left',
      ],
    ],
    negative: [
      ['he spoke [about] the plan', 'he spoke [over] the plan'],
      ['prices rose [about] 4%', 'prices rose [by] 4%'],
      // Both give a round figure.
      ['[Roughly] 80 people came', '[About] 80 people came'],
      ['[nearly] 80 people came', '[about] 80 people came'],
      ['the plan costs [about] $4 million', 'the plan costs [] $4 million'],
    ],
  },
};

/** The English amount rows (precedence.ts orders every row). */
export const ENGLISH_AMOUNT_RULES: readonly Rule[] = [meridiem, englishQualifier];
