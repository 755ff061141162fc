/**
 * A person's surname printed as another character, or dropped, and a given name's character
 * printed as another: the change lies in a name when one printing's character is a surname
 * (pinyin-pro's surname data, the 百家姓) or one the segmenter reads as a person or does not know,
 * the two characters sound or look alike (or one is missing), and something outside the
 * characters says a person stands there: the segmenter tags a person over the name, or leaves a
 * run that opens with the surname unknown (a name its dictionary lacks), or the story prints the
 * same name again elsewhere. Two characters alike in nothing still lie in a name the story prints
 * three times or more the one way and nowhere else the other.
 */
import Surnames from 'pinyin-pro/dist/esm/data/surname.mjs';
import { hanRun } from '../lexicon/characters';
import type { PlacedWord, StoryContext } from './context';
import { FUNCTION_CHARS } from './names';
import { ordinaryWordAt } from './person-names';
import type { ClassifyReading, Rule, Site } from './rule';
import { confusion } from './sounds';

/** Characters of a given name after a one-character surname, as this row reads it. */
const GIVEN = 2;

/** True when the character is a one-character surname in pinyin-pro's data. */
const isSurname = (ch: string): boolean => ch.length === 1 && Surnames[ch] !== undefined;

/** Tags the segmenter gives a word that is no dictionary word: a run it does not know, a morpheme. */
const unknownTag = (tag: string): boolean => tag === 'x' || tag.endsWith('g');

/** The words of the printing over [from, to), segmenting only their clause. */
const wordsOf = (story: StoryContext, r: ClassifyReading, from: number, to: number) =>
  story.wordsOver(r.variant, r.folded, from, to);

/**
 * True when the segmenter reads an ordinary dictionary word from `at` into the characters after
 * it in this printing (计划, 经营, 唐末): the character there opens a word, not a name.
 */
function opensWord(story: StoryContext, r: ClassifyReading, at: number): boolean {
  const word = wordsOf(story, r, at, at + 1).find((w) => w.start <= at && at < w.end);
  return (
    word !== undefined &&
    word.start === at &&
    word.end > at + 1 &&
    !word.tag.startsWith('nr') &&
    !unknownTag(word.tag)
  );
}

/**
 * What says a person is named at `at` of the printing: the segmenter tags the surname or the
 * given name after it a person, or leaves a run opening with the surname unknown (乜玉/x, 黄子/x).
 */
function personEvidence(words: readonly PlacedWord[], at: number, surname: boolean): string | null {
  for (const w of words) {
    if (w.tag.startsWith('nr') && (w.start === at || w.start === at + 1))
      return 'tagged as a person by word segmentation';
    if (surname && w.start === at && w.tag === 'x' && w.end > at + 1)
      return 'a run the dictionary does not know opens with the surname';
  }
  return null;
}

/**
 * The character at `at` of a printing reads as a surname: pinyin-pro's data holds it, or the
 * segmenter reads it alone as a person (仉/nr) or as no word it knows (a rare surname).
 */
function surnameAt(story: StoryContext, r: ClassifyReading, at: number): boolean {
  const ch = r.folded[at] ?? '';
  if (isSurname(ch)) return true;
  const word = wordsOf(story, r, at, at + 1).find((w) => w.start === at && w.end === at + 1);
  return word !== undefined && (word.tag.startsWith('nr') || unknownTag(word.tag));
}

/**
 * The word before `at` in the printing is a noun (a role: 铁匠, 护林员, 教师) or a run the
 * segmenter does not know, as a person's name follows in news text; not a pronoun, an adverb
 * or the clause's start (他们都来了, 向前走).
 */
function afterNoun(story: StoryContext, r: ClassifyReading, at: number): boolean {
  if (at < 1) return false;
  const word = wordsOf(story, r, at - 1, at).find((w) => w.end === at);
  return word !== undefined && hanRun(word.word) && (word.tag.startsWith('n') || word.tag === 'x');
}

/**
 * True when the changed character of the printing (at `p`) lies in an ordinary dictionary word
 * that reaches outside the name [at, at + 1 + GIVEN): it belongs to the words around the name
 * (仝卫东已经: 已经 runs past 卫东已), not to the name.
 */
function outsideName(story: StoryContext, r: ClassifyReading, at: number, p: number): boolean {
  const word = wordsOf(story, r, p, p + 1).find((w) => w.start <= p && p < w.end);
  return (
    word !== undefined &&
    (word.start < at || word.end > at + 1 + GIVEN) &&
    !word.tag.startsWith('nr') &&
    !unknownTag(word.tag)
  );
}

/**
 * The story prints `name` twice or more where the segmenter reads no ordinary word opening it
 * (和朋友 after 他, twice, is no name): the person recurs (StoryContext's occurrences).
 */
function recurs(story: StoryContext, name: string): boolean {
  return (
    story.count(name) >= 2 &&
    story.occurrences(name).filter((at) => !ordinaryWordAt(story, at)).length >= 2
  );
}

/** Times the story must print a name, this place included, for its recurrence alone to make a change in it a name's. */
const RECURRING_NAME = 3;

/**
 * The story prints `name` again and again (recurs' reading; RECURRING_NAME times with this
 * place), and no printing's own form of it at this site appears anywhere else: one printing
 * changed a name the story keeps. The story's text is one printing's, so a form printed once may
 * be this very place.
 */
function recursAgainst(
  story: StoryContext,
  name: string,
  site: Site,
  places: readonly number[],
): boolean {
  if (!recurs(story, name)) return false;
  let printed = story.count(name);
  for (const [i, o] of site.readings.entries()) {
    const from = places[i] ?? 0;
    const own = o.folded.slice(from, from + (o.end - o.start) + (name.length - 1));
    if (own === name) continue;
    const times = story.count(own);
    if (times > 1) return false;
    printed += times;
  }
  return printed >= RECURRING_NAME;
}

/** True when a given name holds a function character (了, 的, 和): words, not a name. */
const functionWords = (given: string): boolean => [...given].some((ch) => FUNCTION_CHARS.test(ch));

/**
 * The names a site's change may lie in, one per printing and place: the surname at the reading
 * (or where a dropped one stood), then a given name's character after a surname one or two back.
 */
function* candidates(site: Site): Generator<{ r: ClassifyReading; back: number }> {
  for (const back of [0, 1, 2])
    for (const r of site.readings) if (r.text !== '' || back === 0) yield { r, back };
}

/** Evidence that the site's change lies in one person's name, or null. */
function personChange(site: Site, story: StoryContext): { name: string; detail: string } | null {
  const texts = [...new Set(site.readings.map((r) => r.text))];
  if (texts.length !== 2 || !texts.every((t) => t === '' || hanRun(t, 1, 1))) return null;
  const [x = '', y = ''] = texts;
  // Two characters that neither sound nor look alike still lie in a name the story prints again
  // and again the other way (柴志强 three times, 大志强 once): the recurrence says so alone.
  const alike = x === '' || y === '' || confusion(x, y) !== null;
  for (const { r, back } of candidates(site)) {
    if (r.text === '') continue;
    const at = r.start - back;
    const name = r.folded.slice(at, at + 1 + GIVEN);
    if (at < 0 || !hanRun(name, 1 + GIVEN, 1 + GIVEN) || functionWords(name.slice(1))) continue;
    // Surname changed: every printing keeps the given name after its reading. Given name
    // changed: every printing keeps the surname before it.
    const places = site.readings.map((o) => o.start - back);
    const same = site.readings.every((o, i) =>
      back === 0
        ? o.folded.slice(o.end, o.end + GIVEN) === name.slice(1)
        : o.folded.slice(places[i] ?? 0, o.start) === name.slice(0, back),
    );
    if (!same || !surnameAt(story, r, at)) continue;
    const ordinary = (o: ClassifyReading, i: number): boolean => {
      const from = places[i] ?? 0;
      return o.text !== '' && (opensWord(story, o, from) || outsideName(story, o, from, o.start));
    };
    if (site.readings.some(ordinary)) continue;
    if (!alike) {
      if (recursAgainst(story, name, site, places))
        return { name, detail: 'printed again in the story' };
      continue;
    }
    if (recurs(story, name)) return { name, detail: 'printed again in the story' };
    if (!site.readings.some((o, i) => afterNoun(story, o, places[i] ?? 0))) continue;
    // A character added or dropped may make any run unknown to the segmenter: only its person tag counts.
    const dropped = texts.includes('');
    for (const [i, o] of site.readings.entries()) {
      const from = places[i] ?? 0;
      const surname = !dropped && isSurname(o.folded[from] ?? '');
      const detail = personEvidence(wordsOf(story, o, from, from + 1 + GIVEN), from, surname);
      if (detail) return { name, detail };
    }
  }
  return null;
}

/**
 * A one-character surname printed as a character that sounds or looks alike, or dropped, or a
 * given name's character so printed (阙永年 / 永年, 黄子瑄 / 黄子萱, 符永年 / 扶永年), where the
 * segmenter tags a person there, leaves a run opening with the surname unknown, or the story
 * prints the name again: a person's name no list holds. A surname's character that opens an
 * ordinary word there (计划, 经营) is no surname.
 */
const surnameChange: Rule = {
  id: 'name.person-shape',
  category: 'name',
  applies: (site, story) => {
    const found = personChange(site, story);
    return found ? { params: found } : null;
  },
  why: {
    en: '{a} / {b} is in the name {name}: a surname and a given name ({detail})',
    'zh-CN': '{a} / {b}在人名“{name}”中：姓氏加名字（{detail}）',
  },
  examples: {
    positive: [
      ['据护林员[阙]永年介绍，山火已灭。', '据护林员[]永年介绍，山火已灭。'],
      ['钢琴手黄子[瑄]赢得了比赛。', '钢琴手黄子[萱]赢得了比赛。'],
      {
        variants: ['昨天[符]永年回到村里。', '昨天[扶]永年回到村里。'],
        story: '昨天符永年回到村里。傍晚，符永年又去了河边。',
      },
      // Once name.unknown-run's: a surname (巴) and a given name the segmenter does not know.
      ['老猎人巴[音]陶克陶走在前面', '老猎人巴[因]陶克陶走在前面'],
      // Neither alike in sound nor in shape: the story prints 柴志强 twice more, 大志强 never.
      {
        variants: ['船主[柴]志强被判罚金五万元。', '船主[大]志强被判罚金五万元。'],
        story: '船主柴志强被判罚金五万元。去年春天，柴志强雇人在禁渔区下网。柴志强当庭认罪。',
      },
    ],
    negative: [
      ['公司[经]营状况良好。', '公司[精]营状况良好。'],
      ['他[和]朋友们去了公园。', '他[合]朋友们去了公园。'],
      ['我们明天[再]来看看。', '我们明天[在]来看看。'],
      ['今年[计]划完成改造。', '今年[记]划完成改造。'],
      // The character lies in a word past the name (已经), or is added after a comma.
      ['菜农何建华[已]经把菜运走了。', '菜农何建华[己]经把菜运走了。'],
      ['这块石碑，[]宽约两米。', '这块石碑，[通]宽约两米。'],
      {
        variants: ['他[和]朋友们去了公园。', '他[合]朋友们去了公园。'],
        story: '他和朋友们去了公园。他和朋友们都很开心。',
      },
      // Two people the story names (龚立新 and 聂立新, each more than once): which one spoke is
      // not told by recurrence.
      {
        variants: ['随后[龚]立新发言。', '随后[聂]立新发言。'],
        story: '随后龚立新发言。龚立新说要修渠。龚立新还提到水费。聂立新点头。聂立新说好。',
      },
    ],
  },
};

/** The rows of a person's name told by its surname and given name. */
export const PERSON_SHAPE_RULES: readonly Rule[] = [surnameChange];
