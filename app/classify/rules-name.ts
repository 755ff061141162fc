/**
 * Name rules over a whole site: the reading rows of name-evidence.ts asked of the readings that
 * may vouch for a name, plus what only the whole site shows — a title of a work around every
 * reading, an insertion inside a name, an abbreviation and its full form, a minority reading
 * that completes a name the majority breaks.
 */
import { hanRun } from '../lexicon/characters';
import { phraseNotName } from './english-names';
import { insertedInName } from './inserted';
import { NAME_CODE_RULES } from './name-codes';
import { mayJudge, READING_RULES, type ReadingRule } from './name-evidence';
import { completesSuffix, insideBrackets, WORK_TITLE_MAX } from './names';
import { noDigits } from './rules-number';
import { confusion } from './sounds';
import { PROPER_NOUN_TAG } from './tagger';
import type { PlacedWord, StoryContext } from './context';
import type { ClassifyReading, Rule, Site } from './rule';

/**
 * What follows the abbreviated name of a body, an event or a region (医保部门, 上合组织, 冬运会,
 * 中央电视台, 长三角地区). Common nouns are abbreviated too (高铁 / 高速铁路, 环保 / 环境保护):
 * without such a head it is wording.
 */
export const BODY_AFTER =
  /^(?:部门|局|委|组织|会|中心|机构|办|厅|院|集团|公司|协会|联盟|峰会|论坛|台|社|地区|区域)/;

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
 * The readings whose context may vouch for a name: those that agree with the majority when there
 * is one. A typo's own context is not evidence (委员[群]工作 does not make 群 a name after 委员).
 */
export function nameWitnesses(readings: readonly ClassifyReading[]): readonly ClassifyReading[] {
  // Every name row asks this of the same site: work it out once per readings list.
  let witnesses = witnessesOf.get(readings);
  if (witnesses === undefined) {
    witnesses = distinctWitnesses(readings);
    witnessesOf.set(readings, witnesses);
  }
  return witnesses;
}

/** nameWitnesses per readings list (a site's readings are never changed once made). */
const witnessesOf = new WeakMap<readonly ClassifyReading[], readonly ClassifyReading[]>();

function distinctWitnesses(readings: readonly ClassifyReading[]): readonly ClassifyReading[] {
  const counts = new Map<string, number>();
  for (const r of readings) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const chosen =
    !top || (ranked[1] && ranked[1][1] === top[1])
      ? readings
      : readings.filter((r) => r.text === top[0]);
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
 * What a whole site must not be for a reading row to speak: English capitals inside a phrase that
 * is dropped or put in another's place do not make the change a name's (phraseNotName).
 */
const SITE_VETO: Readonly<Record<string, (site: Site) => boolean>> = {
  'name.english': (site) => phraseNotName(site.readings.map((r) => r.text)),
};

/** A reading row asked of the site's witnesses: the first witness it finds in a name decides. */
function siteRule(row: ReadingRule): Rule {
  const veto = SITE_VETO[row.id];
  return {
    id: row.id,
    category: 'name',
    applies: (site, story) => {
      if (veto?.(site)) return null;
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

/** What the segmenter's tags call each kind of proper noun, for the explanation. */
const KIND_OF_TAG: Readonly<Record<string, { en: string; zh: string }>> = {
  nr: { en: 'a person', zh: '人名' },
  ns: { en: 'a place', zh: '地名' },
  nt: { en: 'an organisation', zh: '机构名' },
};

/**
 * The word the story's segmentation tags a person, place or organisation that covers the reading
 * (or the character after an empty one), or null.
 */
function properNounAt(story: StoryContext, r: ClassifyReading): PlacedWord | null {
  const to = Math.max(r.end, r.start + 1);
  return (
    story.wordsOver(r.variant, r.folded, r.start, to).find((w) => PROPER_NOUN_TAG.test(w.tag)) ??
    null
  );
}

/** A site's two distinct readings when they are one character confused for another, and how. */
function confusedPair(site: Site): { x: string; y: string; how: 'sound' | 'shape' } | null {
  const distinct = [...new Set(site.readings.map((r) => r.text))];
  if (distinct.length !== 2) return null;
  const [x = '', y = ''] = distinct;
  const how = confusion(x, y);
  return how ? { x, y, how } : null;
}

/**
 * One character printed for another that sounds the same or looks alike (pinyin-pro, the lexicon's
 * confusables) inside a word the segmenter tags as a proper noun in the majority's printing: a
 * typo'd name the word lists do not know (衢州 / 瞿州, a rare surname, a brand).
 */
const confusedInName: Rule = {
  id: 'name.confused-in-name',
  category: 'name',
  applies: (site, story) => {
    const pair = confusedPair(site);
    if (!pair) return null;
    const { x, y, how } = pair;
    for (const w of nameWitnesses(site.readings)) {
      const word = properNounAt(story, w);
      if (!word) continue;
      const kind = KIND_OF_TAG[word.tag.slice(0, 2)] ?? { en: 'a proper noun', zh: '专有名词' };
      const other = w.text === x ? y : x;
      return {
        params: {
          word: word.word,
          kind: kind.en,
          kindZh: kind.zh,
          other,
          how: how === 'sound' ? 'sounds the same' : 'looks alike',
          howZh: how === 'sound' ? '音同' : '形近',
        },
      };
    }
    return null;
  },
  why: {
    en: '{word} is {kind} (tagged as one by word segmentation); {other} {how}',
    'zh-CN': '“{word}”是{kindZh}（分词标注）；“{other}”与之{howZh}',
  },
  examples: {
    positive: [
      ['游客来到婺[源]赏花', '游客来到婺[原]赏花'],
      ['电影由冯[小]刚执导', '电影由冯[晓]刚执导'],
      ['他们在鄱[阳]湖边', '他们在鄱[杨]湖边'],
      // Once rows of their own (a foreign place, a side of a match, a section, a mountain), now
      // found by the segmenter's tag and the same sound.
      ['会议在巴西里约热内[卢]举行', '会议在巴西里约热内[芦]举行'],
      ['由曼城对阵利物[浦]，最终', '由曼城对阵利物[蒲]，最终'],
      ['在长江嘉[鱼]段水域', '在长江嘉[渔]段水域'],
      ['位于太[行]山东麓', '位于太[形]山东麓'],
      ['秦[岭]北麓的森林', '秦[陵]北麓的森林'],
    ],
    negative: [
      ['我们[在]这里', '我们[再]这里'],
      ['他[已]经来了', '他[己]经来了'],
      ['她的[做]法', '她的[作]法'],
      ['主张投向城市更[新]；也有', '主张投向城市更[薪]；也有'],
    ],
  },
};

/** Fewest and most Han characters of a word the segmenter does not know that is taken for a name. */
const UNKNOWN_WORD = { min: 3, max: 4 } as const;

/**
 * The word covering the reading when the segmenter does not know it (jieba tags a run of Han
 * characters outside its dictionary x): three or four characters, as a person's full name is. Two
 * unknown characters are as often a term (测土配方, 统防统治) as a name.
 */
function unknownWordAt(story: StoryContext, r: ClassifyReading): PlacedWord | null {
  const to = Math.max(r.end, r.start + 1);
  const word = story.wordsOver(r.variant, r.folded, r.start, to)[0];
  return word && word.tag === 'x' && hanRun(word.word, UNKNOWN_WORD.min, UNKNOWN_WORD.max)
    ? word
    : null;
}

/** A name split into a one-character surname tagged a person and a known word (邝/nr 建功/n). */
function splitNameAt(story: StoryContext, r: ClassifyReading): { word: string } | null {
  const words = story.wordsOver(r.variant, r.folded, Math.max(0, r.start - 2), r.start + 1);
  const at = words.findIndex((w) => w.start <= r.start && r.end <= w.end);
  const [surname, given] = [words[at - 1], words[at]];
  return surname?.tag === 'nr' && hanRun(surname.word, 1, 1) && given && hanRun(given.word, 1, 2)
    ? { word: surname.word + given.word }
    : null;
}

/**
 * One character printed for another that sounds the same or looks alike inside a word the
 * segmenter knows in no variant's printing (研究员郗振东 / 希振东, 栗林宏昌 / 栗林弘昌): a word
 * outside the dictionary in every printing is a name the dictionary lacks, since a typo in a
 * common word leaves the correct printing a dictionary word. A printing may instead split the
 * name into a surname and a known word (邝/nr 建功/n beside 邝建公说/x) if another knows none.
 */
const confusedInUnknown: Rule = {
  id: 'name.confused-in-unknown-word',
  category: 'name',
  applies: (site, story) => {
    const how = confusedPair(site)?.how;
    if (!how) return null;
    const unknown = site.readings.map((r) => unknownWordAt(story, r));
    const words = site.readings.map((r, i) => unknown[i] ?? splitNameAt(story, r));
    const first = words[0];
    if (!first || words.some((w) => w === null) || unknown.every((w) => w === null)) return null;
    return {
      params: {
        word: first.word,
        how: how === 'sound' ? 'sounds the same' : 'looks alike',
        howZh: how === 'sound' ? '音同' : '形近',
      },
    };
  },
  why: {
    en: '{word} is a name the dictionary does not know as a word in any variant; {a} / {b} {how}',
    'zh-CN': '“{word}”在各版本中都不是词典词，应为专名；{a} / {b} {howZh}',
  },
  examples: {
    positive: [
      ['研究员[郗]振东在会上介绍了监测结果。', '研究员[希]振东在会上介绍了监测结果。'],
      ['这次邝建[功]又来了', '这次邝建[公]又来了'],
    ],
    negative: [
      ['我们[在]这里', '我们[再]这里'],
      ['介绍了监[测]结果', '介绍了监[侧]结果'],
      ['采用统防统治和测[土]配方施肥', '采用统防统治和测[士]配方施肥'],
    ],
  },
};

/**
 * True when the segmenter leaves the word a fragment: a lone morpheme it does not know as a word
 * (jieba's ng, zg, …g tags) or a run outside its dictionary (x).
 */
const fragment = (w: PlacedWord): boolean => w.tag === 'x' || w.tag.endsWith('g');

/**
 * One character printed for another that sounds the same or looks alike, left by the segmenter a
 * fragment right before a word it tags a proper noun (浉 before 河水/ns, 龛 before 山寺/ns): the
 * first character of a place name the dictionary lacks, not a word of its own.
 */
const confusedBeforeName: Rule = {
  id: 'name.confused-before-name',
  category: 'name',
  applies: (site, story) => {
    if (!confusedPair(site)) return null;
    for (const r of site.readings) {
      // The paragraph's first word holding the reading (for an empty one, the word ending at it if
      // any), then the word after it, segmenting only their clause (wordsOver).
      const from = r.start > 0 && r.folded[r.start - 1] !== '\n' ? r.start - 1 : r.start;
      const word = story
        .wordsOver(r.variant, r.folded, from, Math.max(r.end, r.start + 1))
        .find((w) => w.start <= r.start && r.end <= w.end);
      const next = word
        ? story.wordsOver(r.variant, r.folded, word.start, word.end + 1)[1]
        : undefined;
      if (word && next && fragment(word) && PROPER_NOUN_TAG.test(next.tag))
        return { params: { word: word.word + next.word } };
    }
    return null;
  },
  why: {
    en: '{a} / {b} opens a name ({word}): the segmenter knows no word there, and a place follows',
    'zh-CN': '{a} / {b}位于专名开头（{word}）：分词无此词，其后为地名',
  },
  examples: {
    positive: [
      ['[浉]河水位已回落至警戒线以下。', '[狮]河水位已回落至警戒线以下。'],
      ['游客在[龛]山寺前排起了长队。', '游客在[堪]山寺前排起了长队。'],
    ],
    negative: [
      ['采用统防统治和测[土]配方施肥', '采用统防统治和测[士]配方施肥'],
      ['他[已]经来到北京', '他[己]经来到北京'],
    ],
  },
};

/** The name rows, in no particular order (precedence.ts orders every row). */
export const NAME_RULES: readonly Rule[] = [
  workTitle,
  ...READING_RULES.map(siteRule),
  confusedInName,
  confusedInUnknown,
  confusedBeforeName,
  inserted,
  abbreviation,
  minorityCompletes,
  ...NAME_CODE_RULES,
];
