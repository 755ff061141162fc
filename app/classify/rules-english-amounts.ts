/**
 * English amount rows: how often something happens (twice / three times, more than twice), a part
 * of an amount given in some variants only (half a mile / a mile), and a figure with the word that
 * rounds or bounds it ($9.7 / nearly $10), and percentage points for a per cent (6 points / 6%,
 * 3.4个百分点 / 3.4%). Numbers to the editor, read with the lexicon's number
 * reader and its amount qualifiers rather than new word lists or patterns.
 */
import {
  AMOUNT_QUALIFIERS,
  DURATION_MINUTES,
  fractionDenominator,
  isAsciiDigit,
  parseEnglishNumber,
} from '../lexicon/numerals';
import { parseNumber } from './numbers';
import type { ClassifyReading, Rule } from './rule';
import { unknownValues } from './rules-number-english';
import { isLetter, spacedWords } from './english-names';

/** Once, twice, thrice: how often, in one word. */
const TIMES_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

/**
 * How often a text says something happens, and the word that bounds or rounds the count
 * (more than twice, three times, about 12 times); null for any other text.
 */
function frequencyOf(text: string): { sense: string; count: number } | null {
  const words = spacedWords(text.toLowerCase());
  let sense = 'exact';
  for (const take of [2, 1]) {
    const head = words.slice(0, take).join(' ');
    const qualifier = AMOUNT_QUALIFIERS[head];
    if (words.length > take && qualifier !== undefined) {
      sense = qualifier === 'round' ? 'exact' : qualifier;
      words.splice(0, take);
      break;
    }
  }
  const [first = '', second] = words;
  if (words.length === 1 && TIMES_WORDS[first] !== undefined)
    return { sense, count: TIMES_WORDS[first] as number };
  if (words.length !== 2 || second !== 'times') return null;
  const count = isAsciiDigit(first[0]) ? Number(first) : parseEnglishNumber(first);
  return count === null || Number.isNaN(count) ? null : { sense, count };
}

/** The reading, trimmed, with the letters of a word it starts or ends inside (t|wice → twice). */
function wholeWords(r: ClassifyReading): string {
  const text = r.text.trim();
  if (text === '') return text;
  let from = r.before.length;
  if (isLetter(r.text[0])) while (isLetter(r.before[from - 1])) from -= 1;
  let to = 0;
  if (isLetter(r.text.at(-1))) while (isLetter(r.after[to])) to += 1;
  return r.before.slice(from) + text + r.after.slice(0, to);
}

/** twice a day / three times a day, three times / more than twice: how often something happens differs. */
const frequency: Rule = {
  id: 'number.english-times',
  category: 'number',
  applies: (site) => {
    // Stop at the first reading that says no frequency: most sites have none.
    const keys = new Set<string>();
    for (const r of site.readings) {
      const found = frequencyOf(wholeWords(r));
      if (found === null) return null;
      keys.add(`${found.sense} ${found.count}`);
    }
    return keys.size > 1 ? unknownValues(site) : null;
  },
  why: {
    en: 'how often something happens differs: {a} / {b}',
    'zh-CN': '次数或倍数不同：{a} / {b}',
  },
  examples: {
    positive: [
      [
        'The ferry crosses [twice] a day in winter.',
        'The ferry crosses [three times] a day in winter.',
      ],
      [
        'The new tank holds [four times] what the old one did.',
        'The new tank holds [more than twice] what the old one did.',
      ],
      ['He has won [once] before.', 'He has won [2 times] before.'],
      // Alignment may cut the readings inside a word both share the first letter of.
      ['The ferry crosses t[wice] a day.', 'The ferry crosses t[hree times] a day.'],
    ],
    negative: [
      ['The ferry crosses [twice] a day.', 'The ferry crosses [two times] a day.'],
      ['He came [three times] a week.', 'He came [many times] a week.'],
    ],
  },
};

/** The part of a whole a reading states (half, a third of, quarter-), articles, of and hyphens aside; null for others. */
function partOf(text: string): number | null {
  const words = spacedWords(text.split('-').join(' ').toLowerCase()).filter(
    (w) => w !== 'a' && w !== 'an' && w !== 'of',
  );
  const [word] = words;
  const divisor = words.length === 1 && word !== undefined ? fractionDenominator(word) : null;
  return divisor === null ? null : 1 / divisor;
}

/** half a mile / a mile, a half-hour / an hour: a part of the amount is given in some variants only. */
const partDropped: Rule = {
  id: 'number.english-part',
  category: 'number',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text.trim());
    return texts.includes('') && texts.every((t) => t === '' || partOf(t) !== null)
      ? unknownValues(site)
      : null;
  },
  why: {
    en: 'a part of the amount is given in some variants only: {a} / {b}',
    'zh-CN': '部分版本多出或缺少分数词，数量随之改变：{a} / {b}',
  },
  examples: {
    positive: [
      ['The dam raises the lake by [half ]a foot.', 'The dam raises the lake by []a foot.'],
      ['The talk ran a [half-]hour late.', 'The talk ran a []hour late.'],
      ['Crews paved [a third of ]the road.', 'Crews paved []the road.'],
    ],
    negative: [
      ['Crews paved [all of ]the road.', 'Crews paved []the road.'],
      [
        'The dam raises the lake by [half] a foot.',
        'The dam raises the lake by [a third of] a foot.',
      ],
    ],
  },
};

/** A count and a unit of time (eight months, a week, 3 days); null for any other words. */
function spanOf(count: string, unit: string): number | null {
  const minutes = DURATION_MINUTES[unit.endsWith('s') ? unit.slice(0, -1) : unit];
  const n = /^an?$/.test(count) ? 1 : (parseNumber(count) ?? parseEnglishNumber(count));
  return minutes === undefined || n === null ? null : n * minutes;
}

/** A span of time's further part after its first: and eight months, , 12 days. */
const FURTHER_PART = /^(?:[,，]\s*)?(?:and\s+)?(\S+)\s+([a-z]+)$/;

/** The span of time a text ends with (served two years), the words before it aside. */
const SPAN_BEFORE = /(\S+)\s+([a-z]+)\s*$/;

/**
 * two years and eight months / two years: a further part of a span of time is given in some
 * variants only, beside the span's first part, so the span is shorter (number.compound-quantity's
 * English case).
 */
const durationPart: Rule = {
  id: 'number.english-duration-part',
  category: 'number',
  applies: (site) => {
    const full = site.readings.filter((r) => r.text.trim() !== '');
    if (full.length === 0 || full.length === site.readings.length) return null;
    return full.every((r) => {
      const part = FURTHER_PART.exec(r.text.trim().toLowerCase());
      const first = SPAN_BEFORE.exec(r.before.toLowerCase());
      return (
        part !== null &&
        first !== null &&
        spanOf(part[1] as string, part[2] as string) !== null &&
        spanOf(first[1] as string, first[2] as string) !== null
      );
    })
      ? unknownValues(site)
      : null;
  },
  why: {
    en: 'a part of a span of time is given in some variants only: {a} / {b}',
    'zh-CN': '部分版本多出或缺少时长的一部分：{a} / {b}',
  },
  examples: {
    positive: [
      [
        'She taught there three years[ and six months] before',
        'She taught there three years[] before',
      ],
      ['The fast lasted 2 days[, 5 hours] in all.', 'The fast lasted 2 days[] in all.'],
    ],
    negative: [
      [
        'She taught there three years[ and six pupils] before',
        'She taught there three years[] before',
      ],
      ['She taught there[ and six months] before', 'She taught there[] before'],
    ],
  },
};

/** An ASCII digit anywhere in a text. */
const ASCII_DIGIT = /[0-9]/;

/** Currency signs a figure may open with ($9.7, £40). */
const CURRENCY = '$£€';

/**
 * An amount and the word that rounds or bounds it (nearly $10, more than 400, $9.7): its sense
 * and value; null when the text is no figure after at most a qualifier.
 */
function qualifiedAmount(text: string): { sense: string; value: number } | null {
  // The figure is digits of the text: one without an ASCII digit states none (most readings of a
  // day's sites, some a whole paragraph long, are no figure, and splitting them into words was
  // a tenth of the classifier's time on a 150-page day).
  if (!ASCII_DIGIT.test(text)) return null;
  const words = spacedWords(text.toLowerCase());
  let sense = 'round';
  for (const take of [2, 1]) {
    const qualifier = AMOUNT_QUALIFIERS[words.slice(0, take).join(' ')];
    if (words.length === take + 1 && qualifier !== undefined) {
      sense = qualifier;
      words.splice(0, take);
      break;
    }
  }
  // Folding may drop the space before a currency sign (nearly$10).
  let [figure = ''] = words;
  for (const [key, qualifier] of Object.entries(AMOUNT_QUALIFIERS))
    if (
      words.length === 1 &&
      figure.startsWith(key) &&
      CURRENCY.includes(figure[key.length] ?? '')
    ) {
      sense = qualifier;
      figure = figure.slice(key.length);
    }
  if (words.length !== 1 || sense === 'half') return null;
  if (CURRENCY.includes(figure[0] ?? '')) figure = figure.slice(1);
  const value = isAsciiDigit(figure[0]) ? parseNumber(figure) : null;
  return value === null ? null : { sense, value };
}

/**
 * $9.7 / nearly $10, 400 / more than 450: a figure and the word that rounds or bounds it differ
 * together. A round word alone before the same figure (about $10 / $10) says the same amount.
 */
const qualifiedFigure: Rule = {
  id: 'number.english-qualified-figure',
  category: 'number',
  applies: (site) => {
    const found: { sense: string; value: number }[] = [];
    for (const r of site.readings) {
      const amount = qualifiedAmount(r.text.trim());
      if (amount === null) return null;
      found.push(amount);
    }
    const keys = new Set(found.map((f) => `${f.sense} ${f.value}`));
    return keys.size > 1 && new Set(site.readings.map((r) => r.text.trim())).size > 1
      ? unknownValues(site)
      : null;
  },
  why: {
    en: 'an amount and the word that rounds or bounds it differ: {a} / {b}',
    'zh-CN': '数额及其约数或界限词不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['The roof cost [$4.6] million to fix.', 'The roof cost [almost $5] million to fix.'],
      ['The roof cost [$4.6] million to fix.', 'The roof cost [almost$5] million to fix.'],
      ['It drew [more than 300] people.', 'It drew [280] people.'],
    ],
    negative: [
      ['The roof cost [about $5] million to fix.', 'The roof cost [$5] million to fix.'],
      ['It drew [some friends] and', 'It drew [many friends] and'],
    ],
  },
};

/**
 * What follows a figure when it counts percentage points (6 percentage points, 6 points,
 * 3.4个百分点), and when it is a per cent (6 percent, 6 per cent, 6%); "percentage" is tried as
 * points before "percent" can take its first letters.
 */
const POINTS_AFTER = /^\s*(?:percentage[- ]points?\b|points?\b|个?百分点)/i;
const PERCENT_AFTER = /^\s*(?:%|％|per ?cent\b|pct\b)/i;

/**
 * The unit the figure before or inside a reading is given in: points or percent, or null. The
 * figure is the last one in the text up to the reading's end, and only the unit's own letters,
 * spaces and marks stand between it and the reading (6 percent[age points], [3.4个百分点]).
 */
function percentUnitOf(r: {
  readonly before: string;
  readonly text: string;
  readonly after: string;
}): string | null {
  const head = r.before + r.text;
  const figure = /[0-9０-９](?:[0-9０-９.,]*[0-9０-９])?/g;
  let end = -1;
  for (const m of head.matchAll(figure)) end = m.index + m[0].length;
  if (end < 0 || !/^[\p{L}\s%％-]*$/u.test(head.slice(end))) return null;
  const phrase = head.slice(end) + r.after;
  if (POINTS_AFTER.test(phrase)) return 'points';
  return PERCENT_AFTER.test(phrase) ? 'percent' : null;
}

/**
 * Rose 6 percentage points / rose 6 percent, 提高3.4个百分点 / 提高3.4%: the same figure counts
 * points in one variant and a per cent of the amount in another, a different quantity to the
 * reader, so a number (a per cent written as a sign or a word is `number.percent-word`).
 */
const percentagePoints: Rule = {
  id: 'number.percentage-points',
  category: 'number',
  applies: (site) => {
    const units = new Set(site.readings.map(percentUnitOf));
    return units.size === 2 && units.has('points') && units.has('percent')
      ? unknownValues(site)
      : null;
  },
  why: {
    en: 'the figure counts percentage points in one variant and a per cent in another: {a} / {b}',
    'zh-CN': '同一数字一处为百分点、一处为百分比：{a} / {b}',
  },
  examples: {
    positive: [
      [
        'Attendance rose 4 [percentage points] this fall.',
        'Attendance rose 4 [percent] this fall.',
      ],
      ['Attendance rose 4 [points] this fall.', 'Attendance rose 4 [%] this fall.'],
      ['出勤率比去年提高2.7[个百分点]。', '出勤率比去年提高2.7[%]。'],
    ],
    negative: [
      ['Attendance rose 4 [percent] this fall.', 'Attendance rose 4 [per cent] this fall.'],
      ['The team scored 4 [points] in the fall.', 'The team scored 4 [goals] in the fall.'],
    ],
  },
};

/** The English amount rows (precedence.ts orders every row). */
export const ENGLISH_AMOUNT_ROWS: readonly Rule[] = [
  frequency,
  partDropped,
  qualifiedFigure,
  percentagePoints,
  durationPart,
];
