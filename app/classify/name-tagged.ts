/**
 * Name rows that read the segmenter's words and tags (jieba, through the story's context): a
 * character confused by sound or shape inside a word tagged a proper noun, inside a word the
 * dictionary does not know in any printing, or opening a place the segmenter tags.
 */
import { hanRun } from '../lexicon/characters';
import { nameWitnesses } from './name-witnesses';
import { confusion } from './sounds';
import { clauseAround } from './context';
import { PROPER_NOUN_TAG } from './tagger';
import type { PlacedWord, StoryContext } from './context';
import type { ClassifyReading, Rule, Site } from './rule';

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
      // An OCR enclosure 囗 for 口 (app/lexicon/confusables.ts).
      ['他们从汉[口]出发前往武昌', '他们从汉[囗]出发前往武昌'],
      // A one-character surname no list holds, printed as a look-alike: the segmenter tags the
      // whole name a person (乜德顺/nr). Once name.confused-surname's, which decided nothing on any
      // measured site that this row did not decide the same.
      ['老船工[乜]德顺修好了渔船。', '老船工[也]德顺修好了渔船。'],
      ['[刁]永福在码头等了一夜。', '[刀]永福在码头等了一夜。'],
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

/**
 * A word the segmenter cannot read as dictionary words, or reads as a name: a run outside its
 * dictionary (x), a lone morpheme (zg, ng, g…), a person, place, organisation or other proper
 * noun. A name the dictionary lacks segments into these; a common word does not.
 */
const namelike = (w: PlacedWord): boolean =>
  fragment(w) || PROPER_NOUN_TAG.test(w.tag) || w.tag === 'nz';

/**
 * The word holding a changed character may be a run, a morpheme or a person; not jieba's nz,
 * which tags terms as often as names (城市更新/nz beside 城市/ns 更薪/x).
 */
const holds = (w: PlacedWord): boolean => fragment(w) || w.tag.startsWith('nr');

/**
 * The word of a dropped or added character in the printing that has it, and the word before the
 * gap in the others: as `holds`, and a place or organisation too (阿拉善盟/ns beside 阿拉善/ns).
 */
const keeps = (w: PlacedWord): boolean => fragment(w) || PROPER_NOUN_TAG.test(w.tag);

/** Fewest characters of that stretch around the change, in every printing (two are as often a term: 测土). */
const RUN_MIN = 3;

/**
 * The stretch of name-like words around a reading of one Han character whose word has a `holder`
 * tag — or, for an empty reading, around the gap when the words on both sides of it are name-like —
 * or '' when there is none.
 */
function namelikeRun(
  story: StoryContext,
  r: ClassifyReading,
  holder: (w: PlacedWord) => boolean,
): string {
  const empty = r.start === r.end;
  if (!empty && !hanRun(r.text, 1, 1)) return '';
  const at = empty ? r.start - 1 : r.start;
  if (at < 0) return '';
  const clause = clauseAround(r.folded, at, Math.max(r.end, at + 1));
  const words = story.wordsOver(r.variant, r.folded, clause.start, clause.end);
  let from = words.findIndex((w) => w.start <= at && Math.max(r.end, at + 1) <= w.end);
  const word = words[from];
  if (!word || !holder(word)) return '';
  let to = from;
  // A gap between two words: the name-like word before it may end the name (阿拉善[盟]的).
  const next = words[from + 1];
  if (empty && word.end <= r.start && next && keeps(next)) to = from + 1;
  while (from > 0 && namelike(words[from - 1] as PlacedWord)) from -= 1;
  while (to < words.length - 1 && namelike(words[to + 1] as PlacedWord)) to += 1;
  const run = words
    .slice(from, to + 1)
    .map((w) => w.word)
    .join('');
  return hanRun(run) ? run : '';
}

/** The name-like runs of a site's printings, or null when some printing reads dictionary words. */
function namelikeRuns(site: Site, story: StoryContext): readonly string[] | null {
  const texts = [...new Set(site.readings.map((r) => r.text))];
  if (texts.length !== 2) return null;
  // One character changed: in every printing the character's word is unknown, a morpheme or a person.
  // One character dropped: the printing that has it may know its word as a place or body too.
  const dropped = texts.includes('');
  // Every printing reads one Han character or nothing there: known before any is segmented (the
  // segmenter's dictionary is its costliest load, and a two-file compare of ordinary pages need
  // not pay it for a reworded phrase).
  if (!site.readings.every((r) => r.start === r.end || hanRun(r.text, 1, 1))) return null;
  // Printing by printing, stopping at the first that reads dictionary words there.
  const runs: string[] = [];
  for (const r of site.readings) {
    const run = namelikeRun(story, r, dropped ? keeps : holds);
    if ([...run].length < (r.text === '' ? 2 : RUN_MIN)) return null;
    runs.push(run);
  }
  return runs;
}

/**
 * One character printed for another where no printing lets the segmenter read dictionary words:
 * in every variant the character sits in a run outside the dictionary, a lone morpheme or a name
 * (郇/nr 阿娣/x beside 郇亚娣/x; 剻/zg 德旺/x beside 蒯德旺/x), three characters or more. A typo in a
 * common word leaves the right printing a dictionary word, so the run is a name the dictionary
 * lacks — a rare surname, a minority name, a village — whether or not the two characters sound
 * or look alike. So is one character dropped where the printing that has it makes a name of its
 * word and the others print a name-like word before the gap (查干诺[尔]湖, 锡林郭勒[盟]的).
 */
const unknownRun: Rule = {
  id: 'name.unknown-run',
  category: 'name',
  applies: (site, story) => {
    const runs = namelikeRuns(site, story);
    return runs ? { params: { word: runs.reduce((a, b) => (b.length > a.length ? b : a)) } } : null;
  },
  why: {
    en: '{word} is a name the dictionary lacks: no printing reads as dictionary words there ({a} / {b})',
    'zh-CN': '“{word}”应为词典未收的专名：各版本此处都不成词典词（{a} / {b}）',
  },
  examples: {
    positive: [
      ['开幕那天，70岁的訾[阿]妹领着孙女来了', '开幕那天，70岁的訾[亚]妹领着孙女来了'],
      // A character dropped inside a name, or from its end.
      ['游客们来到查干诺[尔]湖畔', '游客们来到查干诺[]湖畔'],
      ['合作社与锡林郭勒[盟]的企业签约', '合作社与锡林郭勒[]的企业签约'],
      // Once rows of their own (a list of names closed by 等人, a name before a feat): on the
      // seen batches and the sentence tables they decided no site that this or another row did
      // not give the same category. (A transliteration dot is name.transliterated's.)
      ['获奖者张海峰、李秀兰、王德[明]等人上台', '获奖者张海峰、李秀兰、王德[民]等人上台'],
      ['决赛中，潘展[乐]以46秒40夺冠', '决赛中，潘展[东]以46秒40夺冠'],
    ],
    negative: [
      ['采用统防统治和测[土]配方施肥', '采用统防统治和测[士]配方施肥'],
      ['介绍了监[测]结果', '介绍了监[侧]结果'],
      ['我们[在]这里', '我们[再]这里'],
      ['有代表主张投向城市更[新]；也有代表', '有代表主张投向城市更[薪]；也有代表'],
      ['大家纷纷[]赶来帮忙', '大家纷纷[纷]赶来帮忙'],
      ['老人李明[也]来了', '老人李明[]来了'],
    ],
  },
};

/** The rows that read the segmenter's tags. */
export const TAGGED_NAME_RULES: readonly Rule[] = [
  confusedInName,
  confusedInUnknown,
  confusedBeforeName,
  unknownRun,
];
