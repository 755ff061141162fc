/**
 * Person names in Chinese news text: the titles and roles before a name (党委书记李肖娜), the
 * surnames that start one, and the titles and verbs of saying that follow one (孙立新师傅,
 * 严桂香说).
 */
import { alternation } from '../lexicon/newsroom';
import { personVerbs } from '../lexicon/person-verbs';
import { PERSON_TITLES, TITLES_AFTER_NAME } from '../lexicon/titles';
import { HAN, hanRegExp, hanRun, isHan } from '../lexicon/characters';
import type { StoryContext } from './context';
import { compoundSurname } from './sounds';

/** Titles and roles after which Chinese news text names a person (书记李肖娜, 记者王嘉伟): the lexicon's list. */
export const PERSON_TITLE = new RegExp(`(?:${alternation(PERSON_TITLES)})$`);

/**
 * Tags of a word the segmenter reads as no one's name: not a person, place, organisation or
 * other proper noun, nor a run outside its dictionary or a lone morpheme.
 */
const NAMED_TAG = /^(?:n[rstz]\w*|x|\w*g)$/;

/** Tags of a lone character that is a word of the sentence: an adverb, a preposition, a conjunction, a pronoun (曾/d 在/p). */
const SENTENCE_CHAR_TAG = /^[dpcr]$/;

/**
 * The id under which the story's own text is segmented (StoryContext.wordsOver keys its words by
 * variant): the story text is the base variant's folded text with its paragraphs on lines.
 */
const STORY_TEXT = '\u0000story';

/**
 * True when the segmenter reads an ordinary word of the sentence at `at` of `folded` (a variant's
 * folded text, or the story's own when no variant is given), where a name after a title would
 * start: a dictionary word that names no one (工人陆续走进来, 居民马上报警, 记者曾经采访) or a lone
 * adverb or preposition (记者曾/d 在/p). A person's name is a run it does not know or tags a
 * person (李肖娜/x, 高明/nr), a surname standing alone (方/n 明说) or a compound one (端木/n).
 * Asked last, after the title and the surname have matched.
 */
export function ordinaryWordAt(
  story: StoryContext,
  at: number,
  reading?: { readonly variant: string; readonly folded: string },
): boolean {
  const [variant, folded] = reading ? [reading.variant, reading.folded] : [STORY_TEXT, story.text];
  const word = story.wordsOver(variant, folded, at, at + 1)[0];
  if (!word || word.start !== at || NAMED_TAG.test(word.tag)) return false;
  // A compound surname the segmenter reads as a noun (端木/n, 轩辕/n) opens a name.
  const length = [...word.word].length;
  if (length === 2 && compoundSurname(word.word)) return false;
  return length >= 2 || SENTENCE_CHAR_TAG.test(word.tag);
}

/** How far (code units) a changed character may sit after a title and still be in the name. */
export const NAME_REACH = 3;

/** Common surnames: a reading starting with one, recurring in the story, is likely a name. */
export const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    // Less common surnames; those that often start ordinary words (单位, 包括, 申请, 简单, 凌晨) are left out.
    '樊葛邢乔伍庞倪庄聂鲁岳翟殷詹欧耿俞柳阮柯梅裴霍涂翁冉骆靳鲍祁蒲滕饶牟穆缪褚娄窦戚岑卜晏瞿佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄仲虞敖巩佘邝匡鞠荆冀郁胥栗鄢谌奚粟冼蔺阚屠朴邸雍辜裘亓邰赫逯茹嵇湛尉檀昝符'
  ).split(''),
);

/**
 * Titles that follow a person's name rather than precede it (习近平总书记, 王建国同志, 孙立新师傅);
 * post titles such as 局长 are left out, since the organisation before them (金融局局长) is no person.
 */
export const TITLE_AFTER = new RegExp(`^(?:${alternation(TITLES_AFTER_NAME)})`);

/** True when the reading lies in a surname-led name of two or three characters before such a title. */
export function beforeTitle(before: string, text: string, after: string): boolean {
  const context = before + text + after;
  const from = before.length;
  const end = from + text.length;
  for (let start = Math.max(0, from - 2); start <= end && start < context.length; start++) {
    if (!SURNAMES.has(context[start] as string)) continue;
    for (const length of [2, 3]) {
      const word = context.slice(start, start + length);
      const overlaps =
        from === end ? start < from && from < start + length : start < end && from < start + length;
      if (overlaps && hanRun(word) && TITLE_AFTER.test(context.slice(start + length))) return true;
    }
  }
  return false;
}

/** The last character of a role noun before a name (家属, 病友, 学者, 店员, 住户); and 据. */
const ROLE_END = /[据属友者员户]/;

/** Verbs of saying after a person's name (严桂香说, 王建华表示). */
export const SAYING = new RegExp(`^(?:${personVerbs('say')})`);

/**
 * True when the reading lies in a name of two or three characters, starting with a surname, that
 * opens its clause and is followed by a verb of saying (。”严桂香说。).
 */
export function beforeSaying(before: string, text: string, after: string): boolean {
  const context = before + text + after;
  const from = before.length;
  const end = from + text.length;
  for (let start = Math.max(0, from - 2); start <= end && start < context.length; start++) {
    // The name opens its clause, follows 据 (据王明介绍), or follows a role noun the title list
    // lacks (患者家属杨某说, 病友王某说): one ending as role nouns end.
    if (
      start > 0 &&
      isHan(context[start - 1] as string) &&
      !ROLE_END.test(context[start - 1] as string)
    )
      continue;
    if (!SURNAMES.has(context[start] as string)) continue;
    for (const length of [2, 3]) {
      const word = context.slice(start, start + length);
      const overlaps =
        from === end ? start < from && from < start + length : start < end && from < start + length;
      if (overlaps && hanRun(word) && SAYING.test(context.slice(start + length))) return true;
    }
  }
  return false;
}

/**
 * What an athlete or a laureate does as the subject of a news sentence (覃某某以2分05秒的成绩夺冠,
 * 王某某夺得金牌). Weaker than a verb of saying, so it is only taken after a three-character name
 * (two characters and 获得 are too often an ordinary subject: 高校获得).
 */
const DOING = new RegExp(`^(?:以[\\d零一二两三四五六七八九十]|${personVerbs('feat')})`);

/**
 * Characters that make a three-character run a role or a group rather than a person's name
 * (负责人, 村民们, 该公司, 有关方面): determiners, plural and role endings, organisation heads.
 */
const NOT_PERSON_RUN =
  /[该这那其各本我你他她它们每某此有关的了在是和与及对从向将把被也都就还又]|[人员者家长师生方司门府局委会部厅院校队组站所处]$/;

/** Clause-opening mentions of a run in the story that speak or act (。全红婵说, ，全红婵夺得). */
function subjectMentions(run: string, story: string): number {
  let subject = 0;
  for (let at = story.indexOf(run); at >= 0; at = story.indexOf(run, at + 1)) {
    const previous = story[at - 1] ?? '';
    const opens = previous === '' || !isHan(previous) || previous === '据';
    const rest = story.slice(at + run.length, at + run.length + 4);
    if (opens && (SAYING.test(rest) || DOING.test(rest))) subject += 1;
  }
  return subject;
}

/**
 * True when the reading lies in a three-character run that the story names at least twice and
 * that opens a clause as the one who speaks or acts at least once: a person, even without a
 * listed surname or a title (an athlete the story follows: ，全红婵夺得…。全红婵说…).
 */
export function recurringSubject(
  before: string,
  text: string,
  after: string,
  story: StoryContext,
): boolean {
  const context = before + text + after;
  const from = before.length;
  const end = from + text.length;
  for (let start = Math.max(0, from - 2); start <= end && start < context.length; start++) {
    const run = context.slice(start, start + 3);
    const overlaps =
      from === end ? start < from && from < start + 3 : start < end && from < start + 3;
    if (!overlaps || !hanRun(run, 3, 3) || NOT_PERSON_RUN.test(run)) continue;
    if (
      story.count(run) >= 2 &&
      story.remember(`subject:${run}`, () => subjectMentions(run, story.text)) >= 1
    )
      return true;
  }
  return false;
}

/** The last item of an enumeration (、) so far. */
const LIST_TAIL = hanRegExp(String.raw`、([${HAN}]{0,2})$`);

/**
 * True when the reading lies in a later name of a list after a title, the names set apart by 、
 * (航天员叶光富、李聪、李广苏出征; 记者王某、张某): every item before it is a surname-led name of
 * two or three characters, and the first follows the title.
 */
export function inTitledList(before: string, text: string, after: string): boolean {
  if (!hanRun(text, 0)) return false;
  const m = LIST_TAIL.exec(before);
  const lead = m?.[1] ?? '';
  if (!m || lead.length + text.length > 3 || !SURNAMES.has((lead + text + after)[0] ?? ''))
    return false;
  const parts = before.slice(0, before.length - lead.length - 1).split('、');
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as string;
    for (const n of [2, 3]) {
      if (
        part.length > n &&
        PERSON_TITLE.test(part.slice(0, -n)) &&
        SURNAMES.has(part[part.length - n] as string)
      )
        return true;
    }
    if (!hanRun(part, 2, 3) || !SURNAMES.has(part[0] as string)) return false;
  }
  return false;
}
