/**
 * Proper-noun evidence for one reading in its context, as rows: each says what kind of name the
 * reading lies in (a title of a work, a person after a title, a place before its suffix, a name
 * the story prints again…). rules-name.ts turns each row into a site rule over the readings that
 * may vouch for a name; `nameEvidence` runs them all for a word an insertion joins.
 */
import { hanRun } from '../lexicon/characters';
import type { StoryContext } from './context';
import { englishNameEvidence } from './english-names';
import { inTransliteratedName, transliteratedPrefix } from './foreign-names';
import { GAZETTEER, inAffiliation, inByline, inEventName, inGazetteerName, inPlaceOrganisation } from './name-patterns';
import { inClubName, inInternationalBody, inNamedCraft, inNumberedCraft, inPlaceProject, inRegisteredName, inStationName } from './named-things';
import { beforeSuffix, FUNCTION_CHARS, insideBrackets, namedElsewhere, QUOTED_NAME_MAX, WORK_TITLE_MAX, type ReadingInContext } from './names';
import { beforeDoing, beforeSaying, beforeTitle, inListOfPersons, inTitledList, NAME_REACH, PERSON_TITLE, recurringSubject, SURNAME_LED_WORD, SURNAMES } from './person-names';
import { precedenceOf } from './precedence';
import type { Example, WhyParams, WhyText } from './rule';

/** A test of one reading: true or words for the explanation when it lies in a name. */
export type ReadingTest = (reading: ReadingInContext, story: StoryContext) => boolean | WhyParams;

/** One row of name evidence over a reading. */
export interface ReadingRule {
  readonly id: string;
  /**
   * Only for a reading with content: not empty and not function characters alone (的, 和), which
   * belong to a name only through `name.function-char`.
   */
  readonly content: boolean;
  readonly test: ReadingTest;
  readonly why: WhyText;
  readonly examples: { readonly positive: readonly Example[]; readonly negative: readonly Example[] };
}

/** A test of the reading's place in its context string (before + text + after). */
const inSpan =
  (test: (context: string, from: number, to: number) => boolean): ReadingTest =>
  (r) =>
    test(r.before + r.text + r.after, r.before.length, r.before.length + r.text.length);

/**
 * Transliteration characters after a title that make a foreign name (总统马克龙 starts with a
 * surname anyway; 秘书长古特雷斯 does not). Two would take 居民多达 for a name.
 */
const FOREIGN_AFTER_TITLE = 3;

/**
 * Two or three characters, then what a person named after a title does (出席, 表示, 介绍). Not
 * when they open with a numeral, a quantifier, an adverb or a preposition (领导人一致认为, 代表们纷纷
 * 表示, 张女士对记者说).
 */
const PERSON_ACTS = /^(?![一二三四五六七八九十两各都也还就均共纷已正将要该这那其不又再对向跟和与给为被把从在])[\u4e00-\u9fff]{2,3}(?:说|表示|介绍|告诉|指出|强调|认为|出席|参加|主持|会见|发表|接受|带领|率领|率团|宣布|透露)/;

/** A person right after a title or role noun (党委书记李肖娜, 秘书长古特雷斯, 教授祝世宁出席). */
function afterTitle(r: ReadingInContext): boolean {
  const { text, before, after } = r;
  for (let back = 0; back <= NAME_REACH; back++) {
    if (back > before.length) break;
    const head = before.slice(0, before.length - back);
    const between = before.slice(before.length - back);
    if (!hanRun(between, 0)) break;
    // 委员会, 代表团, 记者站: the title word is part of a longer noun, not followed by a name.
    const continuesTitle = /^[会团处站长]/.test(between + text);
    const rest = between + text + after;
    const startsName = SURNAMES.has(rest[0] ?? '') || transliteratedPrefix(rest) >= FOREIGN_AFTER_TITLE || PERSON_ACTS.test(rest);
    if (PERSON_TITLE.test(head) && back + text.length <= 4 && !continuesTitle && startsName && !SURNAME_LED_WORD.test(rest)) return true;
  }
  return false;
}

/** A short quoted term (“品位锦江”); one quoted character is emphasis (让文物“活”起来). */
function quotedName(r: ReadingInContext): boolean {
  const { text, before, after } = r;
  const quoted = (open: string, close: string): boolean =>
    insideBrackets(before, text, after, open, close, QUOTED_NAME_MAX) && !FUNCTION_CHARS.test(text) && !(before.endsWith(open) && after.startsWith(close) && [...text].length <= 1);
  return quoted('“', '”') || quoted('‘', '’');
}

const why = (en: string, zh: string): WhyText => ({ en, 'zh-CN': zh });
const row = (id: string, content: boolean, test: ReadingTest, text: WhyText, positive: readonly Example[], negative: readonly Example[]): ReadingRule => ({
  id,
  content,
  test,
  why: text,
  examples: { positive, negative },
});

/** Every reading row, in no particular order (precedence.ts orders them). */
export const READING_RULES: readonly ReadingRule[] = [
  row('name.in-work-title', false, (r) => insideBrackets(r.before, r.text, r.after, '《', '》', WORK_TITLE_MAX), why('{a} is in the title of a work (《…》)', '{a}在作品名（《》）中'), [['读《春江[花]月夜》', '读《春江[花]月夜》', '读春江[化]月夜》']], [['解决[困难]和', '解决[问题]和']]),
  row('name.quoted', false, quotedName, why('{a} is in a short quoted name (a brand or project)', '{a}在引号内的简短名称（品牌或项目名）中'), [['打造“品位[锦]江”品牌', '打造“品位[金]江”品牌'], ['推广新品种‘[豫]麦35’抗旱', '推广新品种‘[文]麦35’抗旱']], [['数字化让文物“[活]”起来', '数字化让文物“[动]”起来']]),
  row('name.english', false, (r, story) => {
    const detail = englishNameEvidence(r.text, r.before, r.after, story);
    return detail ? { detail } : false;
  }, why('{a}: English proper noun ({detail})', '{a}：英文专有名词（{detail}）'), [['met [Smith] today', 'met [Smyth] today'], ['the bill. Gov. [Newsom] signed it', 'the bill. Gov. [Newson] signed it']], [['on Saturday. [About] 2,300 people came', 'on Saturday. [Some] 2,300 people came']]),
  row('name.transliteration-dot', false, (r) => /[\u4e00-\u9fff]·|·[\u4e00-\u9fff]/.test(r.before.slice(-3) + r.text + r.after.slice(0, 3)), why('{a} is in a name written with a transliteration dot (·)', '{a}在带间隔号（·）的译名中'), [['阿卜杜[勒]·克里木说', '阿卜杜[拉]·克里木说']], [['解决[困难]和', '解决[问题]和']]),
  row('name.function-char', false, (r) => FUNCTION_CHARS.test(r.text) && r.text.length > 0 && /^[和与及向对从地等]+$/.test(r.text) && beforeSuffix(r.text, r.before, r.after, 1), why('{a} opens a place or organisation name before its suffix', '{a}是地名或机构名的首字'), [['拱墅区[和]睦街道的驿站', '拱墅区[]睦街道的驿站']], [['临平区[的]东港码头', '临平区[]东港码头']]),
  row('name.person-after-title', true, afterTitle, why('{a} is a person named after a title or role', '{a}是职务或身份之后的人名'), [['社区党委书记[李]肖娜说', '社区党委书记[]肖娜说'], ['联合国秘书长古[特]雷斯当天表示', '联合国秘书长古[铁]雷斯当天表示']], [['记者[及时]赶到现场', '记者[尽快]赶到现场']]),
  row('name.titled-list', true, (r) => inTitledList(r.before, r.text, r.after), why('{a} is a later name in a list after a title', '{a}是职务后所列人名之一'), [['记者王立、张明、刘[海]洋报道', '记者王立、张明、刘[梅]洋报道']], [['记者王立、张明等[三]人赶到', '记者王立、张明等[五]人赶到']]),
  row('name.persons-list', true, (r) => inListOfPersons(r.before, r.text, r.after), why('{a} is a name in a list closed by 等人', '{a}是“等人”前所列人名之一'), [['获奖者张海峰、李秀兰、王德[明]等人上台', '获奖者张海峰、李秀兰、王德[民]等人上台']], [['邀请高校、[企业]、协会等人员参加', '邀请高校、[厂矿]、协会等人员参加']]),
  row('name.before-saying', true, (r) => beforeSaying(r.before, r.text, r.after), why('{a} is a person who speaks (before 说, 表示, 介绍…)', '{a}是说话人（后接“说”“表示”“介绍”等）'), [['。据蔡[文]涛介绍，今年', '。据蔡[明]涛介绍，今年']], [['他说[韩立新说。]她的徒弟', '他说[]她的徒弟']]),
  row('name.before-feat', true, (r) => beforeDoing(r.before, r.text, r.after), why('{a} is a person who achieves something (before 夺得, 获得…)', '{a}是动作主体人名（后接“夺得”“获得”等）'), [['决赛中，潘展[乐]以46秒40夺冠', '决赛中，潘展[东]以46秒40夺冠']], [['去年，[高校]获得专项资金', '去年，[院校]获得专项资金']]),
  row('name.before-title', true, (r) => beforeTitle(r.before, r.text, r.after), why('{a} is a person before a title (先生, 教授, 师傅…)', '{a}是称谓（先生、教授、师傅等）前的人名'), [['前来帮忙的孙[立]新师傅说', '前来帮忙的孙[力]新师傅说']], [['解决[困难]和', '解决[问题]和']]),
  row('name.byline', true, (r) => inByline(r.before, r.text, r.after, SURNAMES), why('{a} is a name in a byline', '{a}是署名中的人名'), [['（记者钱文博何嘉[怡]）今天上午', '（记者钱文博何嘉[建]）今天上午']], [['解决[困难]和', '解决[问题]和']]),
  row('name.province-city', true, inSpan(inGazetteerName), why('{a} is in a province, city or region the lexicon lists', '{a}在词表所列的省、市或地区名中'), [['他来自河[南]周口，在这里', '他来自河[清]周口，在这里'], ['来到合[肥]调研', '来到合[明]调研'], ['新华社[南]昌4月2日电 记者', '新华社[华]昌4月2日电 记者']], [['施用复合[肥]料', '施用复合[化]料']]),
  row('name.affiliation', true, (r) => inAffiliation(r.text, r.after, SURNAMES), why('{a} is the organisation of a titled person', '{a}是人物所在机构名'), [['青枫[社]区党委书记孔立新说', '青枫[明]区党委书记孔立新说']], [['解决[困难]和', '解决[问题]和']]),
  row('name.place-organisation', true, inSpan(inPlaceOrganisation), why('{a} is in an organisation named after its place', '{a}在以地名开头的机构名中'), [['据临平区文[化]和旅游局统计', '据临平区文[建]和旅游局统计']], [['据全区[文]化和旅游工作统计', '据全区[]化和旅游工作统计']]),
  row('name.numbered-event', true, inSpan(inEventName), why('{a} is in the name of a numbered event (第…届)', '{a}在届次活动名中'), [['第十五届全[运]会圆满落幕', '第十五届全[民]会圆满落幕']], [['第二届活动吸引了众多市民[前来]参观展会', '第二届活动吸引了众多市民[来]参观展会']]),
  row('name.international-body', true, inSpan(inInternationalBody), why('{a} is in the name of an international body', '{a}在国际组织名中'), [['世界[气]象组织发布报告', '世界[汽]象组织发布报告']], [['解决[困难]和', '解决[问题]和']]),
  row('name.numbered-craft', true, inSpan(inNumberedCraft), why('{a} is in the name of a numbered craft or line', '{a}在编号的航天器、舰船或线路名中'), [['搭载[鹊]桥三号中继星的火箭', '搭载[雀]桥三号中继星的火箭']], [['[按照]1号文件要求', '[根据]1号文件要求']]),
  row('name.named-craft', true, inSpan(inNamedCraft), why('{a} is in the name of a craft or ship', '{a}在航天器或舰船名中'), [['梦天实验舱与天[和]核心舱完成对接', '梦天实验舱与天[合]核心舱完成对接']], [['这艘万吨级[驱逐]舰已服役', '这艘万吨级[护卫]舰已服役']]),
  row('name.station', true, inSpan((c, f, t) => inStationName(c, f, t, GAZETTEER)), why('{a} is in the name of a station', '{a}在站名中'), [['在地铁4号线[动]物园站下车', '在地铁4号线[东]物园站下车']], [['列车缓缓[驶]离站台', '列车缓缓[开]离站台']]),
  row('name.club', true, inSpan((c, f, t) => inClubName(c, f, t, GAZETTEER)), why('{a} is in the name of a club named after its place', '{a}在以地名开头的俱乐部名中'), [['客场挑战浙江[绿]城队', '客场挑战浙江[路]城队']], [['北京代表队[获得]第二', '北京代表队[夺得]第二']]),
  row('name.registered-firm', true, inSpan(inRegisteredName), why('{a} is in the name of a registered firm or cooperative', '{a}在注册企业或合作社名中'), [['由[鑫]达建筑劳务有限公司承建', '由[金]达建筑劳务有限公司承建']], [['当地[多]家有限公司', '当地[几]家有限公司']]),
  row('name.place-project', true, inSpan((c, f, t) => inPlaceProject(c, f, t, GAZETTEER)), why('{a} is in the name of a project named after its place', '{a}在以地名命名的项目名中'), [['黄河小浪底水[利]枢纽', '黄河小浪底水[力]枢纽']], [['四川加[快]建设水利工程', '四川加[速]建设水利工程']]),
  row('name.place-suffix', true, (r, story) => hanRun(r.text) && beforeSuffix(r.text, r.before, r.after, 0, story), why('{a} is in a place or organisation name before its suffix (区, 街道, 公司…)', '{a}在地名或机构名中（后接“区”“街道”“公司”等）'), [['来到青[禾]街道调研', '来到青[河]街道调研'], ['走访了临平[区]的三个村', '走访了临平[华]的三个村']], [['走进[社]区服务中心', '走进[小]区服务中心'], ['全[市]各地都在', '全[省]各地都在']]),
  row('name.transliterated', true, inSpan(inTransliteratedName), why('{a} is in a foreign name written in transliteration characters', '{a}在音译外国人名或地名中'), [['当天，泽[连]斯基会见了来访者', '当天，泽[林]斯基会见了来访者']], [['这场比[赛]里双方', '这场比[试]里双方']]),
  row('name.named-elsewhere', true, (r, story) => namedElsewhere(r.text, r.before, r.after, story), why('{a} is in a word the story names elsewhere (after a title or before a place suffix)', '{a}所在的词在稿中别处作为名称出现（职务后或地名后缀前）'), [{ variants: ['会后，李[肖]娜和大家', '会后，李[萧]娜和大家'], story: '社区党委书记李肖娜介绍了情况。会后，李肖娜和大家座谈。' }, ['[王]建华来了。王建华说', '[汪]建华来了。王建华说']], [{ variants: ['服务还要[加强]。', '服务还要[改进]。'], story: '社区党委书记李肖娜介绍了情况。会后，李肖娜告诉记者，服务还要加强。' }]),
  row('name.recurring-subject', true, (r, story) => recurringSubject(r.before, r.text, r.after, story), why('{a} is in a name the story prints again as the one who speaks or acts', '{a}所在的名字在稿中多次作为说话或行动的主体出现'), [{ variants: ['决赛中，全红[婵]完成', '决赛中，全红[蝉]完成'], story: '决赛中，全红婵完成动作。全红婵说，很开心。' }], [{ variants: ['整改。负[责]人还说', '整改。负[债]人还说'], story: '整改。负责人还说，负责人说了。' }]),
];

/** The reading rows in precedence order. */
export const ORDERED_READING_RULES: readonly ReadingRule[] = [...READING_RULES].sort((a, b) => precedenceOf(a.id) - precedenceOf(b.id));

/** True when the rule may judge this reading (content rules skip empty and function-word readings). */
export function mayJudge(rule: ReadingRule, r: ReadingInContext): boolean {
  return !rule.content || (r.text.length > 0 && !FUNCTION_CHARS.test(r.text));
}

/** The id of the first reading row (in precedence order) that finds the reading in a name, or null. */
export function nameEvidence(reading: ReadingInContext, story: StoryContext): string | null {
  for (const rule of ORDERED_READING_RULES) if (mayJudge(rule, reading) && rule.test(reading, story)) return rule.id;
  return null;
}
