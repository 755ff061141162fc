/**
 * Number rules: a figure, a unit, an approximation, a Roman numeral, a relative date, a percent
 * word, an English date or number word differs. Each returns how the values compare.
 */
import {
  approximationMark,
  besideQuantity,
  hasDigit,
  romanValue,
  unitsAfterNumber,
} from './numbers';
import { coreLength } from './extent';
import {
  compareEnglishNumbers,
  comparePercentWords,
  compareNumbers,
  compareRelativeDates,
  englishDates,
  NUMBER_SITE_MAX,
  wordsAgreeBesideNumbers,
} from './number-evidence';
import type { Rule, Site } from './rule';
import { ENGLISH_AMOUNT_RULES, unknownValues } from './rules-number-english';
import { amountReading, besideAmount } from './amount-words';
import { isHan } from '../lexicon/characters';
import { TIME_RULES } from './rules-time';

const figure: Rule = {
  id: 'number.figure',
  category: 'number',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text);
    // Whole passages that differ are no number flag because digits occur in them.
    if (Math.max(...texts.map(coreLength)) > NUMBER_SITE_MAX || !wordsAgreeBesideNumbers(texts))
      return null;
    const numbers = compareNumbers(site.readings);
    return numbers ? { numbers } : null;
  },
  why: { en: 'a number differs: {a} / {b}', 'zh-CN': '数字不同：{a} / {b}' },
  examples: {
    positive: [
      ['共有41[1]0名', '共有41[0]0名'],
      ['[二〇二五]年', '[2025]年'],
      ['达到1.2[万]人', '达到1.2[亿]人'],
      ['作出[一]审判决', '作出[二]审判决'],
      // A score or ratio: numerals on both sides of 比.
      ['中国队以三比[零]战胜对手', '中国队以三比[一]战胜对手'],
      ['最终以[四]比二获胜', '最终以[三]比二获胜'],
      // 番 counts doublings: 翻一番 / 翻两番.
      ['产值翻了[一]番', '产值翻了[两]番'],
      // A class or a grade: 一等奖 / 二等奖, 三级 / 四级.
      ['这项技术获得了省科技进步[一]等奖', '这项技术获得了省科技进步[二]等奖'],
      ['全市启动防汛[三]级应急响应', '全市启动防汛[四]级应急响应'],
    ],
    negative: [
      ['这是一[次]难得的机会', '这是一[个]难得的机会'],
      // 一等 without a prize after it is "once": 一等他回来 (as soon as he is back).
      ['[一]等他回来就出发', '[]等他回来就出发'],
    ],
  },
};

const unit: Rule = {
  id: 'number.unit',
  category: 'number',
  applies: (site) => (unitsAfterNumber(site.readings) ? unknownValues(site) : null),
  why: {
    en: 'the unit after the same figure differs: {a} / {b}',
    'zh-CN': '同一数字后的单位不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['非法采砂48万[吨]，', '非法采砂48万[立方米]，'],
      ['移送46[起]。', '移送46[件]。'],
      ['项目工期为十八[个月]。', '项目工期为十八[天]。'],
      // A week counted as 周 or 星期; a closing quote that moves past the unit is the unit's site.
      ['他说伤好要两[周”]。', '他说伤好要两[个星期]。”'],
      // 一 before a span of time counts it (一周); before 个 or 次 it is an article (一次机会).
      ['雨下了一[周]，', '雨下了一[个星期]，'],
      // A currency before 元 (美元 / 元), a money unit (毛 / 块): the amount is another.
      ['这台机器售价3.5万[美]元', '这台机器售价3.5万[]元'],
      ['鸡蛋每斤涨了三[毛]钱', '鸡蛋每斤涨了三[块]钱'],
    ],
    negative: [['这是一[次]难得的机会', '这是一[个]难得的机会']],
  },
};

/** A part of a compound quantity added or dropped: 有期徒刑二年[六个月] / 二年. */
const compoundQuantity: Rule = {
  id: 'number.compound-quantity',
  category: 'number',
  applies: (site) => {
    const full = site.readings.filter((r) => r.text !== '');
    if (full.length === 0 || full.length === site.readings.length) return null;
    return full.every((r) => besideQuantity(r.text, r.before, r.after))
      ? unknownValues(site)
      : null;
  },
  why: {
    en: 'part of a quantity is added or dropped, so the amount differs: {a} / {b}',
    'zh-CN': '数量的一部分增删，数值随之改变：{a} / {b}',
  },
  examples: {
    positive: [
      ['判处有期徒刑二年[六个月]，并处', '判处有期徒刑二年[]，并处'],
      ['刑期由一年[六个月]减为', '刑期由一年[]减为'],
    ],
    negative: [
      ['他[三天]后回来', '他[]后回来'],
      ['判处有期徒刑二年[，缓刑]三年', '判处有期徒刑二年[]三年'],
    ],
  },
};

const approximate: Rule = {
  id: 'number.approximate',
  category: 'number',
  applies: (site) => (approximationMark(site.readings) ? unknownValues(site) : null),
  why: { en: 'an exact amount turns approximate: {a} / {b}', 'zh-CN': '确数变为约数：{a} / {b}' },
  examples: {
    positive: [['价值1.1亿[]元', '价值1.1亿[余]元']],
    negative: [['缩短至40分钟[]。', '缩短至40分钟[左右]。']],
  },
};

const roman: Rule = {
  id: 'number.roman',
  category: 'number',
  applies: (site) => {
    const values = site.readings.map((r) => romanValue(r.text));
    if (!values.every((v) => v !== null)) return null;
    return {
      numbers: {
        differ: new Set(values).size > 1 ? 'value' : 'form',
        values: site.readings.map((r, i) => ({ variant: r.variant, value: values[i] ?? null })),
      },
    };
  },
  why: { en: 'a Roman numeral differs: {a} / {b}', 'zh-CN': '罗马数字不同：{a} / {b}' },
  examples: {
    positive: [['启动防汛[Ⅳ]级应急响应', '启动防汛[Ⅲ]级应急响应']],
    negative: [['[上]级部门', '[下]级部门']],
  },
};

const relativeDate: Rule = {
  id: 'number.relative-date',
  category: 'number',
  applies: (site) => {
    const numbers = compareRelativeDates(site.readings);
    return numbers ? { numbers } : null;
  },
  why: {
    en: 'a date relative to the dateline differs: {a} / {b}',
    'zh-CN': '相对日期不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['自[明]日起停牌', '自[今]日起停牌'],
      ['[去年]建成', '[今年]建成'],
    ],
    negative: [['[上]级部门', '[下]级部门']],
  },
};

const percentWord: Rule = {
  id: 'number.percent-word',
  category: 'number',
  applies: (site) => {
    const numbers = comparePercentWords(site.readings);
    return numbers ? { numbers } : null;
  },
  why: {
    en: 'a percentage is written as a sign in one variant and a word in another',
    'zh-CN': '百分比一处用符号、一处用文字',
  },
  examples: {
    positive: [['fell to 3.9[%] in March', 'fell to 3.9[ percent] in March']],
    negative: [['fell to [about] 4', 'fell to [around] 4']],
  },
};

const englishDate: Rule = {
  id: 'number.english-date',
  category: 'number',
  applies: (site) => (englishDates(site.readings.map((r) => r.text)) ? unknownValues(site) : null),
  why: {
    en: 'a date is given by its year in one variant and relative to today in another: {a} / {b}',
    'zh-CN': '日期一处写年份、一处写相对时间：{a} / {b}',
  },
  examples: {
    positive: [['hired 2,000 workers [last year].', 'hired 2,000 workers [in 2024].']],
    negative: [['hired workers [last year].', 'hired workers [at a fair].']],
  },
};

const englishWord: Rule = {
  id: 'number.english-word',
  category: 'number',
  applies: (site) => {
    const numbers = compareEnglishNumbers(site.readings);
    return numbers ? { numbers } : null;
  },
  why: {
    en: 'an English number, date or season word differs: {a} / {b}',
    'zh-CN': '英文数词、日期或季节不同：{a} / {b}',
  },
  examples: {
    positive: [
      ["the team's [seventh] straight win", "the team's [seventeenth] straight win"],
      ['in the [twenty-first] century', 'in the [twentieth] century'],
      ['harvest by a [third] this', 'harvest by a [quarter] this'],
      ['takes effect [Dec]. 1 after', 'takes effect [Jan]. 1 after'],
      ['on [Sept.] 3 the', 'on [Oct.] 3 the'],
      ['[A dozen] families were', '[Twelve] families were'],
      ['would reopen in the [spring].', 'would reopen in the [summer].'],
      // A weekday in the plural is a date that recurs (open late on Mondays), not a name.
      [
        'the pool opens late on [Mondays]. Its staff',
        'the pool opens late on [Fridays]. Its staff',
      ],
      // A reading that stops inside a word is read as the whole word (Mar|ch / Ap|ril).
      ['the vote is set for [Mar]ch and', 'the vote is set for [Ap]ril and'],
      // An article before a fraction is its one (a fifth / one-fifth); a fraction and a percentage.
      ['nearly [a ]fifth of the crop', 'nearly [one-]fifth of the crop'],
      ['about [two-thirds] of the town', 'about [66%] of the town'],
      // The same value in words and in digits is a number's form change (README's conventions).
      ['[Four hundred] people signed up.', '[400] people signed up.'],
      ['[Sixty-two percent ]of members agreed.', '[62%] of members agreed.'],
      // A part hyphened to the tens is read with them (sixty-two / sixty).
      ['The club has sixty[-two] members.', 'The club has sixty[] members.'],
    ],
    negative: [
      ['prices could [fall] sharply', 'prices could [rise] sharply'],
      ['[Four hundred] people signed up.', '[Many] people signed up.'],
      ['It is [one of] the largest', 'It is [among] the largest'],
    ],
  },
};

/** Words that round an amount without stating another (约 300, 300左右). */
const ROUND_WORDS: ReadonlySet<string> = new Set(['约', '大约', '左右']);

/** Most characters of a reading that only qualifies an amount (底前, 以上, 上旬). */
const QUALIFIER_MAX = 4;

/**
 * A word that qualifies an amount beside it changes the amount (上万名 / 近万名, 十来万 / 十几万,
 * 2027年前 / 2027年底前, 八点半 / 八点, 两成 / 两倍): every reading lies beside a numeral and one
 * is made of amount words, as the segmenter tags them (amount-words.ts).
 */
const qualifier: Rule = {
  id: 'number.qualifier',
  category: 'number',
  applies: (site, story) => {
    const texts = site.readings.map((r) => r.text.trim());
    if (new Set(texts).size < 2 || texts.some((t) => [...t].length > QUALIFIER_MAX)) return null;
    // Chinese qualifier words only (12.5% / 12.5个百分点 is a unit's wording); a round-figure word
    // (约, 左右) is a manner of speaking, as the house labels it (40分钟 / 40分钟左右).
    if (!texts.some((t) => t !== '') || !texts.every((t) => [...t].every(isHan))) return null;
    if (texts.some((t) => ROUND_WORDS.has(t))) return null;
    return site.readings.every((r) => besideAmount(r, story)) &&
      site.readings.some((r) => r.text.trim() !== '' && amountReading(r, story))
      ? unknownValues(site)
      : null;
  },
  why: {
    en: 'a word that qualifies an amount differs, so the amount does: {a} / {b}',
    'zh-CN': '修饰数量的词不同，数量随之改变：{a} / {b}',
  },
  examples: {
    positive: [
      ['全县[上]万名群众赶来', '全县[近]万名群众赶来'],
      ['一年能挣十[来]万元', '一年能挣十[几]万元'],
      ['工程将于2028年[]前完工', '工程将于2028年[底]前完工'],
      ['河面结了两尺[]厚的冰', '河面结了两尺[多]厚的冰'],
      ['会议定于9月[上]旬召开', '会议定于9月[下]旬召开'],
      ['产量提高了一半[以上]。', '产量提高了一半[]。'],
      ['他的体重增加了8[公]斤', '他的体重增加了8[]斤'],
      ['收入增长了三[成]', '收入增长了三[倍]'],
      ['晚上九点[半]开演', '晚上九点[]开演'],
    ],
    negative: [
      ['这是一[次]难得的机会', '这是一[个]难得的机会'],
      ['他[三天]后回来', '他[]后回来'],
      ['雨[持续了]三天', '雨[连下了]三天'],
      ['画面[十分]清晰', '画面[非常]清晰'],
      ['[首]批游客抵达', '[第一]批游客抵达'],
      // A direction before a distance is no qualifier of it.
      ['在村口[以北]约300米处', '在村口[北侧]约300米处'],
      // A transliterated name's 万 is no amount.
      ['客商巴颂·翁[沙]万来访', '客商巴颂·翁[萨]万来访'],
      ['一座百[年]老店', '一座百[岁]老店'],
      ['增长了3.5[%]', '增长了3.5[个百分点]'],
      ['全年产量800吨[以上]', '全年产量800吨[左右]'],
    ],
  },
};

/** The number rows, in no particular order (precedence.ts orders every row). */
export const NUMBER_RULES: readonly Rule[] = [
  figure,
  unit,
  compoundQuantity,
  approximate,
  roman,
  relativeDate,
  percentWord,
  englishDate,
  englishWord,
  qualifier,
  ...TIME_RULES,
  ...ENGLISH_AMOUNT_RULES,
];

/** True when no reading holds a digit (numerals inside a title of a work are its words). */
export const noDigits = (site: Site): boolean => !site.readings.some((r) => hasDigit(r.text));
