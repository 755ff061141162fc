/**
 * English quantities said in more than one way: a time of day (noon, 12 p.m., 6:30 in the
 * morning), a span (188 years, nearly two centuries, a century and a half), a share (about 40%,
 * nearly half, two-thirds), money (50 cents, a quarter) and a length (2.5 feet, 30 inches). Each
 * reading is read as the quantities it may state, one per dimension, so two readings compare when
 * they share one (a quarter is a share and a coin). Built on the lexicon's number reader, its
 * amount qualifiers and its spans of time; the few unit words below are what it lacks.
 */
import {
  AMOUNT_QUALIFIERS,
  DURATION_MINUTES,
  fractionDenominator,
  parseEnglishNumber,
  isAsciiDigit,
  parseNumber,
} from '../lexicon/numerals';
import type { ClassifyReading } from './rule';
import { isLetter, spacedWords } from './english-names';

/** What a quantity measures; only quantities of one dimension compare. */
export type Dimension = 'clock' | 'span' | 'share' | 'money' | 'length' | 'temperature';

/** A quantity a reading states: its dimension, its value in that dimension's unit, the word rounding or bounding it. */
export interface Quantity {
  readonly dimension: Dimension;
  readonly value: number;
  readonly sense: string;
}

/** Minutes after midnight of the two times of day English names by a word. */
const NAMED_TIMES: Readonly<Record<string, number>> = { noon: 720, midday: 720, midnight: 0 };

/** The part of the day "in the …" after a clock figure names (in the evening), by the hours it adds. */
const PARTS_OF_DAY: Readonly<Record<string, number>> = { morning: 0, afternoon: 12, evening: 12 };

/**
 * The hours the half of the day after a clock figure adds (a.m., pm: 0; p.m., in the evening: 12),
 * or undefined when the words give none.
 */
function dayHalf(words: readonly string[]): number | undefined {
  const letters = words.join('').split('.').join('');
  if (letters === 'am' || letters === 'pm') return letters === 'am' ? 0 : 12;
  const [preposition, article, part = ''] = words;
  return words.length === 3 && preposition === 'in' && article === 'the'
    ? PARTS_OF_DAY[part]
    : undefined;
}

/** Units a span, a length or money is counted in, and what one of each is worth in its dimension's unit. */
const UNITS: Readonly<Record<string, readonly [Dimension, number]>> = {
  ...Object.fromEntries(
    Object.entries(DURATION_MINUTES).map(([unit, minutes]) => [unit, ['span', minutes] as const]),
  ),
  century: ['span', 100 * (DURATION_MINUTES.year ?? 0)],
  cent: ['money', 1],
  dollar: ['money', 100],
  inch: ['length', 1],
  foot: ['length', 12],
  feet: ['length', 12],
  yard: ['length', 36],
  mile: ['length', 63360],
  millimeter: ['length', 1 / 25.4],
  mm: ['length', 1 / 25.4],
  centimeter: ['length', 1 / 2.54],
  cm: ['length', 1 / 2.54],
  meter: ['length', 100 / 2.54],
  percent: ['share', 0.01],
  '%': ['share', 0.01],
};

/** Coins a US story counts money in by their names alone (a quarter, a dime), in cents. */
const COINS: Readonly<Record<string, number>> = { quarter: 25, dime: 10, nickel: 5 };

/** The unit a word names, singular or plural (centuries, feet, inches), or undefined. */
function unitOf(word: string): readonly [Dimension, number] | undefined {
  const direct = UNITS[word];
  if (direct) return direct;
  if (word.endsWith('ies')) return UNITS[`${word.slice(0, -3)}y`];
  if (word.endsWith('es') && UNITS[word.slice(0, -2)]) return UNITS[word.slice(0, -2)];
  return word.endsWith('s') ? UNITS[word.slice(0, -1)] : undefined;
}

/** A count: digits (1.5, 2,500), a number word (two, twenty-one), a or an; null for others. */
function countOf(word: string): number | null {
  if (word === 'a' || word === 'an') return 1;
  return parseNumber(word) ?? parseEnglishNumber(word);
}

/** A clock figure (6, 6:30, 12) as minutes after the hour's start of the day, or null. */
function clockOf(word: string): number | null {
  const m = /^(\d{1,2})(?:[:：](\d{2}))?$/.exec(word);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  return hour >= 1 && hour <= 12 && minute < 60 ? (hour % 12) * 60 + minute : null;
}

/** The word opening `words` that rounds or bounds the amount (about, more than), taken off; its sense. */
function takeQualifier(words: string[]): string {
  for (const take of [2, 1]) {
    const sense = AMOUNT_QUALIFIERS[words.slice(0, take).join(' ')];
    if (words.length > take && sense !== undefined && sense !== 'half') {
      words.splice(0, take);
      return sense;
    }
  }
  return 'round';
}

/** A time of day: noon, midnight, 12 noon, 6:30 a.m., 6:30 in the morning; minutes after midnight. */
function clockTime(words: readonly string[]): number | null {
  const phrase = words.join(' ');
  const named = NAMED_TIMES[phrase];
  if (named !== undefined) return named;
  const [figure = '', ...rest] = words;
  const clock = clockOf(figure);
  if (clock === null) return null;
  if (rest.join(' ') === 'noon' && clock === 0) return NAMED_TIMES.noon ?? null;
  const half = dayHalf(rest);
  return half === undefined ? null : clock + half * 60;
}

/** How much of a whole a fraction said in words is (half, a third, two-thirds), or null. */
function shareOf(words: readonly string[]): number | null {
  const said = words[0] === 'a' || words[0] === 'an' ? words.slice(1) : words;
  if (said.length !== 1) return null;
  const divisor = fractionDenominator(said[0] as string);
  if (divisor !== null) return 1 / divisor;
  const value = parseEnglishNumber(said[0] as string);
  return value !== null && value < 1 ? value : null;
}

/** A count, or a count and "degree(s)" after it (4, 4 degrees): the count; null for others. */
function degreesOf(words: readonly string[]): number | null {
  const [count = '', unit] = words;
  if (words.length > 2 || (unit !== undefined && unit !== 'degree' && unit !== 'degrees'))
    return null;
  return words.length === 0 ? null : countOf(count);
}

/**
 * A temperature below zero said in words: minus 4, minus 6 degrees, 4 below zero, 8 degrees below
 * zero; the value below zero, or null (4 below the target is no temperature).
 */
function belowZero(words: readonly string[]): number | null {
  const below = words.length >= 3 && words.at(-2) === 'below' && words.at(-1) === 'zero';
  const count =
    words[0] === 'minus' ? degreesOf(words.slice(1)) : below ? degreesOf(words.slice(0, -2)) : null;
  return count === null ? null : -count;
}

/**
 * A count and its unit (188 years, two centuries, a century and a half, 2.5 feet, 40%, 35mm,
 * 35-millimeter), or several of one dimension joined by "and" (eight years and four months,
 * 5 feet 3 inches) summed; a count of "and a half" after the last unit adds half of it.
 */
function counted(words: readonly string[]): [Dimension, number] | null {
  let list = words.flatMap((w) => w.split('-')).filter(Boolean);
  // A figure glued to its unit (35mm, 40%): its digits and the unit's letters apart.
  list = list.flatMap((w) => {
    const glued = /^(\d[\d.,]*)(%|[a-z]+)$/.exec(w);
    return glued ? [glued[1] as string, glued[2] as string] : [w];
  });
  // A comma between the parts (six years, two months) parts them as "and" does.
  list = list.map((w) => (w.length > 1 && w.endsWith(',') ? w.slice(0, -1) : w));
  let dimension: Dimension | undefined;
  let total = 0;
  let last = 0;
  for (let i = 0; i < list.length;) {
    if (i > 0 && list[i] === 'and') i += 1;
    if (i > 0 && list.slice(i).join(' ') === 'a half')
      return dimension ? [dimension, total + last / 2] : null;
    const count = countOf(list[i] ?? '');
    const unit = unitOf(list[i + 1] ?? '');
    if (count === null || unit === undefined || (dimension && unit[0] !== dimension)) return null;
    dimension = unit[0];
    last = unit[1];
    total += count * unit[1];
    i += 2;
  }
  return dimension ? [dimension, total] : null;
}

/**
 * The quantities a phrase may state, one per dimension it may measure (a quarter is a share and
 * a coin); empty when it states none.
 */
export function quantitiesOf(phrase: string): Quantity[] {
  const words = spacedWords(phrase.toLowerCase().replace(/[,;:]$/, ''));
  const sense = takeQualifier(words);
  const found: Quantity[] = [];
  const add = (dimension: Dimension, value: number | null): void => {
    if (value !== null) found.push({ dimension, value, sense });
  };
  add('clock', clockTime(words));
  add('share', shareOf(words));
  add('temperature', belowZero(words));
  const withoutArticle = words[0] === 'a' && words.length === 2 ? words[1] : undefined;
  add('money', withoutArticle === undefined ? null : (COINS[withoutArticle] ?? null));
  const amount = counted(words);
  if (amount) add(amount[0], amount[1]);
  return found;
}

/** The first word of `text` after the space that opens it, up to a stop or comma, or '' (" months.He" → "months"). */
function wordAfterSpace(text: string): string {
  const word = text.startsWith(' ') ? (spacedWords(text)[0] ?? '') : '';
  // Folding drops the space after a stop (months.He): the word ends at its first mark.
  const end = [...word].findIndex((ch) => '.,;:'.includes(ch));
  return end < 0 ? word : word.slice(0, end);
}

/**
 * The phrase a reading states, widened over a figure before it when the reading opens with what
 * follows one (6:30 [in the morning], 188 [years]), and over the unit after it when it closes with
 * a count ([eight years and four] months, [100] months).
 */
export function quantityPhrase(r: ClassifyReading): string {
  const text = r.text.trim();
  const words = spacedWords(text.toLowerCase());
  const opensAfterFigure =
    dayHalf(words.slice(0, 1)) !== undefined ||
    dayHalf(words.slice(0, 3)) !== undefined ||
    unitOf(words[0] ?? '') !== undefined;
  let phrase = text;
  if (opensAfterFigure && r.before.endsWith(' ')) {
    const figure = spacedWords(r.before).pop() ?? '';
    if (isAsciiDigit(figure[0])) phrase = `${figure} ${text}`;
  }
  const unit = r.text.endsWith(' ') ? '' : wordAfterSpace(r.after);
  const closesWithCount = words.length > 0 && countOf(words.at(-1) as string) !== null;
  return closesWithCount && unitOf(unit.toLowerCase()) !== undefined ? `${phrase} ${unit}` : phrase;
}

/**
 * The phrases of a site whose readings add to a span before them or drop what they add
 * (a year [and a half] / a year []): each reading read with the count and unit before it. Null
 * when no reading opens with "and", or the words before are no count and unit.
 */
export function continuedPhrases(readings: readonly ClassifyReading[]): string[] | null {
  if (!readings.some((r) => r.text.trim().startsWith('and '))) return null;
  const phrases: string[] = [];
  for (const r of readings) {
    // The reading must open at a word's edge, not inside the unit before it.
    if (isLetter(r.before.at(-1)) && isLetter(r.text[0])) return null;
    const lead = spacedWords(r.before).slice(-2);
    if (lead.length < 2 || countOf(lead[0] as string) === null || !unitOf(lead[1] as string))
      return null;
    phrases.push(`${lead.join(' ')} ${r.text.trim()}`.trim());
  }
  return phrases;
}

/** A phrase with the word that rounds its amount taken off (about 40% → 40%); others as they are. */
export function withoutRoundWord(phrase: string): string {
  const words = spacedWords(phrase.toLowerCase());
  const sense = takeQualifier(words);
  return sense === 'round' ? words.join(' ') : phrase.toLowerCase();
}
