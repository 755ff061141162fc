/**
 * Proper-noun evidence around a place of disagreement: titles of works in 《》, short quoted brand
 * names, person names after a title, place and organisation names
 * before their suffix, and names that recur in the story itself. The rows that use them are in
 * name-evidence.ts.
 */
import { endsWithHan, HAN, hanRegExp, hanRun } from '../lexicon/characters';
import { COLLEGES, STEM_SUFFIXES, SUFFIXES } from '../lexicon/place-suffixes';
import type { StoryContext } from './context';
import { FOUNDING_VERB } from './named-things';
import { ordinaryWordAt, PERSON_TITLE, SAYING, SURNAMES } from './person-names';

/** One variant's reading with its folded surroundings. */
export interface ReadingInContext {
  readonly text: string;
  /** Folded text just before the reading (up to ~24 code units). */
  readonly before: string;
  /** Folded text just after the reading. */
  readonly after: string;
}

const NOT_NAME_BEFORE: Readonly<Record<string, RegExp>> = {
  // 城区 is an urban area (老城区, 在城区) unless a name stands before it (鼎城区, 东城区); 山区,
  // 林区, 牧区, 矿区, 灾区, 郊区, 校区 are kinds of area.
  区: hanRegExp(
    String.raw`(?:[社地小园景辖片街库保禁误专特山党林牧矿灾郊校营湖疫产]|(?:^|[^${HAN}]|[老主全市中在的和与及到进出入])城)$`,
  ),
  市: /[城超上股夜集门]$/,
  // 子公司, 分公司, 总公司, 母公司: a kind of company, no name.
  公司: /[子分总母]$/,
  村: /[农乡]$/,
  镇: /[乡城村]$/,
  乡: /[城家老下故]$/,
  路: /[道思出铁网一线新之马来去公山小大土板泥油家回上]$/,
  巷: /[小街深陋古里窄]$/,
  局: /[结布格邮当大全开出棋饭赌骗僵变终]$/,
  厅: /[大客餐展门舞歌前]$/,
  中心: /[为的市重核圆]$/,
  码头: /[老新小大旧个座到在的]$/,
  法院: /[上去到在告进向的]$/,
  湾: /[海港河山]$/,
  广场: /[大小的个座这那该到在]$/,
  岛: /[海小半列群孤荒宝上到登环]$/,
  // 岛屿: islands, no islet's name.
  屿: /[岛]$/,
  // 小河, 一条河, 护城河, 山河, 江河: a river, no name; 小湖, 江湖, 人工湖 likewise.
  河: /[小大条这那城山江界内冰一两母]$/,
  湖: /[小大个这那一两江山人工]$/,
  // 跨江大桥, 过江, 沿江: a crossing or a bank, no river's name.
  江: /[大条这那一两过渡跨沿横入出临滨望]$/,
  // 上中学, 读小学, 初中学生, 集中学习, 从小学会: schooling or another word, no school's name.
  中学: /[的在上读念到和初高普名重集从热]$/,
  小学: /[的在上读念到和名重从大]$/,
  幼儿园: /[的在上到和个所家]$/,
  // 出港, 抵港, 海港, 渔港, 空港: a movement or a kind of port, no name.
  港: /[出进入离抵回海军商渔避良外内空航香]$/,
  // 千年古城, 一座古镇: an age or a count, no name.
  古城: /[年座个的该]$/,
  古镇: /[年座个的该]$/,
  古村: /[年座个的该]$/,
  // 新建油田, 开发煤矿, 大型油田: an activity or a size, no name.
  油田: /[建发开采探现型大小新老该个座]$/,
  煤矿: /[建发开采探现型大小新老该个座关闭]$/,
};
const NOT_NAME_AFTER: Readonly<Record<string, RegExp>> = {
  市: /^[民场值面容长委级区场]/,
  区: /^[域别间块分]/,
  县: /^[委级城域长]/,
  省: /^[委级内外长份]/,
  村: /^[民委级庄落]/,
  镇: /^[委级长]/,
  乡: /^[村镇亲愁土]/,
  路: /^[线径上面]/,
  巷: /^[子口战道尾]/,
  局: /^[面势部限]/,
  中心: /^[任工思]/,
  河: /^[道流水边岸畔床面堤]/,
  湖: /^[水面边畔泊]/,
  中学: /^[生习阶段部时期]/,
  港: /^[口湾务股元人币澳台]/,
  小学: /^[生习会阶段部时期]/,
  // 江苏, 江西, 江湖, 江山, 江南: the river character opens another word.
  江: /^[苏西湖山南北淮河海城门户边面水畔岸上]/,
};

/** How far (code units) after the reading a place or organisation suffix may begin. */
const SUFFIX_REACH = 2;

/**
 * Suffixes of three or more characters (律师事务所, 合作社) are specific enough to follow a longer
 * name (明理律师事务所): reach further. Two-character ones (中心, 公司) keep the short reach.
 */
const LONG_SUFFIX_REACH = 3;

/**
 * Characters that, right before a suffix, make it no name: determiners and function words (全市,
 * 本省, 各区, 两县, 在村, 所有街道, 这些社区).
 */
const NOT_STEM = /[全本我该各每此这那其某多两一二三四五六七八九十几数外内上下的了在和与及是等有些]/;

/** A character that cannot be inside a name: not Han, or a function word. */
const BREAKS_NAME = hanRegExp(
  String.raw`[^${HAN}]|[的地得了在是和与及以为于从向对把被将让给到也都还就]`,
);

/**
 * True when a place or organisation suffix follows the reading closely and is a real suffix, or
 * the reading lies inside the suffix itself (和睦[街]道, 律师[事]务所, 埇桥[区]).
 */
export function beforeSuffix(
  text: string,
  before: string,
  after: string,
  minGap = 0,
  story?: StoryContext,
): boolean {
  const context = before + text + after;
  const from = before.length;
  const end = before.length + text.length;
  for (const suffix of SUFFIXES) {
    const to = end + (suffix.length > 2 || COLLEGES.has(suffix) ? LONG_SUFFIX_REACH : SUFFIX_REACH);
    const first = Math.max(0, from - suffix.length + 1);
    for (
      let at = context.indexOf(suffix, first);
      at >= 0 && at <= to;
      at = context.indexOf(suffix, at + 1)
    ) {
      const guardBefore = NOT_NAME_BEFORE[suffix];
      const guardAfter = NOT_NAME_AFTER[suffix];
      if (
        guardBefore?.test(context.slice(0, at)) ||
        guardAfter?.test(context.slice(at + suffix.length))
      )
        continue;
      if (at >= end + minGap && at > from) {
        // Punctuation or a function word between the reading and the suffix (街道在驿站) ends the name.
        if (BREAKS_NAME.test(context.slice(end, at))) break;
        // A verb that founds or joins a body (今年成立合作社) introduces the name; it is not in it.
        if (FOUNDING_VERB.test(context.slice(end, at))) break;
        // 今年全市, 去年各区, 该公司: a determiner right before the suffix makes it no name.
        if (NOT_STEM.test(context[at - 1] as string)) continue;
        // The story names the place again without the reading before it (假[期]南营巷 against
        // 南营巷 elsewhere): the name starts after the reading.
        if (at - end >= 2 && startsAfter(text, context.slice(end, at + suffix.length), story))
          continue;
        return true;
      }
      if (minGap > 0) continue;
      // The reading touches the suffix itself: the name before it must be there to vouch for it.
      const stem = context.slice(Math.max(0, at - 2), at);
      // A doubled character (小小驿站) is an adjective, not a name.
      const doubled = stem[0] === stem[1];
      if (
        at + suffix.length > from &&
        hanRun(stem, 2, 2) &&
        !NOT_STEM.test(stem[1] as string) &&
        !doubled
      )
        return true;
    }
  }
  return false;
}

/**
 * True when the story prints `name` at least twice without `text` before it, and with it at most
 * once (the site itself): the name is known from its other mentions, the reading stands outside it.
 */
function startsAfter(text: string, name: string, story: StoryContext | undefined): boolean {
  if (!story?.text || text.length === 0) return false;
  // The reading's own mention may be in the story (it is the base text): allow that one.
  const withText = story.count(text + name);
  return withText <= 1 && story.count(name) - withText >= 2;
}

/**
 * SUFFIXES of two or more characters by their first code unit: completesSuffix looks up the few
 * that can start at each place of a reading instead of searching its context for each (issue 15).
 */
const LONG_SUFFIXES_BY_FIRST = new Map<string, string[]>();
for (const suffix of SUFFIXES.filter((s) => s.length >= 2)) {
  const first = suffix[0] as string;
  const suffixes = LONG_SUFFIXES_BY_FIRST.get(first);
  if (suffixes) suffixes.push(suffix);
  else LONG_SUFFIXES_BY_FIRST.set(first, [suffix]);
}
const LONGEST_SUFFIX = Math.max(...SUFFIXES.map((suffix) => suffix.length));

/**
 * Evidence a minority reading may give: its text lies inside a suffix of two or more characters
 * that the other readings break (和睦[街]道 against two copies of 和睦建道). Looser evidence from a
 * minority is a typo's own context (老旧[安]区 makes 安 look like a district's name).
 */
export function completesSuffix(reading: ReadingInContext): boolean {
  const { text, before, after } = reading;
  if (!hanRun(text)) return false;
  const context = before + text + after;
  const from = before.length;
  const end = Math.min(from + text.length, context.length);
  // Every place a suffix could start and still hold a character of the reading.
  for (let at = Math.max(0, from - LONGEST_SUFFIX + 1); at < end; at++) {
    for (const suffix of LONG_SUFFIXES_BY_FIRST.get(context[at] as string) ?? []) {
      if (at < from - suffix.length + 1 || !context.startsWith(suffix, at)) continue;
      if (
        NOT_NAME_BEFORE[suffix]?.test(context.slice(0, at)) ||
        NOT_NAME_AFTER[suffix]?.test(context.slice(at + suffix.length))
      )
        continue;
      const stem = context.slice(Math.max(0, at - 2), at);
      if (hanRun(stem, 2, 2) && !NOT_STEM.test(stem[1] as string) && stem[0] !== stem[1])
        return true;
    }
  }
  return false;
}

/** Characters too common as function words to be a name by themselves. */
export const FUNCTION_CHARS = /^[的地得了和与及在是等着过也就而并或把被对向从]*$/;

/**
 * Longest quoted term taken for a brand or project name (“品位锦江”, “中和·蜂巢”); longer quotes
 * are slogans or speech (“管行业也要管党建”).
 */
export const QUOTED_NAME_MAX = 6;

/** Longest title of a work (code points inside 《》) taken as one name. */
export const WORK_TITLE_MAX = 40;

/** True when the reading lies inside a pair of brackets (《…》, “…”) holding at most `maxInside` characters. */
export function insideBrackets(
  before: string,
  text: string,
  after: string,
  open: string,
  close: string,
  maxInside: number,
): boolean {
  const o = before.lastIndexOf(open);
  if (o < 0 || before.indexOf(close, o) >= 0) return false;
  const c = after.indexOf(close);
  if (c < 0 || after.slice(0, c).includes(open)) return false;
  return before.length - o - 1 + text.length + c <= maxInside;
}

/** Up to two Han characters at the end. */
const HAN_BEFORE = hanRegExp(String.raw`[${HAN}]{0,2}$`);

/** Up to two Han characters at the start. */
const HAN_AFTER = hanRegExp(String.raw`^[${HAN}]{0,2}`);

/**
 * True when a short word containing the reading (2 to 4 characters) occurs elsewhere in the story
 * where its own context marks it a name: after a person's title or before a place or
 * organisation suffix. A reprint that garbles the second mention of 李肖娜 (李肖娜告诉记者) is
 * judged by the first (党委书记李肖娜).
 */
export function namedElsewhere(
  text: string,
  before: string,
  after: string,
  story: StoryContext,
): boolean {
  if (!hanRun(text, 1, 3)) return false;
  const lead = HAN_BEFORE.exec(before)?.[0] ?? '';
  const tail = HAN_AFTER.exec(after)?.[0] ?? '';
  // A name the story prints again right after the reading, never with it: words reaching into it
  // are no evidence (假[期]南营巷, where 南营巷 recurs alone).
  const outside = [3, 4].some(
    (n) => after.length >= n && startsAfter(text, after.slice(0, n), story),
  );
  for (let a = 0; a <= lead.length; a++) {
    for (let b = 0; b <= (outside ? 0 : tail.length); b++) {
      const word = lead.slice(lead.length - a) + text + tail.slice(0, b);
      if (word.length < 2 || word.length > 4) continue;
      // Sites of one story ask about the same words again and again; scan the story once per word.
      const named = story.remember(`named:${word}`, () => namedMentions(word, story));
      // Only the other mentions count: the site's own words (定期 before 进村) are what is asked.
      if (named.some((at) => !ownMention(story.text, at + a, text, before, after))) return true;
    }
  }
  return false;
}

/** Characters of context on each side that tell the site's own mention from the story's others. */
const OWN_CONTEXT = 8;

/**
 * True when the story text at `start` is the reading itself: the reading's text with its own
 * neighbours on both sides (line breaks aside: the story sets its paragraphs on lines). A name
 * printed again elsewhere has other neighbours.
 */
function ownMention(
  story: string,
  start: number,
  text: string,
  before: string,
  after: string,
): boolean {
  const flat = (s: string): string => s.replace(/\n/g, '');
  const end = start + text.length;
  const left = flat(before).slice(-OWN_CONTEXT);
  const right = flat(after).slice(0, OWN_CONTEXT);
  return (
    story.startsWith(text, start) &&
    flat(story.slice(Math.max(0, start - 2 * OWN_CONTEXT), start)).endsWith(left) &&
    flat(story.slice(end, end + 2 * OWN_CONTEXT)).startsWith(right)
  );
}

/**
 * Where the story prints `word` in a place that marks it a name: after a person's title, before a
 * verb of saying, or before a place or organisation suffix.
 */
function namedMentions(word: string, context: StoryContext): readonly number[] {
  const story = context.text;
  const named: number[] = [];
  for (const at of context.occurrences(word)) {
    const left = story.slice(Math.max(0, at - 6), at);
    const right = story.slice(at + word.length, at + word.length + 4);
    if (
      PERSON_TITLE.test(left) &&
      SURNAMES.has(word[0] as string) &&
      !/^[会团处站长]/.test(word) &&
      !ordinaryWordAt(context, at)
    )
      named.push(at);
    else if (
      SURNAMES.has(word[0] as string) &&
      word.length <= 3 &&
      !endsWithHan(left) &&
      SAYING.test(right)
    )
      named.push(at);
    else if (!FUNCTION_CHARS.test(word) && stemOfSuffix(word, left, right)) named.push(at);
  }
  return named;
}

/** True when a place or organisation suffix follows `word` at once and makes it a name (鼓楼 + 区). */
function stemOfSuffix(word: string, left: string, right: string): boolean {
  if (NOT_STEM.test(word[word.length - 1] as string)) return false;
  return STEM_SUFFIXES.some((suffix) => {
    if (!right.startsWith(suffix)) return false;
    return (
      !NOT_NAME_BEFORE[suffix]?.test(left + word) &&
      !NOT_NAME_AFTER[suffix]?.test(right.slice(suffix.length))
    );
  });
}
