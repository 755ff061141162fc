/**
 * Rules of shape and form: what alignment already knows (a passage moved, a reprint ends early),
 * and sites where only the marks differ — punctuation, or a decimal point that changes a number.
 */
import { isDecimalMark, numberAround } from './number-evidence';
import { isPunctuationOnly, SENTENCE_MARK } from './extent';
import { englishNumberValue } from './numbers';
import { parseNumber } from './numbers';
import type { ClassifyReading, Rule } from './rule';
import { RANGE_RULES } from './rules-range';
import { PAIRED_MARKS } from '../lexicon/characters';

/** A passage alignment found elsewhere in some variants. */
const moved: Rule = {
  id: 'omission.move',
  category: 'omission',
  applies: (site) => (site.kind === 'move' ? {} : null),
  why: {
    en: 'the passage stands in a different place in some variants',
    'zh-CN': '这段文字在部分版本中位置不同',
  },
  examples: {
    positive: [{ variants: ['[一段话。]其后', '其后'], kind: 'move' }],
    negative: [['理发[、]修鞋', '理发[，]修鞋']],
  },
};

/** A reprint that stops before the end of the story. */
const truncated: Rule = {
  id: 'omission.truncation',
  category: 'omission',
  applies: (site) => (site.kind === 'truncation' ? {} : null),
  why: {
    en: 'a variant ends here: the rest of the story is not reprinted',
    'zh-CN': '有版本在此结束，后文未转载',
  },
  examples: {
    positive: [{ variants: ['全文[最后一段。]', '全文[]'], kind: 'truncation' }],
    negative: [['理发[、]修鞋', '理发[，]修鞋']],
  },
};

/** 17.9 / 17,9 / 179: a decimal point read as a comma or lost changes the value. */
const decimalMark: Rule = {
  id: 'number.decimal-mark',
  category: 'number',
  applies: (site) => {
    if (!isDecimalMark(site.readings)) return null;
    const values = site.readings.map((r) => ({
      variant: r.variant,
      value: parseNumber(numberAround(r)),
    }));
    return {
      numbers: { differ: new Set(values.map((v) => v.value)).size > 1 ? 'value' : 'form', values },
    };
  },
  why: {
    en: 'a decimal mark between digits differs, so the value does: {a} / {b}',
    'zh-CN': '数字间的小数点不同，数值随之改变：{a} / {b}',
  },
  examples: {
    positive: [
      ['用户总数达17[.]9亿户', '用户总数达17[,]9亿户'],
      ['增长3[.]7%', '增长3[]7%'],
    ],
    negative: [['在2023[，]2024年', '在2023[、]2024年']],
  },
};

/** Only punctuation differs (、 / ，, a dropped ellipsis). */
const marksOnly: Rule = {
  id: 'punctuation.marks',
  category: 'punctuation',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text);
    return texts.every(isPunctuationOnly) && texts.some((t) => t.trim().length > 0) ? {} : null;
  },
  why: { en: 'only punctuation differs: {a} / {b}', 'zh-CN': '仅标点不同：{a} / {b}' },
  examples: {
    positive: [
      ['理发[、]修鞋', '理发[，]修鞋'],
      ['大家都在[……]', '大家都在[]'],
    ],
    negative: [['共有41[1]0名', '共有41[0]0名']],
  },
};

/** The reading without the pair of marks around it (“甜灯笼” → 甜灯笼), or the reading itself. */
function unpaired(text: string): string {
  const close = PAIRED_MARKS.get(text[0] ?? '');
  return close !== undefined && text.length > 2 && text.endsWith(close) ? text.slice(1, -1) : text;
}

/**
 * Marks that set off an aside at a reading's edges: brackets, dashes, commas, a colon (not a
 * hyphen, a point or a sign, which belong to a figure).
 */
const ASIDE_EDGES = /^[\s（(【〔[—–，,：:]+|[\s）)】〕\]—–，,]+$/gu;

/** The reading without the marks that set it off as an aside ((兼任) / ，兼任， → 兼任). */
const aside = (text: string): string => text.replace(ASIDE_EDGES, '');

/**
 * Quote marks or book-title marks around a word, printed by some variants and not by others; or
 * an aside set off by brackets in some variants and by commas, dashes or a colon in others.
 */
const pairedMarks: Rule = {
  id: 'punctuation.paired-marks',
  category: 'punctuation',
  applies: (site) => {
    const texts = new Set(site.readings.map((r) => r.text.trim()));
    if (texts.size < 2) return null;
    const bare = new Set([...texts].map(unpaired));
    if (bare.size === 1 && !bare.has('')) return {};
    const words = new Set([...texts].map(aside));
    return words.size === 1 && !words.has('') ? {} : null;
  },
  why: {
    en: 'only the marks around the words differ: {a} / {b}',
    'zh-CN': '仅词语两侧的引号或书名号不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['村里人叫它[“甜灯笼”]，秋天来收', '村里人叫它[甜灯笼]，秋天来收'],
      ['他主编的[山中集]再版', '他主编的[《山中集》]再版'],
      [
        'they called it a [“quiet revolution”] on Monday',
        'they called it a [quiet revolution] on Monday',
      ],
      ['馆员[（也是志愿者）]每天最早到', '馆员[，也是志愿者，]每天最早到'],
      [
        'The ferry[ — repainted in 1987 —] still runs.',
        'The ferry[, repainted in 1987,] still runs.',
      ],
      ['书分为两类[（经部、史部）]。', '书分为两类[：经部、史部]。'],
    ],
    negative: [
      ['村里人叫它[“甜灯笼”]，秋天来收', '村里人叫它[甜橘子]，秋天来收'],
      ['馆员[（也是志愿者）]每天最早到', '馆员[，也是义工，]每天最早到'],
      ['村里人叫它[“甜灯笼”]，秋天来收', '村里人叫它[“甜橘子”]，秋天来收'],
      ['他说[“好”]', '他说[]'],
    ],
  },
};

/**
 * two-week / two week, second-largest / second largest: the hyphen of a compound that opens with a
 * number word is the number's form (the house labels it a number, as 3.2万 / 32000 is).
 */
const hyphenatedNumber: Rule = {
  id: 'number.hyphenated',
  category: 'number',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text);
    const lastWord = (text: string): string => text.slice(text.lastIndexOf(' ') + 1);
    return new Set(texts).size > 1 &&
      texts.every((t) => t === '-' || t === ' ') &&
      site.readings.every(
        (r) => englishNumberValue(lastWord(r.before)) !== null && /^[a-z]/i.test(r.after),
      )
      ? {}
      : null;
  },
  why: {
    en: 'a number word is joined to the next word by a hyphen in one variant only: {a} / {b}',
    'zh-CN': '数词与后一词一处用连字符、一处不用：{a} / {b}',
  },
  examples: {
    positive: [
      ['ended a two[-]week walkout', 'ended a two[ ]week walkout'],
      ['the third[-]largest port', 'the third[ ]largest port'],
    ],
    negative: [
      ['a well[-]known singer', 'a well[ ]known singer'],
      ['理发[、]修鞋', '理发[，]修鞋'],
    ],
  },
};

/**
 * ". The" / "; the" / ", and the": only the marks between two sentences, the capital after them,
 * and an "and" or "but" that joins the two as one sentence differ. The words agree, so this is
 * punctuation, as the house labels it.
 */
const joinedSentences: Rule = {
  id: 'punctuation.joined-sentences',
  category: 'punctuation',
  applies: (site) => {
    const words = site.readings.map(wordsWithoutJoin);
    return new Set(site.readings.map((r) => r.text)).size > 1 &&
      words.every((w) => w !== null && w === words[0]) &&
      site.readings.some((r) => SENTENCE_MARK.test(r.text) || /[;；]/.test(r.text))
      ? {}
      : null;
  },
  why: {
    en: 'only the marks between two sentences differ (one sentence or two): {a} / {b}',
    'zh-CN': '仅两句之间的标点不同（合为一句或分为两句）：{a} / {b}',
  },
  examples: {
    positive: [
      ['the dock opened in 1931[. The] old ferry', 'the dock opened in 1931[; the] old ferry'],
      ['the dock opened in 1931[. The] old ferry', 'the dock opened in 1931[, and the] old ferry'],
    ],
    negative: [
      ['the dock opened in 1931[. The] old ferry', 'the dock opened in 1931[; a] old ferry'],
      ['理发[、]修鞋', '理发[，]修鞋'],
    ],
  },
};

/** The words joining two sentences ("and", "but") when a comma comes before them. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * The reading's words, lower case, without its marks and without a joining word after a comma;
 * null when it holds no letters (a mark alone is punctuation.marks' business).
 */
function wordsWithoutJoin(r: ClassifyReading): string | null {
  const words = r.text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  const [first] = words;
  // Folding prints an English comma full-width (power，and).
  const opening = r.text.trimStart()[0];
  const comma = opening === ',' || opening === '，';
  if (first !== undefined && JOINING_WORDS.has(first) && comma) words.shift();
  return words.join(' ');
}

/** cyberattack / cyber attack: a space inside an English word. */
const compound: Rule = {
  id: 'punctuation.compound',
  category: 'punctuation',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text);
    return texts.every((t) => /^\s*$/.test(t)) &&
      site.readings.some((r) => /[A-Za-z]$/.test(r.before) && /^[A-Za-z]/.test(r.after))
      ? {}
      : null;
  },
  why: {
    en: 'a compound is written closed in one variant and open in another',
    'zh-CN': '复合词一处连写、一处分写',
  },
  examples: {
    positive: [['a cyber[]attack on', 'a cyber[ ]attack on']],
    negative: [['理发[、]修鞋', '理发[，]修鞋']],
  },
};

/** U.S. / US, p.m. / pm, O'Brien / OBrien: the same letters with marks in other places. */
const marksInWord: Rule = {
  id: 'punctuation.in-word',
  category: 'punctuation',
  applies: (site) => {
    const letters = site.readings.map((r) => r.text.replace(/[.'’\-\s]/g, ''));
    return letters.every((l) => l.length > 0 && l === letters[0]) &&
      /[A-Za-z]/.test(letters[0] ?? '')
      ? {}
      : null;
  },
  why: {
    en: 'the same letters with stops, apostrophes or hyphens in other places: {a} / {b}',
    'zh-CN': '字母相同，仅缩写点、撇号或连字符位置不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['the [U.S.] said', 'the [US] said'],
      ['at 3 [p.m.] on', 'at 3 [pm] on'],
    ],
    negative: [['said [Smith] on', 'said [Smyth] on']],
  },
};

/** The shape and form rows, in no particular order (precedence.ts orders every row). */
export const FORM_RULES: readonly Rule[] = [
  moved,
  truncated,
  decimalMark,
  marksOnly,
  pairedMarks,
  compound,
  marksInWord,
  ...RANGE_RULES,
  hyphenatedNumber,
  joinedSentences,
];
