/**
 * Rules of shape and form: what alignment already knows (a passage moved, a reprint ends early),
 * and sites where only the marks differ — punctuation, or a decimal point that changes a number.
 */
import { isDecimalMark, numberAround } from './number-evidence';
import { isPunctuationOnly } from './extent';
import { parseNumber } from './numbers';
import type { Rule } from './rule';
import { isNumeralChar, RANGE_WORDS } from '../lexicon/numerals';

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

/**
 * 10至12 / 10—12: only the connector of a range changes, between the same two numbers, and one
 * variant sets it as a mark. The values agree; the house labels this a mark, as 10～12 / 10-12
 * is (至 / 到 are two words, left to wording).
 */
const rangeConnector: Rule = {
  id: 'punctuation.range-connector',
  category: 'punctuation',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text.trim());
    return texts.some((t) => RANGE_WORDS.has(t)) &&
      texts.some((t) => t !== '' && isPunctuationOnly(t)) &&
      texts.every((t) => RANGE_WORDS.has(t) || (t !== '' && isPunctuationOnly(t))) &&
      site.readings.every(
        (r) => isNumeralChar(r.before.trimEnd().slice(-1)) && isNumeralChar(r.after.trimStart()[0]),
      )
      ? {}
      : null;
  },
  why: {
    en: 'only the connector of a range differs: {a} / {b}',
    'zh-CN': '仅范围连接号不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['每亩施肥10[至]12公斤。', '每亩施肥10[—]12公斤。'],
      ['最低气温15[至]18摄氏度', '最低气温15[～]18摄氏度'],
    ],
    negative: [
      ['气温10[至]12度', '气温10[到]12度'],
      ['他[至]今未归', '他[—]今未归'],
    ],
  },
};

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
  compound,
  marksInWord,
  rangeConnector,
];
