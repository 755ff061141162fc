/**
 * Number rows for time: a span of time (Chinese and English) and a time of day, each differing or
 * told another way. Spread into NUMBER_RULES (rules-number.ts); precedence.ts orders every row.
 */
import { compareChineseDurations, compareEnglishDurations } from './number-evidence';
import type { Rule, Site } from './rule';
import type { NumberComparison } from '../model/types';
import { onlyTimeWords, timesOfDay, timeStretch } from '../lexicon/times';

/** Why a span of time differs, for Chinese and English alike. */
const DURATION_WHY: Rule['why'] = {
  en: 'a span of time differs or is counted in another unit: {a} / {b}',
  'zh-CN': '时长不同或换用另一单位：{a} / {b}',
};

/** A number row that reads a span of time from each reading with `compare` (one per language). */
function durationRule(
  id: string,
  compare: (readings: Site['readings']) => NumberComparison | undefined,
  examples: Rule['examples'],
): Rule {
  return {
    id,
    category: 'number',
    applies: (site) => {
      const numbers = compare(site.readings);
      return numbers ? { numbers } : null;
    },
    why: DURATION_WHY,
    examples,
  };
}

/** 五十多年 / 半个多世纪, 一年半 / 十八个月: a Chinese span of time differs or is told another way. */
const chineseDuration = durationRule('number.duration', compareChineseDurations, {
  positive: [
    ['修复工作已持续了[五十多年]。', '修复工作已持续了[半个多世纪]。'],
    ['这座石桥已经建成[一个多世纪]。', '这座石桥已经建成[一百多年]。'],
    // Parts in two units, minutes and a half: one span told another way, or changed.
    ['渡轮单程[95分钟]。', '渡轮单程[1小时35分]。'],
    ['排队领号要[25分钟]。', '排队领号要[半小时]。'],
    ['大巴车程约[两个半小时]。', '大巴车程约[150分钟]。'],
  ],
  negative: [
    ['这是一家[百年]老店', '这是一家[千年]老店'],
    ['新馆于[2025年]建成', '新馆于[二十年]前建成'],
    ['展览定在[三月]开幕', '展览定在[三个月]后开幕'],
    // A lone 分 is points (or a mark), not minutes.
    ['他全场拿下[18分]。', '他全场拿下[28分]。'],
  ],
});

/** a decade / ten years, about a week / about two weeks: an English span of time differs or is told another way. */
const englishDuration = durationRule('number.english-duration', compareEnglishDurations, {
  positive: [
    ['paid the fee for [a decade] before', 'paid the fee for [ten years] before'],
    ['its first title in [30 years] on', 'its first title in [three decades] on'],
    // The count before the unit is read from the text before the reading.
    ['the road will close for a [week] in', 'the road will close for two [weeks] in'],
    ['The kettle boils in [a minute] or so.', 'The kettle boils in [sixty seconds] or so.'],
  ],
  negative: [
    ['in the [years] ahead', 'in the [days] ahead'],
    ['the [week] ended', 'the [season] ended'],
  ],
});

/**
 * A time of day told two ways, or changed: 上午8时至下午6时 / 8:00—18:00, 下午3点 / 15时, 中午12时 /
 * 12:00. Every reading is made of the words of times (digits, 时, 分, a part of the day, 至) and
 * every variant reads a time there (lexicon/times.ts); the values say whether it is the form or the
 * time that differs.
 */
const timeOfDay: Rule = {
  id: 'number.time-of-day',
  category: 'number',
  applies: (site) => {
    const texts = site.readings.map((r) => r.text.trim());
    if (!texts.some((t) => t !== '') || !texts.every(onlyTimeWords)) return null;
    const times = site.readings.map((r) => timesOfDay(timeStretch(r.folded, r.start, r.end)));
    if (times.some((t) => t.length === 0)) return null;
    const keys = new Set(times.map((t) => t.join(',')));
    return {
      numbers: {
        differ: keys.size > 1 ? 'value' : 'form',
        values: site.readings.map((r, i) => ({ variant: r.variant, value: times[i]?.[0] ?? null })),
      },
    };
  },
  why: {
    en: 'a time of day differs or is written another way: {a} / {b}',
    'zh-CN': '时刻不同或写法不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['阅览室每天[上午8时至下午6时]开放', '阅览室每天[8:00—18:00]开放'],
      ['活动于[下午3点]开始', '活动于[15时]开始'],
      ['活动于[中午12时]开始', '活动于[12:00]开始'],
      ['班车[晚上7时]发车', '班车[19:30]发车'],
    ],
    negative: [
      ['活动于[下午]开始', '活动于[傍晚]开始'],
      ['增长了八点[六]个百分点', '增长了八点[九]个百分点'],
      ['活动于[下午3点]开始', '活动于[下周]开始'],
    ],
  },
};

/** The time rows: spans of time in Chinese and English, and times of day. */
export const TIME_RULES: readonly Rule[] = [englishDuration, chineseDuration, timeOfDay];
