/**
 * Surnames the word lists do not hold: a compound surname (pinyin-pro's surname data) cut to one
 * character or with its given name misprinted, or a numeral one (第五) read as an ordinal. A
 * one-character surname printed as a look-alike is name.confused-in-name's (乜德顺/nr).
 */
import { hanRun, isHan } from '../lexicon/characters';
import { clauseAround } from './context';
import { compoundSurname, confusion } from './sounds';
import { segment } from './tagger';
import type { PlacedWord, StoryContext } from './context';
import type { ClassifyReading, Rule, Site } from './rule';

/**
 * Tags a compound surname may carry as the segmenter's word (皇甫/nr, 申屠/nz, 欧阳/ns, 闾丘/x,
 * 上官云/nr): names and runs it does not know. Not a direction or place word (东方/s), a numeral
 * (第五名/m) or a time.
 */
const SURNAME_WORD_TAG = /^(?:nr\w*|nz|ns|nt|x)$/;

/**
 * Tags of a given name the segmenter does not know as a word (瑞霖/x) or reads as a name (海涛/nr):
 * after a compound it tags a plain noun (上官/n, 端木/n), they tell the surname from a common noun
 * (时代/n, 资格/n), and keep pinyin-pro's surname question from most sites.
 */
const UNKNOWN_GIVEN_TAG = /^(?:nr\w*|nz|x)$/;

/** Most characters of a given name after a surname. */
const GIVEN_MAX = 2;

/** The words of a variant's clause around [at, to), from its segmentation. */
function clauseWords(
  story: StoryContext,
  r: ClassifyReading,
  at: number,
  to: number,
): readonly PlacedWord[] {
  const clause = clauseAround(r.folded, at, to);
  return story.wordsOver(r.variant, r.folded, clause.start, clause.end);
}

/**
 * True when the segmenter reads the two characters at `p` as the opening of a name: a word starts
 * there and is the compound (or runs past it) with a name's tag, or a plain noun's before a given
 * name it does not know (端木/n 振宇/x), or the first character stands alone as a person or a
 * fragment (闾/nr 丘晓舟/x). Two characters straddling words of the sentence (新闻/人物,
 * 三点钟/离开, 阶段/干部) are no surname.
 */
function opensName(words: readonly PlacedWord[], p: number): boolean {
  const at = words.findIndex((w) => w.start <= p && p < w.end);
  const [first, next] = [words[at], words[at + 1]];
  if (!first || first.start !== p) return false;
  if (first.end < p + 2)
    return first.tag.startsWith('nr') || first.tag === 'x' || first.tag.endsWith('g');
  if (SURNAME_WORD_TAG.test(first.tag)) return true;
  return first.tag === 'n' && next !== undefined && UNKNOWN_GIVEN_TAG.test(next.tag);
}

/** A compound surname at `p` in the reading's printing, followed by a Han character of a given name. */
function compoundAt(story: StoryContext, r: ClassifyReading, p: number): string | null {
  const pair = r.folded.slice(p, p + 2);
  const next = r.folded[p + 2] ?? '';
  if (p < 0 || !hanRun(pair, 2, 2) || !isHan(next)) return null;
  // The segmenter first (its clause is mostly segmented already): pinyin-pro's matcher is built
  // on its first question, which most comparisons then need not ask.
  if (!opensName(clauseWords(story, r, p, p + 2), p)) return null;
  return compoundSurname(pair) ? pair : null;
}

/** The compound surname a reading of one or two Han characters cuts into or names before, if any. */
function compoundOfSite(site: Site, story: StoryContext): { surname: string } | null {
  const texts = [...new Set(site.readings.map((r) => r.text))];
  if (texts.length !== 2) return null;
  const [x = '', y = ''] = texts;
  // One printing drops a character of the compound; or one character is confused for another
  // inside the compound or in the given name after it.
  const dropped = x === '' || y === '';
  if (!dropped && !(hanRun(x, 1, 1) && hanRun(y, 1, 1) && confusion(x, y))) return null;
  for (const r of site.readings) {
    if (!hanRun(r.text, 1, 2)) continue;
    // Where a compound could start so as to hold the reading, or end right before it.
    const from = r.start - 1 - GIVEN_MAX;
    for (let p = from; p <= r.start; p++) {
      // A dropped character is the compound's, or the given name's right after it.
      const overlaps = p + 2 > r.start && p < r.end;
      if (dropped && !overlaps && r.start > p + 1 + GIVEN_MAX) continue;
      const surname = compoundAt(story, r, p);
      if (surname) return { surname };
    }
  }
  return null;
}

/**
 * A compound surname (闾丘, 申屠, 宇文 — pinyin-pro reads them as one surname) cut to one
 * character in a printing (闾丘晓舟 / 丘晓舟), or one character of its given name printed for
 * another of like sound or shape (皇甫蕙兰 / 皇甫惠兰): a person's name the surname list never held.
 * The segmenter must open a word with the compound, so two characters that straddle words of the
 * sentence (新闻/人物 for 闻人, 三点钟/离开 for 钟离) are not taken for one.
 */
const compoundSurnameRule: Rule = {
  id: 'name.compound-surname',
  category: 'name',
  applies: (site, story) => {
    const found = compoundOfSite(site, story);
    return found ? { params: found } : null;
  },
  why: {
    en: '{a} / {b} is in a name with the compound surname {surname}',
    'zh-CN': '{a} / {b}在复姓“{surname}”开头的人名中',
  },
  examples: {
    positive: [
      ['工程师[端]木振宇主持了验收。', '工程师[]木振宇主持了验收。'],
      ['[慕]容秋云把画捐给了学校。', '[]容秋云把画捐给了学校。'],
      ['司马振[东]昨天回到了村里。', '司马振[]昨天回到了村里。'],
      ['端木文[清]是这届的班长。', '端木文[青]是这届的班长。'],
    ],
    negative: [
      ['他是三点钟[离]开的。', '他是三点钟[]开的。'],
      ['阶段[干]部都到了。', '阶段[]部都到了。'],
      ['太阳从东方[升]起来了。', '太阳从东方[生]起来了。'],
      ['他得了第[五]名。', '他得了第[]名。'],
    ],
  },
};

/**
 * The commonest surname, set in a numeral compound's place to ask the segmenter whether a given
 * name follows: it reads 张春生/nr and 张立群/nr as persons, but 张/q 小学/n and 张届/x (a measure
 * word or a run) where an ordinal stood (第五小学, 第五届).
 */
const STAND_IN_SURNAME = '张';

/**
 * A numeral pair that is a compound surname (第五: pinyin-pro's surname data) at `p` in the
 * reading's printing, opening a person's name: the segmenter leaves the pair a numeral of its own
 * (第五/m, where an ordinal joins its measure word: 第五名/m, 第五届/m), and with the stand-in
 * surname in its place reads the characters after it as a person's name.
 */
function ordinalSurnameAt(
  story: StoryContext,
  r: ClassifyReading,
  p: number,
): { surname: string; name: string } | null {
  const pair = r.folded.slice(p, p + 2);
  if (p < 0 || !hanRun(pair, 2, 2) || !isHan(r.folded[p + 2] ?? '')) return null;
  const words = clauseWords(story, r, p, p + 2);
  const word = words.find((w) => w.start === p);
  if (!word || word.tag !== 'm' || word.end !== p + 2 || !compoundSurname(pair)) return null;
  const clause = clauseAround(r.folded, p, p + 2);
  const [person] = segment(STAND_IN_SURNAME + r.folded.slice(p + 2, clause.end));
  if (!person?.tag.startsWith('nr') || !hanRun(person.word, 2, 1 + GIVEN_MAX)) return null;
  return { surname: pair, name: pair + person.word.slice(STAND_IN_SURNAME.length) };
}

/**
 * A numeral that opens a compound surname (第五春生: 第五 is a surname in the 百家姓) printed
 * otherwise (第伍, a dropped 第 or 五): a person's name, not an ordinal. Decided before the number
 * rows, which would read 五 / 伍 as one figure in two forms; the evidence is what follows — the
 * segmenter reads a given name there, where an ordinal's measure word (名, 届, 项) joins it.
 */
const ordinalSurname: Rule = {
  id: 'name.ordinal-surname',
  category: 'name',
  applies: (site, story) => {
    const texts = [...new Set(site.readings.map((r) => r.text))];
    if (texts.length !== 2 || !texts.every((t) => t === '' || hanRun(t, 1, 1))) return null;
    for (const r of site.readings) {
      if (r.text === '') continue;
      for (const p of [r.start - 1, r.start]) {
        const found = ordinalSurnameAt(story, r, p);
        if (found) return { params: found };
      }
    }
    return null;
  },
  why: {
    en: '{a} / {b} is in the name {name}: {surname} is a compound surname here, not an ordinal (a given name follows)',
    'zh-CN': '{a} / {b}在人名“{name}”中：“{surname}”在此为复姓而非序数（其后为名字）',
  },
  examples: {
    positive: [
      ['果农第[五]明山和几个帮工在地里忙着。', '果农第[伍]明山和几个帮工在地里忙着。'],
      ['镇长第[五]建国介绍，今年客流增加。', '镇长第[]建国介绍，今年客流增加。'],
    ],
    negative: [
      ['他在比赛中获得第[五]名。', '他在比赛中获得第[伍]名。'],
      ['会议第[五]项议程是表决。', '会议第[伍]项议程是表决。'],
      ['第[五]小学的学生来了。', '第[伍]小学的学生来了。'],
      ['这是第[五]次会议。', '这是第[六]次会议。'],
    ],
  },
};

/** The rows of surnames outside the lists. */
export const SURNAME_RULES: readonly Rule[] = [ordinalSurname, compoundSurnameRule];
