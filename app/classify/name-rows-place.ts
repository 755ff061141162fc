/**
 * Name rows marked by a place, a body or a suffix (a province or city, an organisation after its
 * place, a station, a club, a registered firm, a place before its suffix), or by the story itself
 * (a word the story names elsewhere, a subject it prints again).
 */
import { hanRun } from '../lexicon/characters';
import { STEM_SUFFIXES, SUFFIXES } from '../lexicon/place-suffixes';
import { clauseAround } from './context';
import { inTransliteratedName } from './foreign-names';
import { GAZETTEER, inEventName, inGazetteerName, inPlaceOrganisation } from './name-patterns';
import { inPlaceList } from './name-lists';
import { inSpan, row, why, type ReadingRule } from './name-row';
import {
  inClubName,
  inInternationalBody,
  inNamedCraft,
  inNumberedCraft,
  inPlaceProject,
  inRegisteredName,
  inStationName,
} from './named-things';
import { beforeSuffix, namedElsewhere, type ReadingInContext } from './names';
import type { PlacedWord, StoryContext } from './context';
import { PROPER_NOUN_TAG, type TaggedWord } from './tagger';
import type { ClassifyReading } from './rule';
import { recurringSubject } from './person-names';

/**
 * Parts of speech no name is made of: adverbs, directions, times, prepositions, conjunctions,
 * particles, pronouns, numerals, measure words and plain verbs (jieba's d, f, t, p, c, u…, r, m, q,
 * v, vd, ad). Nouns and verbal nouns stay out: 管理/vn and 中心/n stand in names of bodies.
 */
const FUNCTION_TAG = /^(?:[dftpcrmq]|u\w*|v|vd|ad)$/;

/**
 * A dictionary word of two characters or more that names no one: not a person, place,
 * organisation or other proper noun, nor a run the dictionary lacks or a lone morpheme.
 */
function commonWord(w: TaggedWord): boolean {
  return [...w.word].length >= 2 && !PROPER_NOUN_TAG.test(w.tag) && !/^(?:nz|x|\w*g)$/.test(w.tag);
}

/** True when the reading holds a place or organisation suffix or one follows it at once (职业 + 学院). */
function touchesSuffix(r: ReadingInContext): boolean {
  return SUFFIXES.some((suffix) => r.text.includes(suffix) || r.after.startsWith(suffix));
}

/**
 * Tags the segmenter gives a lone character it reads as a word of an open class (a verb, a
 * measure word) rather than a closed one (在/p, 和/c, 的/uj, 这/r).
 */
const GUESSED_TAG = /^[vq]$/;

/**
 * True when the reading is one character the segmenter tags a verb or a measure word right before
 * a run it does not know (涝/v 河乡/x, 掂/v 心村/x): a rare character it could not join to the rest
 * of a name outside its dictionary, so the tag is a guess and no word of the sentence.
 */
function guessedBeforeUnknown(
  story: StoryContext,
  variant: string,
  folded: string,
  words: readonly PlacedWord[],
  end: number,
): boolean {
  const [word] = words;
  if (words.length !== 1 || !word || word.end !== end || !hanRun(word.word, 1, 1)) return false;
  if (!GUESSED_TAG.test(word.tag)) return false;
  const next = story.wordsOver(variant, folded, end, end + 1)[0];
  return next !== undefined && next.tag === 'x';
}

/** One-character place suffixes that close a place another may be named inside (岜岭县, 青石镇). */
const ENCLOSING = new Set(STEM_SUFFIXES.filter((s) => s.length === 1));

/** A word of one Han character: the segmenter joined it to none of its neighbours. */
const lone = (w: PlacedWord): boolean => hanRun(w.word, 1, 1);

/** Most characters of a place named between an enclosing place and a suffix (那弄 in X县那弄村). */
const INNER_PLACE_MAX = 3;

/**
 * True when the reading's words are lone characters, with only lone characters on each side, that
 * run from right after a place closed by its suffix to a suffix (岜岭县 那/r 弄/v 村): the name of
 * a place inside the one before it, which the segmenter could join into no word. The tags of such
 * characters (弄/v, 那/r) are guesses, not words of the sentence.
 */
function innerPlace(
  story: StoryContext,
  variant: string,
  folded: string,
  start: number,
  end: number,
): boolean {
  const clause = clauseAround(folded, start, end);
  const words = story.wordsOver(variant, folded, clause.start, clause.end);
  let from = words.findIndex((w) => w.start <= start && start < w.end);
  let to = words.findIndex((w) => w.start < end && end <= w.end);
  if (from < 0 || to < from || !words.slice(from, to + 1).every(lone)) return false;
  while (
    from > 0 &&
    lone(words[from - 1] as PlacedWord) &&
    !ENCLOSING.has((words[from - 1] as PlacedWord).word)
  )
    from -= 1;
  while (
    to < words.length - 1 &&
    lone(words[to + 1] as PlacedWord) &&
    !SUFFIXES.includes((words[to + 1] as PlacedWord).word)
  )
    to += 1;
  const [before, after] = [words[from - 1], words[to + 1]];
  const closes =
    before !== undefined &&
    [...ENCLOSING].some((s) => before.word.endsWith(s)) &&
    (before.word.length > 1 || from > 1);
  return (
    closes &&
    after !== undefined &&
    SUFFIXES.includes(after.word) &&
    to - from + 1 <= INNER_PLACE_MAX
  );
}

/**
 * True when the reading is whole words of these parts of speech in its printing (以前/f, 最终/d,
 * 验放/v before a place further on) — or, when `common`, common words of two characters or more
 * (定期, 重点 before a village or a county further on): a word of the sentence, not a character of
 * the name.
 */
function functionWordsOnly(r: ReadingInContext, story: StoryContext, common = false): boolean {
  const placed = r as Partial<ClassifyReading>;
  if (placed.variant === undefined || placed.folded === undefined || placed.start === undefined)
    return false;
  const end = placed.start + r.text.length;
  const words = story.wordsOver(placed.variant, placed.folded, placed.start, end);
  if (guessedBeforeUnknown(story, placed.variant, placed.folded, words, end)) return false;
  if (innerPlace(story, placed.variant, placed.folded, placed.start, end)) return false;
  return (
    words.length > 0 &&
    words[0]?.start === placed.start &&
    words[words.length - 1]?.end === end &&
    words.every((w) => FUNCTION_TAG.test(w.tag) || (common && commonWord(w)))
  );
}

/** The rows of names marked by a place, a body, a suffix or the story (precedence.ts orders them). */
export const PLACE_ROWS: readonly ReadingRule[] = [
  row(
    'name.province-city',
    true,
    inSpan(inGazetteerName),
    why(
      '{a} is in a province, city or region the lexicon lists',
      '{a}在词表所列的省、市或地区名中',
    ),
    [
      ['他来自河[南]周口，在这里', '他来自河[清]周口，在这里'],
      ['来到合[肥]调研', '来到合[明]调研'],
      ['新华社[南]昌4月2日电 记者', '新华社[华]昌4月2日电 记者'],
    ],
    [['施用复合[肥]料', '施用复合[化]料']],
  ),
  row(
    'name.place-organisation',
    true,
    inSpan(inPlaceOrganisation),
    why('{a} is in an organisation named after its place', '{a}在以地名开头的机构名中'),
    [['据临平区文[化]和旅游局统计', '据临平区文[建]和旅游局统计']],
    [['据全区[文]化和旅游工作统计', '据全区[]化和旅游工作统计']],
  ),
  row(
    'name.numbered-event',
    true,
    inSpan(inEventName),
    why('{a} is in the name of a numbered event (第…届)', '{a}在届次活动名中'),
    [['第十五届全[运]会圆满落幕', '第十五届全[民]会圆满落幕']],
    [['第二届活动吸引了众多市民[前来]参观展会', '第二届活动吸引了众多市民[来]参观展会']],
  ),
  row(
    'name.international-body',
    true,
    inSpan(inInternationalBody),
    why('{a} is in the name of an international body', '{a}在国际组织名中'),
    [['世界[气]象组织发布报告', '世界[汽]象组织发布报告']],
    [['解决[困难]和', '解决[问题]和']],
  ),
  row(
    'name.numbered-craft',
    true,
    inSpan(inNumberedCraft),
    why('{a} is in the name of a numbered craft or line', '{a}在编号的航天器、舰船或线路名中'),
    [['搭载[鹊]桥三号中继星的火箭', '搭载[雀]桥三号中继星的火箭']],
    [['[按照]1号文件要求', '[根据]1号文件要求']],
  ),
  row(
    'name.named-craft',
    true,
    inSpan(inNamedCraft),
    why('{a} is in the name of a craft or ship', '{a}在航天器或舰船名中'),
    [['梦天实验舱与天[和]核心舱完成对接', '梦天实验舱与天[合]核心舱完成对接']],
    [['这艘万吨级[驱逐]舰已服役', '这艘万吨级[护卫]舰已服役']],
  ),
  row(
    'name.station',
    true,
    inSpan((c, f, t) => inStationName(c, f, t, GAZETTEER)),
    why('{a} is in the name of a station', '{a}在站名中'),
    [['在地铁4号线[动]物园站下车', '在地铁4号线[东]物园站下车']],
    [['列车缓缓[驶]离站台', '列车缓缓[开]离站台']],
  ),
  row(
    'name.club',
    true,
    inSpan((c, f, t) => inClubName(c, f, t, GAZETTEER)),
    why('{a} is in the name of a club named after its place', '{a}在以地名开头的俱乐部名中'),
    [['客场挑战浙江[绿]城队', '客场挑战浙江[路]城队']],
    [['北京代表队[获得]第二', '北京代表队[夺得]第二']],
  ),
  row(
    'name.registered-firm',
    true,
    inSpan(inRegisteredName),
    why('{a} is in the name of a registered firm or cooperative', '{a}在注册企业或合作社名中'),
    [['由[鑫]达建筑劳务有限公司承建', '由[金]达建筑劳务有限公司承建']],
    [['当地[多]家有限公司', '当地[几]家有限公司']],
  ),
  row(
    'name.place-project',
    true,
    inSpan((c, f, t) => inPlaceProject(c, f, t, GAZETTEER)),
    why('{a} is in the name of a project named after its place', '{a}在以地名命名的项目名中'),
    [['黄河小浪底水[利]枢纽', '黄河小浪底水[力]枢纽']],
    [['四川加[快]建设水利工程', '四川加[速]建设水利工程']],
  ),
  row(
    'name.place-suffix',
    true,
    (r, story) =>
      hanRun(r.text) &&
      beforeSuffix(r.text, r.before, r.after, 0, story) &&
      // Segmented only when a suffix follows: most readings are near none. Common words of the
      // sentence (定期, 重点) are no name's either when the suffix stands apart from them.
      !functionWordsOnly(r, story, !touchesSuffix(r)),
    why(
      '{a} is in a place or organisation name before its suffix (区, 街道, 公司…)',
      '{a}在地名或机构名中（后接“区”“街道”“公司”等）',
    ),
    [
      ['来到青[禾]街道调研', '来到青[河]街道调研'],
      ['走访了临平[区]的三个村', '走访了临平[华]的三个村'],
      // The organisation of a titled person (once a row of its own, name.affiliation: on every
      // seen site this row or name.place-organisation gave the same category).
      ['青枫[社]区党委书记孔立新说', '青枫[明]区党委书记孔立新说'],
      // A common word right before the suffix is the name's (西岭农业职业学院).
      ['西岭农业[职业]学院的学生', '西岭农业[]学院的学生'],
      // A rare character the segmenter guesses a verb or a measure word before a run it does not
      // know (涝/v 河乡/x): the guess is no word of the sentence.
      ['[涝]河乡今年新建了两座冷库。', '[捞]河乡今年新建了两座冷库。'],
      ['[掂]心村的茶园又扩大了。', '[踮]心村的茶园又扩大了。'],
      // An islet (屿), as an island (岛).
      ['渔船在[鸬]屿附近避风。', '渔船在[卢]屿附近避风。'],
      // A village named inside its county, in characters the segmenter joins into no word
      // (岜岭县 那/r 弄/v 村): its guessed tags are no words of the sentence.
      ['他们来到岜岭县那[弄]村。', '他们来到岜岭县那[弄]村。', '他们来到岜岭县那[笼]村。'],
    ],
    [
      ['走进[社]区服务中心', '走进[小]区服务中心'],
      ['全[市]各地都在', '全[省]各地都在'],
      ['沿海[小]岛屿很多。', '沿海[群]岛屿很多。'],
      // Whole words of the sentence before a place further on.
      ['比赛结束，[最终]石桥村队获胜', '比赛结束，[]石桥村队获胜', '比赛结束，[最终]石桥村队获胜'],
      ['货物已[放行]沙河镇商户', '货物已[验放]沙河镇商户', '货物已[放行]沙河镇商户'],
      // Common words of the sentence, the suffix standing apart from them.
      ['卫生院的医生[定期]进村巡诊', '卫生院的医生[]进村巡诊'],
      ['市里今年将[重点]扶持县里的特色产业', '市里今年将[着力]扶持县里的特色产业'],
      ['县里[派]村干部去学习。', '县里[派]村干部去学习。', '县里[让]村干部去学习。'],
    ],
  ),
  row(
    'name.place-list',
    true,
    inSpan(inPlaceList),
    why(
      '{a} is in a place named in a list closed by 等 and a word for places (…等五个镇)',
      '{a}在以“等…镇/地”收尾的地名列举中',
    ),
    [
      ['覆盖沿途枫林、石[门]、乌岗等六个乡镇', '覆盖沿途枫林、石[们]、乌岗等六个乡镇'],
      ['辐射沿线榆[塘]、青坳等三个镇', '辐射沿线榆[唐]、青坳等三个镇'],
    ],
    [
      ['采购苹[果]、梨子等水果', '采购苹[菓]、梨子等水果'],
      ['带动沿[线]枫林、乌岗等乡镇', '带动沿[途]枫林、乌岗等乡镇'],
    ],
  ),
  row(
    'name.transliterated',
    true,
    inSpan(inTransliteratedName),
    why(
      '{a} is in a foreign name written in transliteration characters',
      '{a}在音译外国人名或地名中',
    ),
    [
      ['当天，泽[连]斯基会见了来访者', '当天，泽[林]斯基会见了来访者'],
      // A name's parts joined by the interpunct (or a hyphen) between Han characters: the mark of a
      // transliterated name, whose parts may be too short to read as one alone.
      ['瑞典建筑师[扬]·伯格伦来到小镇', '瑞典建筑师[楊]·伯格伦来到小镇'],
      ['挪威船长奥拉·汉[森]带队出海', '挪威船长奥拉·汉[松]带队出海'],
      ['荷兰教练[扬]·范德胡克说', '荷兰教练[杨]·范德胡克说', '荷兰教练[扬]·范德胡克说'],
      ['法国画家让-保罗·莫[兰]来了', '法国画家让-保罗·莫[]来了'],
      ['阿卜杜[勒]·克里木说', '阿卜杜[拉]·克里木说'],
    ],
    [
      ['这场比[赛]里双方', '这场比[试]里双方'],
      ['展览分为三个单元·[海]上来客', '展览分为三个单元·[陆]上来客'],
      ['展会定在中国·[杭]州举办', '展会定在中国·[苏]州举办'],
    ],
  ),
  row(
    'name.named-elsewhere',
    true,
    (r, story) => namedElsewhere(r.text, r.before, r.after, story),
    why(
      '{a} is in a word the story names elsewhere (after a title or before a place suffix)',
      '{a}所在的词在稿中别处作为名称出现（职务后或地名后缀前）',
    ),
    [
      {
        variants: ['会后，李[肖]娜和大家', '会后，李[萧]娜和大家'],
        story: '社区党委书记李肖娜介绍了情况。会后，李肖娜和大家座谈。',
      },
      ['[王]建华来了。王建华说', '[汪]建华来了。王建华说'],
    ],
    [
      {
        variants: ['服务还要[加强]。', '服务还要[改进]。'],
        story: '社区党委书记李肖娜介绍了情况。会后，李肖娜告诉记者，服务还要加强。',
      },
      // The site's own words are no mention elsewhere: 及时赶到 before 镇 only here.
      ['医疗队[及时]赶到镇上。', '医疗队[]赶到镇上。'],
      ['收购商[每天]进村收菜。', '收购商[]进村收菜。'],
    ],
  ),
  row(
    'name.recurring-subject',
    true,
    (r, story) => recurringSubject(r.before, r.text, r.after, story),
    why(
      '{a} is in a name the story prints again as the one who speaks or acts',
      '{a}所在的名字在稿中多次作为说话或行动的主体出现',
    ),
    [
      {
        variants: ['决赛中，全红[婵]完成', '决赛中，全红[蝉]完成'],
        story: '决赛中，全红婵完成动作。全红婵说，很开心。',
      },
    ],
    [
      {
        variants: ['整改。负[责]人还说', '整改。负[债]人还说'],
        story: '整改。负责人还说，负责人说了。',
      },
    ],
  ),
];
