/**
 * Name rules over a whole site: the reading rows of name-evidence.ts asked of the readings that
 * may vouch for a name, plus what only the whole site shows — a title of a work around every
 * reading, an insertion inside a name, an abbreviation and its full form, a minority reading
 * that completes a name the majority breaks.
 */
import { hanRun } from '../lexicon/characters';
import { alternation } from '../lexicon/newsroom';
import { BODY_HEADS } from '../lexicon/place-suffixes';
import { misprintedCommonWord, phraseNotName } from './english-names';
import { nameWitnesses } from './name-witnesses';
import { insertedInName } from './inserted';
import { NAME_CODE_RULES } from './name-codes';
import { TAGGED_NAME_RULES } from './name-tagged';
import { SURNAME_RULES } from './name-surnames';
import { PERSON_SHAPE_RULES } from './name-person';
import { RARE_NAME_RULES } from './name-rare';
import { mayJudge, READING_RULES, type ReadingRule } from './name-evidence';
import { completesSuffix, insideBrackets, WORK_TITLE_MAX } from './names';
import { noDigits } from './rules-number';
import type { StoryContext } from './context';
import type { Rule, Site } from './rule';

/**
 * What follows the abbreviated name of a body, an event or a region (医保部门, 上合组织, 冬运会,
 * 中央电视台, 长三角地区). Common nouns are abbreviated too (高铁 / 高速铁路, 环保 / 环境保护):
 * without such a head it is wording.
 */
export const BODY_AFTER = new RegExp(`^(?:${alternation(BODY_HEADS)})`);

/** Longest full form (code points) taken for the expansion of an abbreviation. */
export const FULL_FORM_MAX = 6;

/**
 * True when the readings are an abbreviation and its full form: after the shared ends are trimmed,
 * the short reading's characters all stand, in order, inside the longer one, which adds characters
 * around or between them (医[保]部门 / 医[疗保障]部门, 上[]合组织 / 上[海]合[作]组织). Chinese shortens
 * the names of bodies, events and programmes this way; a rewording seldom keeps every character.
 */
export function abbreviates(texts: readonly string[]): boolean {
  const distinct = [...new Set(texts)].sort((a, b) => a.length - b.length);
  const [short, long] = distinct;
  if (
    distinct.length !== 2 ||
    !short ||
    !long ||
    long.length > FULL_FORM_MAX ||
    long.length <= short.length
  )
    return false;
  if (!hanRun(short + long)) return false;
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
 * What a whole site must not be for a reading row to speak: English capitals inside a phrase that
 * is dropped or put in another's place do not make the change a name's (phraseNotName), nor does
 * the capital of an ordinary word misprinted at a sentence's start (misprintedCommonWord).
 */
const SITE_VETO: Readonly<Record<string, (site: Site, story: StoryContext) => boolean>> = {
  'name.english': (site, story) =>
    phraseNotName(site.readings.map((r) => r.text)) || misprintedCommonWord(site.readings, story),
};

/** A reading row asked of the site's witnesses: the first witness it finds in a name decides. */
function siteRule(row: ReadingRule): Rule {
  const veto = SITE_VETO[row.id];
  return {
    id: row.id,
    category: 'name',
    applies: (site, story) => {
      if (veto?.(site, story)) return null;
      for (const reading of nameWitnesses(site.readings)) {
        if (!mayJudge(row, reading)) continue;
        const found = row.test(reading, story);
        if (found) return found === true ? {} : { params: found };
      }
      return null;
    },
    why: row.why,
    examples: row.examples,
  };
}

/** Numerals inside the title of a work are words of the title (《千里江山图》 / 《万里江山图》). */
const workTitle: Rule = {
  id: 'name.work-title',
  category: 'name',
  applies: (site) =>
    site.readings.every((r) =>
      insideBrackets(r.before, r.text, r.after, '《', '》', WORK_TITLE_MAX),
    ) && noDigits(site)
      ? {}
      : null,
  why: {
    en: 'every variant reads it inside the title of a work (《…》): {a} / {b}',
    'zh-CN': '各版本此处均在作品名（《》）中：{a} / {b}',
  },
  examples: {
    positive: [['观看《[千]里江山图》', '观看《[万]里江山图》']],
    negative: [['《[2025]年政府工作报告》', '《[2024]年政府工作报告》']],
  },
};

/** A character read twice, or an English part hyphenated to a word, inside a name. */
const inserted: Rule = {
  id: 'name.inserted',
  category: 'name',
  applies: (site, story) => {
    const rule = insertedInName(nameWitnesses(site.readings), site.readings, story);
    return rule ? { params: { inner: rule } } : null;
  },
  why: {
    en: 'an insertion inside a name ({inner}): {a} / {b}',
    'zh-CN': '名称中多出文字（{inner}）：{a} / {b}',
  },
  examples: {
    positive: [['走进福[]州市鼓楼区', '走进福[福]州市鼓楼区', '走进福[]州市鼓楼区']],
    negative: [['大家纷纷[]赶来帮忙', '大家纷纷[纷]赶来帮忙', '大家纷纷[]赶来帮忙']],
  },
};

const abbreviation: Rule = {
  id: 'name.abbreviation',
  category: 'name',
  applies: (site) =>
    abbreviates(site.readings.map((r) => r.text)) &&
    site.readings.some((r) => BODY_AFTER.test(r.after))
      ? {}
      : null,
  why: {
    en: 'the short form and the full form of a name of a body, event or region: {a} / {b}',
    'zh-CN': '机构、活动或地区名称的简称与全称：{a} / {b}',
  },
  examples: {
    positive: [
      ['由医[保]部门负责', '由医[疗保障]部门负责'],
      ['国家发[展改革]委副主任', '国家发[改]委副主任'],
    ],
    negative: [['修建[高铁]线路', '修建[高速铁路]线路']],
  },
};

/** When the majority carries the typo, the minority's reading may still complete the name. */
const minorityCompletes: Rule = {
  id: 'name.minority-completes',
  category: 'name',
  applies: (site) => {
    const witnesses = nameWitnesses(site.readings);
    return site.readings.some((r) => !witnesses.includes(r) && completesSuffix(r)) ? {} : null;
  },
  why: {
    en: 'a minority reading completes a name the others break: {b}',
    'zh-CN': '少数版本的读法补全了名称：{b}',
  },
  examples: {
    positive: [
      ['西湖区翠苑[建]道的服务站', '西湖区翠苑[街]道的服务站', '西湖区翠苑[建]道的服务站'],
    ],
    negative: [['城镇老旧[小]区改造', '城镇老旧[安]区改造', '城镇老旧[小]区改造']],
  },
};

/** The name rows, in no particular order (precedence.ts orders every row). */
export const NAME_RULES: readonly Rule[] = [
  workTitle,
  ...READING_RULES.map(siteRule),
  ...TAGGED_NAME_RULES,
  ...SURNAME_RULES,
  ...PERSON_SHAPE_RULES,
  ...RARE_NAME_RULES,
  inserted,
  abbreviation,
  minorityCompletes,
  ...NAME_CODE_RULES,
];
