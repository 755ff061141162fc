/**
 * Proper nouns recognised by the shape of the words around them rather than by a title or a
 * suffix list: numbered and named craft and ships (X九号, 天和核心舱), stations on a line, clubs
 * named after their city, international bodies, the long names of firms and cooperatives,
 * and projects and parks between their place and their head. Each rule answers whether reading
 * [from, to) of `context` lies in such a name.
 */
import { HAN, hanRegExp, hanRun, isHan } from '../lexicon/characters';
import { alternation } from '../lexicon/newsroom';
import { FIRM_HEADS } from '../lexicon/place-suffixes';
import { overlaps } from './name-patterns';

/**
 * Two characters, then a numeral and 号: a numbered craft, vessel, rocket or line (神舟二十号,
 * 长征五号, 雪龙2号, 地铁2号线). The two characters are its name. A stem ending in an ordinal or a
 * function character is a date or an ordinal (11月5号, 今年第18号台风, 住在三号楼).
 */
const NUMBERED_CRAFT = hanRegExp(
  String.raw`([${HAN}]{2})((?:[零〇一二两三四五六七八九十]{1,3}|\d{1,3})号.{0,4})`,
  'g',
);
const NOT_CRAFT_STEM =
  /[第月年日编型几多每该本此这那的是在为到住于个其]$|^(?:按照|根据|依据|落实|执行|印发|发布|出台|下发|关于)$/;

/** What follows 号 in a document, an address or a bed number (1号文件, 3号楼): no craft. */
const NOT_CRAFT_AFTER = /^号(?:文件|令|公告|通知|楼|院|房|床|门|窗口|台风)/;

/** True when [from, to) lies in the name of a numbered craft or line. */
export function inNumberedCraft(context: string, from: number, to: number): boolean {
  for (const m of context.matchAll(NUMBERED_CRAFT)) {
    const stem = m[1] as string;
    const numbered = (m[2] as string).replace(/^[^号]+/, '');
    if (NOT_CRAFT_STEM.test(stem) || NOT_CRAFT_AFTER.test(numbered)) continue;
    if (overlaps(m.index ?? 0, stem.length, from, to)) return true;
  }
  return false;
}

/** Words that show a sentence is about a line of transport, so that X站 is a station's name. */
const TRANSIT = /地铁|号线|列车|高铁|动车|火车|轨道交通|车次|公交|城轨/;

/**
 * The two or three characters before 站 in a sentence about a line (西直门站, 成都东站), from
 * after a preposition (在西直门站). Stems that make 站 a kind of station, not its name, are left
 * out (车站, 驿站, 加油站, 地铁站, 终点站).
 */
const STATION = hanRegExp(String.raw`([${HAN}]{2,3})站`, 'g');
const NOT_STATION_STEM = /[车驿务油电作象测查费交铁轨乘点发首本该网每各一个的在到和与空]$/;

/** True when [from, to) lies in the name of a station, in a sentence about a transport line. */
export function inStationName(
  context: string,
  from: number,
  to: number,
  places: readonly string[] = [],
): boolean {
  if (!TRANSIT.test(context)) return false;
  for (const m of context.matchAll(STATION)) {
    const whole = m[1] as string;
    // 站台, 站点, 站长: a platform, a stop or a post, not the station's name.
    if (/^站[台点长岗]/.test(context.slice((m.index ?? 0) + whole.length))) continue;
    // A station named after its city alone (百年广州站, 得知广州站): the name is the city.
    const city = places.find((place) => place.length === 2 && whole.endsWith(place));
    const stem = city ?? (/^[在到从的至经由和与及往向去于]/.test(whole) ? whole.slice(1) : whole);
    if (stem.length < 2 || NOT_STATION_STEM.test(stem)) continue;
    if (overlaps((m.index ?? 0) + whole.length - stem.length, stem.length, from, to)) return true;
  }
  return false;
}

/** A team or club name after a place. */
const TEAM_NAME = hanRegExp(String.raw`^([${HAN}]{2,4}?)(?:队|俱乐部)`);

/**
 * A club or team named after its province or city (山东泰山队, 上海海港队, 北京国安俱乐部): the
 * two to four characters between the place and 队 / 俱乐部 are the club's name.
 */
export function inClubName(
  context: string,
  from: number,
  to: number,
  places: readonly string[],
): boolean {
  // Most contexts hold no team at all: look for the place only when 队 or 俱乐部 is there.
  if (!/队|俱乐部/.test(context)) return false;
  for (const place of places) {
    for (let at = context.indexOf(place); at >= 0; at = context.indexOf(place, at + 1)) {
      const m = TEAM_NAME.exec(context.slice(at + place.length));
      const name = m?.[1];
      // 上海市队, 北京代表队: a place's own team, no club name between (市, 省, 代表).
      if (!name || /^[省市县区]|代表|的/.test(name)) continue;
      if (overlaps(at + place.length, name.length, from, to)) return true;
    }
  }
  return false;
}

/**
 * An international body: 联合国教科文组织, 世界卫生组织, 国际货币基金组织, 联合国难民署. The
 * prefix, a short run without punctuation or particles, then the kind of body.
 */
const INTERNATIONAL_BODY =
  /(?:联合国|国际|世界)([^\s\p{P}的了在是和与及将把被对从向]{1,6}?)(?:组织|基金会|署|委员会|理事会|联合会|银行|法院)/gu;

/** True when [from, to) lies in the name of an international body. */
export function inInternationalBody(context: string, from: number, to: number): boolean {
  for (const m of context.matchAll(INTERNATIONAL_BODY)) {
    if (overlaps(m.index ?? 0, m[0].length, from, to)) return true;
  }
  return false;
}

/**
 * Heads that end the long registered name of a firm or cooperative; the name before them runs to
 * several words (绿源蔬菜种植专业合作社, 某某科技股份有限公司), all of them part of the name.
 */
const LONG_ORGANISATION_HEAD = new RegExp(`^(?:${alternation(FIRM_HEADS)})`);

/**
 * Longest run (code points) of a registered name before its head. Longer runs are a sentence that
 * leads up to the name (村里今年成立了…合作社) rather than the name.
 */
const LONG_NAME_RUN = 8;

/**
 * True when [from, to) lies in the run before a registered firm's or cooperative's head, the run
 * stopping at punctuation, a particle or a verb that introduces the name (成立, 组建, 由).
 */
export function inRegisteredName(context: string, from: number, to: number): boolean {
  for (let q = Math.max(to, from + 1); q <= to + LONG_NAME_RUN && q < context.length; q++) {
    if (!LONG_ORGANISATION_HEAD.test(context.slice(q))) continue;
    let p = q;
    while (
      p > 0 &&
      q - p < LONG_NAME_RUN &&
      isHan(context[p - 1] as string) &&
      !/[的了在是和与及由把被对从向等为]/.test(context[p - 1] as string)
    )
      p -= 1;
    const run = context.slice(p, q);
    // 成立 or 组建 just before the name introduces it: the name starts after the verb.
    const verb = afterFoundingVerb(run);
    // 多家有限公司, 一些合作社: a count of firms, not a firm's name.
    if (/[家个些类种所批]$/.test(run)) continue;
    if (q - (p + verb) >= 2 && overlaps(p + verb, q - p - verb, from, to)) return true;
  }
  return false;
}

/** Places by length, for a quick look at the end of a text (every place is two to five characters). */
let placeSets:
  | { readonly of: readonly string[]; readonly sets: ReadonlyMap<number, ReadonlySet<string>> }
  | undefined;

/** True when `text` ends with one of `places`. */
function endsWithPlace(text: string, places: readonly string[]): boolean {
  if (placeSets?.of !== places) {
    const sets = new Map<number, Set<string>>();
    for (const place of places) {
      const set = sets.get(place.length) ?? new Set<string>();
      set.add(place);
      sets.set(place.length, set);
    }
    placeSets = { of: places, sets };
  }
  for (const [length, set] of placeSets.sets)
    if (text.length >= length && set.has(text.slice(-length))) return true;
  return false;
}

/** A verb that founds or joins a body (成立, 组建, 加入…): a name after it is introduced, not begun. */
export const FOUNDING_VERB = /成立|组建|创办|建立|注册|加入|牵头/;

const FOUNDING_VERBS = new RegExp(FOUNDING_VERB.source, 'g');

/** Where the last founding verb in `run` ends (0 for none): a name in the run starts there. */
function afterFoundingVerb(run: string): number {
  let end = 0;
  for (const m of run.matchAll(FOUNDING_VERBS)) end = m.index + m[0].length;
  return end;
}

/**
 * Heads of a named work of engineering (三峡水利枢纽, 小浪底水库, 港珠澳大桥, 某某工程) and of a
 * named park or reserve (净月潭国家森林公园, 某某自然保护区).
 */
const PROJECT_HEAD = /枢纽|水库|水电站|大坝|机场|大桥|隧道|工程|公园|保护区|风景区/;

/** A project's head starts `text`. */
const opensWithProjectHead = (text: string): boolean => PROJECT_HEAD.exec(text)?.index === 0;

/** A park's or reserve's head, whose name runs longer: a run of two (城市公园) is a kind, not a name. */
const PARK_HEAD = /^(?:公园|保护区|风景区)/;

/** Longest run (code points) between a place and the head of its project. */
const PROJECT_RUN = 8;

/**
 * Verbs that lead up to a project rather than belong to its name (广东实施…工程, 加快建设…工程):
 * a run holding one is a sentence.
 */
const PROJECT_VERB =
  /实施|推进|开展|启动|加快|加速|加大|抓紧|完成|推动|打造|建设|建成|新建|修建|兴建|改建|扩建|续建|开工|投资|投入|参与|参加|承担|负责|组织|规划/;

/** A river or lake named by one or two characters before 江 / 河 / 湖 (长江, 淮河, 洱海 aside). */
const WATER = hanRegExp(String.raw`[${HAN}][江河湖]$`);

/** Characters before 江 / 河 that make a crossing, a bank or a size of it (沿江, 跨河, 大湖). */
const NOT_WATER_STEM = /[大小条这那一两过渡跨沿横入出临滨望的在护运冰山]$/;

/**
 * True when [from, to) lies in the run between a place and the head of a named project: a
 * province, city or region of the gazetteer, or a river (长江三峡水利枢纽工程, 黄河小浪底水利枢纽).
 */
export function inPlaceProject(
  context: string,
  from: number,
  to: number,
  places: readonly string[],
): boolean {
  if (!PROJECT_HEAD.test(context.slice(to))) return false;
  for (let p = Math.max(0, from - PROJECT_RUN); p <= from; p++) {
    const head = context.slice(0, p);
    const water = WATER.test(head) && !NOT_WATER_STEM.test(head.slice(0, -1));
    if (!water && !endsWithPlace(head, places)) continue;
    for (let q = Math.max(to, p + 2); q <= p + PROJECT_RUN && q < context.length; q++) {
      const run = context.slice(p, q);
      // 广州这一华南交通枢纽: a determiner makes the run a description, no name.
      if (
        !hanRun(run) ||
        /[的了在是把被对从向和与及这那该此其各每本]/.test(run) ||
        PROJECT_VERB.test(run)
      )
        break;
      const kindOnly =
        PARK_HEAD.test(context.slice(q)) && run.replace(/^[省市县区]/, '').length < 3;
      if (opensWithProjectHead(context.slice(q)) && !kindOnly && overlaps(p, q - p, from, to))
        return true;
    }
  }
  return false;
}

/**
 * Two characters before the kind of a named craft or ship: 天和核心舱, 梦天实验舱, 天问探测器,
 * 辽宁舰. Stems that say what kind it is (驱逐舰, 货运飞船's 货运) or which one (该, 这艘) are no name.
 */
const NAMED_CRAFT = hanRegExp(
  String.raw`([${HAN}]{2})(?=核心舱|实验舱|探测器|望远镜|舰(?![队艇长船载]))`,
  'g',
);
const GENERIC_CRAFT =
  /^(?:驱逐|护卫|登陆|两栖|导弹|航母|航空|母舰|潜艇|巡洋|战列|科考|综合|补给|训练|医院|月球|火星|太空|空间|巡天|深空|射电|光学|天文|大型|小型|新型|该|这|那|一艘|两艘|多艘|各|我|敌|军|旗|战|舰)/;

/** True when [from, to) lies in the two-character name before the kind of a craft or ship. */
export function inNamedCraft(context: string, from: number, to: number): boolean {
  for (const m of context.matchAll(NAMED_CRAFT)) {
    const stem = m[1] as string;
    if (GENERIC_CRAFT.test(stem) || /[的了在是和与及等个艘座]$/.test(stem)) continue;
    if (overlaps(m.index ?? 0, 2, from, to)) return true;
  }
  return false;
}
