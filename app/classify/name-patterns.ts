/**
 * Proper-noun spans found from the words around a reading: province and major city names, a city
 * named right after its province (安徽阜阳), the names of a byline (（记者方卓然许静怡）), an
 * organisation named after its place (市北区文化和旅游局) and numbered events. Each rule
 * answers whether reading [from, to) of `context` lies in such a span. (A dateline's place, a
 * foreign place after its country and a national body are left to the segmenter's tags, same-sound
 * evidence and the gazetteer, the organisation a titled person belongs to (南营社区党委书记) to the
 * place suffix: rows of their own decided nothing those did not.)
 */
import { HAN, hanRegExp, hanRun } from '../lexicon/characters';
import { AGENCIES, alternation, BYLINE_CLOSES, BYLINE_ROLES } from '../lexicon/newsroom';
import { ORGANISATION_HEADS } from '../lexicon/place-suffixes';

/**
 * Province-level divisions, without their 省/市/自治区 suffix. A public fact list, not story
 * material: a changed character inside one of these is a name whatever the story is.
 */
const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
];

/**
 * Provincial capitals and other large cities. Cities whose names are also common words (大同,
 * 安康, 来宾, 长治) are left out: a wording change inside 长治久安 must stay wording.
 */
const CITIES = [
  '石家庄',
  '太原',
  '沈阳',
  '长春',
  '哈尔滨',
  '南京',
  '杭州',
  '合肥',
  '福州',
  '南昌',
  '济南',
  '郑州',
  '武汉',
  '长沙',
  '广州',
  '海口',
  '成都',
  '贵阳',
  '昆明',
  '西安',
  '兰州',
  '西宁',
  '呼和浩特',
  '南宁',
  '拉萨',
  '银川',
  '乌鲁木齐',
  '深圳',
  '厦门',
  '宁波',
  '青岛',
  '苏州',
  '无锡',
  '温州',
  '佛山',
  '东莞',
  '珠海',
  '汕头',
  '泉州',
  '徐州',
  '洛阳',
  '烟台',
  '唐山',
  '邯郸',
  '桂林',
  '三亚',
  '绍兴',
  '嘉兴',
  '扬州',
  '常州',
];

/**
 * Ordinary words a city name hides in, by the character before it: 复合肥 (compound fertiliser)
 * holds 合肥. Cities hidden in common phrases (确保定期 holds 保定; 出海口, 指南通) are left out of
 * CITIES instead.
 */
const NOT_PLACE_BEFORE: Readonly<Record<string, RegExp>> = { 合肥: /复$/, 法国: /[违宪立执守依]$/ };

/**
 * World regions and the unions named after them (东盟, 欧盟): names in their own right, often
 * abbreviated in one reprint and spelled out in another.
 */
const REGIONS = [
  '东盟',
  '欧盟',
  '非盟',
  '东南亚',
  '东北亚',
  '东亚',
  '南亚',
  '中亚',
  '西亚',
  '北美',
  '南美',
  '拉美',
  '中东',
  '东欧',
  '西欧',
  '北欧',
  '南欧',
  '亚洲',
  '欧洲',
  '非洲',
  '美洲',
  '大洋洲',
  '亚太',
  '加勒比',
];

/**
 * Countries, in their usual short Chinese names. A public fact list: 韩国队 / 日本队 is a name flag
 * whatever the story.
 */
const COUNTRIES = [
  '中国',
  '美国',
  '英国',
  '法国',
  '德国',
  '俄罗斯',
  '日本',
  '韩国',
  '朝鲜',
  '印度',
  '巴西',
  '加拿大',
  '澳大利亚',
  '意大利',
  '西班牙',
  '葡萄牙',
  '荷兰',
  '比利时',
  '瑞士',
  '瑞典',
  '挪威',
  '芬兰',
  '丹麦',
  '波兰',
  '乌克兰',
  '土耳其',
  '伊朗',
  '伊拉克',
  '以色列',
  '埃及',
  '沙特',
  '南非',
  '尼日利亚',
  '肯尼亚',
  '埃塞俄比亚',
  '阿根廷',
  '墨西哥',
  '智利',
  '秘鲁',
  '哥伦比亚',
  '委内瑞拉',
  '古巴',
  '越南',
  '老挝',
  '柬埔寨',
  '泰国',
  '缅甸',
  '马来西亚',
  '新加坡',
  '印度尼西亚',
  '菲律宾',
  '巴基斯坦',
  '孟加拉国',
  '哈萨克斯坦',
  '乌兹别克斯坦',
  '蒙古国',
  '新西兰',
  '奥地利',
  '匈牙利',
  '捷克',
  '希腊',
  '塞尔维亚',
  '阿联酋',
  '卡塔尔',
  '叙利亚',
  '黎巴嫩',
];

/** Names a region word may hide in: 中东部 is the middle and east of a province, not the Middle East. */
const NOT_PLACE_AFTER: Readonly<Record<string, RegExp>> = { 中东: /^部/ };

/** Every place name of the lists above (for rules that need a place before a name: 山东泰山队). */
export const GAZETTEER: readonly string[] = [...PROVINCES, ...CITIES, ...REGIONS, ...COUNTRIES];

/** True when the span [at, at + length) overlaps [from, to); an empty reading must sit strictly inside it. */
export function overlaps(at: number, length: number, from: number, to: number): boolean {
  // An empty reading (a dropped character) lies in a span when it sits strictly inside it.
  return from === to ? at < from && from < at + length : at < to && from < at + length;
}

/**
 * GAZETTEER's names by their first code unit, so that a reading looks up the few names that can
 * start at each place near it instead of searching its context for all 174 (issue 15: that search
 * was most of a name rule's time on a day's pages).
 */
const GAZETTEER_BY_FIRST = new Map<string, string[]>();
for (const name of GAZETTEER) {
  const first = name[0] as string;
  const names = GAZETTEER_BY_FIRST.get(first);
  if (names) names.push(name);
  else GAZETTEER_BY_FIRST.set(first, [name]);
}
const LONGEST_PLACE = Math.max(...GAZETTEER.map((name) => name.length));

/** True when [from, to) overlaps a gazetteer name, or the two characters that follow a province. */
export function inGazetteerName(context: string, from: number, to: number): boolean {
  // Every place a name could start and still reach the reading: from its length before `from`.
  const end = Math.min(context.length, Math.max(to, from + 1));
  for (let at = Math.max(0, from - LONGEST_PLACE); at < end; at++) {
    for (const name of GAZETTEER_BY_FIRST.get(context[at] as string) ?? []) {
      if (at < from - name.length || !context.startsWith(name, at)) continue;
      // 黄河北岸, 洞庭湖南岸, 太行山西麓: a river, lake or mountain and a side of it.
      const side = /[东西南北]$/.test(name) && /^[岸麓侧坡]/.test(context.slice(at + name.length));
      const hidden =
        NOT_PLACE_BEFORE[name]?.test(context.slice(0, at)) ||
        NOT_PLACE_AFTER[name]?.test(context.slice(at + name.length));
      if (overlaps(at, name.length, from, to) && !hidden && !side) return true;
    }
  }
  for (const province of PROVINCES) {
    for (
      let at = context.indexOf(province, Math.max(0, from - province.length - 3));
      at >= 0 && at < from;
      at = context.indexOf(province, at + 1)
    ) {
      // 安徽阜阳，/ 河南周口人: two characters after a province, then a pause or a place suffix,
      // are a city of that province (a county-level or prefecture-level name).
      const city = at + province.length + (context[at + province.length] === '省' ? 1 : 0);
      const word = context.slice(city, city + 2);
      if (!hanRun(word, 2, 2) || /[省市县区的人]/.test(word)) continue;
      if (!/^(?:[，。、；：！？）”\s]|[市县区人]|$)/.test(context.slice(city + 2, city + 3)))
        continue;
      if (overlaps(city, 2, from, to)) return true;
    }
  }
  return false;
}

/**
 * Longest run of names in a byline after its role word: four names of three characters. A longer
 * run is a sentence that happens to start with 记者 (记者3月5日从住房和城乡建设部获悉).
 */
const BYLINE_NAMES = 12;

/** A byline's role word and the names after it, to the reading (记者方卓然…). */
const BYLINE_LEAD = hanRegExp(`(?:${alternation(BYLINE_ROLES)})([${HAN}]*)$`);

/** The same after an opening bracket and an agency: a byline by its form ((记者单雨桐)). */
const BRACKETED_LEAD = hanRegExp(
  `（(?:${alternation(AGENCIES)}|特约)?(?:${alternation(BYLINE_ROLES)})[${HAN}]*$`,
);

/** Han characters up to the end of a credit. */
const NAME_THEN_END = hanRegExp(String.raw`^([${HAN}]*?)(）|$|${alternation(BYLINE_CLOSES)})`);

/** True when the reading lies among the names of a byline: (记者 方卓然 许静怡) or 新华社记者 张远航. */
export function inByline(
  before: string,
  text: string,
  after: string,
  surnames: ReadonlySet<string>,
): boolean {
  if (!hanRun(text, 0)) return false;
  const lead = BYLINE_LEAD.exec(before);
  if (!lead) return false;
  // The names end at the bracket, the line's end, or a byline verb (记者 戚文静 通讯员 邝志远 报道).
  const tail = NAME_THEN_END.exec(after);
  if (!tail) return false;
  const names = (lead[1] as string).length + text.length + (tail[1] as string).length;
  // A byline line's run starts with a person's surname (记者及时赶到 ends a paragraph too); one in
  // brackets ((记者单雨桐)) is a byline by its form.
  const bracketed = tail[2] === '）' && BRACKETED_LEAD.test(before);
  if (!bracketed && !surnames.has(((lead[1] as string) + text + (tail[1] as string))[0] ?? ''))
    return false;
  return names >= 2 && names <= BYLINE_NAMES;
}

/** Heads of government bodies and institutions that close an organisation's name. */
const ORGANISATION_HEAD = new RegExp(`^(?:${alternation(ORGANISATION_HEADS)})`);

/** Longest run (code units) between a place and the head of its organisation (文化和旅游, 农业农村). */
const ORGANISATION_RUN = 8;

/**
 * True when the reading lies in an organisation named after its place: a place suffix (区, 县,
 * 市, 省), then a run without punctuation or particles, then a head (局, 委员会, 中心):
 * 市北区文化和旅游局, 安徽省农业农村厅. The place must have a name before its suffix (not 全区).
 */
export function inPlaceOrganisation(context: string, from: number, to: number): boolean {
  for (let p = Math.max(0, from - ORGANISATION_RUN - 1); p < from; p++) {
    if (!/[省市县区州]/.test(context[p] as string)) continue;
    if (
      !hanRun(context[p - 1] ?? '', 1, 1) ||
      /[全本我该各每此这那其某多两一二三四五六七八九十几]/.test(context[p - 1] as string)
    )
      continue;
    for (let q = Math.max(to, p + 2); q <= p + 1 + ORGANISATION_RUN && q < context.length; q++) {
      const run = context.slice(p + 1, q);
      if (!hanRun(run) || /[的了在是把被对从向]/.test(run)) break;
      if (ORGANISATION_HEAD.test(context.slice(q))) return true;
    }
  }
  return false;
}

/**
 * A numbered event: 第九届亚洲冬季运动会, 第十五届全运会, 第二十届投洽会. The ordinal, then a short
 * run without punctuation or particles, then the kind of event; its name is a proper noun.
 */
const EVENT =
  /第[零〇一二两三四五六七八九十百\d]{1,4}届[^\s\p{P}的了在是和与及等将把被对从向]{2,10}?(?:运动会|博览会|交易会|洽谈会|艺术节|电影节|大会|峰会|论坛|会|节|赛|展)/gu;

/** True when [from, to) lies in the name of a numbered event. */
export function inEventName(context: string, from: number, to: number): boolean {
  for (const m of context.matchAll(EVENT)) {
    const at = m.index ?? 0;
    // The ordinal is no part of the name that can be misprinted as a name (第九 / 第十 is a number).
    const name = at + m[0].indexOf('届') + 1;
    if (overlaps(name, at + m[0].length - name, from, to)) return true;
  }
  return false;
}
