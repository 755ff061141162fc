/**
 * Name rows marked by the name's own text (a title of a work, quotes, English capitals) or by the
 * words around it (a title or role before it, a list after a title, a verb of saying or a title
 * after it, a byline). A transliteration dot, a list closed by 等人 and a feat after a name are
 * left to name.unknown-run: rows of their own decided nothing it and the others did not.
 */
import { CLAUSE_END, HAN, hanRegExp, hanRun } from '../lexicon/characters';
import { personVerbs } from '../lexicon/person-verbs';
import { englishNameEvidence } from './english-names';
import { transliteratedPrefix } from './foreign-names';
import { inByline } from './name-patterns';
import { row, why, type ReadingRule } from './name-row';
import type { BlockKind } from '../segment/block-types';
import type { StoryContext } from './context';
import type { ClassifyReading } from './rule';
import {
  beforeSuffix,
  FUNCTION_CHARS,
  insideBrackets,
  QUOTED_NAME_MAX,
  WORK_TITLE_MAX,
  type ReadingInContext,
} from './names';
import {
  beforeSaying,
  beforeTitle,
  inTitledList,
  NAME_REACH,
  PERSON_TITLE,
  ordinaryWordAt,
  SURNAMES,
} from './person-names';

/**
 * The kind of block segmentation found where a reading stands, when the reading knows its variant
 * (in the pipeline and in the rule tests it does): English evidence asks whether it is a headline.
 */
function blockOf(r: ReadingInContext, story: StoryContext): BlockKind | undefined {
  const placed = r as Partial<ClassifyReading>;
  return placed.variant !== undefined && placed.start !== undefined
    ? story.blockAt(placed.variant, placed.start)
    : undefined;
}

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
const PERSON_ACTS = hanRegExp(
  String.raw`^(?![一二三四五六七八九十两各都也还就均共纷已正将要该这那其不又再对向跟和与给为被把从在])[${HAN}]{2,3}(?:${personVerbs('act')})`,
);

/** A person right after a title or role noun (党委书记李肖娜, 秘书长古特雷斯, 教授祝世宁出席). */
function afterTitle(r: ReadingInContext, story: StoryContext): boolean {
  const { text, before, after } = r;
  const placed = r as Partial<ClassifyReading>;
  for (let back = 0; back <= NAME_REACH; back++) {
    if (back > before.length) break;
    const head = before.slice(0, before.length - back);
    const between = before.slice(before.length - back);
    if (!hanRun(between, 0)) break;
    // 委员会, 代表团, 记者站: the title word is part of a longer noun, not followed by a name.
    const continuesTitle = /^[会团处站长]/.test(between + text);
    const rest = between + text + after;
    const startsName =
      SURNAMES.has(rest[0] ?? '') ||
      transliteratedPrefix(rest) >= FOREIGN_AFTER_TITLE ||
      PERSON_ACTS.test(rest);
    if (
      PERSON_TITLE.test(head) &&
      back + text.length <= 4 &&
      !continuesTitle &&
      startsName &&
      !(
        placed.variant !== undefined &&
        placed.folded !== undefined &&
        placed.start !== undefined &&
        ordinaryWordAt(story, placed.start - back, {
          variant: placed.variant,
          folded: placed.folded,
        })
      )
    )
      return true;
  }
  return false;
}

/**
 * A short quoted term (“品位锦江”); one quoted character is emphasis (让文物“活”起来), and quoted words
 * holding a comma or a sentence's end are speech (“好，再见！”), not a name.
 */
function quotedName(r: ReadingInContext): boolean {
  const { text, before, after } = r;
  const inner = (open: string, close: string): string =>
    before.slice(before.lastIndexOf(open) + 1) + text + after.slice(0, after.indexOf(close));
  const quoted = (open: string, close: string): boolean =>
    insideBrackets(before, text, after, open, close, QUOTED_NAME_MAX) &&
    !FUNCTION_CHARS.test(text) &&
    !CLAUSE_END.test(inner(open, close)) &&
    !(before.endsWith(open) && after.startsWith(close) && [...text].length <= 1);
  return quoted('“', '”') || quoted('‘', '’');
}

/** The rows of names marked by their own text or by a title, role or verb (precedence.ts orders them). */
export const PERSON_ROWS: readonly ReadingRule[] = [
  row(
    'name.in-work-title',
    false,
    (r) => insideBrackets(r.before, r.text, r.after, '《', '》', WORK_TITLE_MAX),
    why('{a} is in the title of a work (《…》)', '{a}在作品名（《》）中'),
    [['读《春江[花]月夜》', '读《春江[花]月夜》', '读春江[化]月夜》']],
    [['解决[困难]和', '解决[问题]和']],
  ),
  row(
    'name.quoted',
    false,
    quotedName,
    why(
      '{a} is in a short quoted name (a brand or project)',
      '{a}在引号内的简短名称（品牌或项目名）中',
    ),
    [
      ['打造“品位[锦]江”品牌', '打造“品位[金]江”品牌'],
      ['推广新品种‘[豫]麦35’抗旱', '推广新品种‘[文]麦35’抗旱'],
    ],
    [
      ['数字化让文物“[活]”起来', '数字化让文物“[动]”起来'],
      // Quoted speech holds clause marks; a quoted name does not.
      ['老人笑着说：“好，[再]见！”', '老人笑着说：“好，[回]见！”'],
    ],
  ),
  row(
    'name.english',
    false,
    (r, story) => {
      const detail = englishNameEvidence(r.text, r.before, r.after, story, blockOf(r, story));
      return detail ? { detail } : false;
    },
    why('{a}: English proper noun ({detail})', '{a}：英文专有名词（{detail}）'),
    [
      ['met [Smith] today', 'met [Smyth] today'],
      ['the bill. Gov. [Newsom] signed it', 'the bill. Gov. [Newson] signed it'],
      ['said [Odile Marchetti, 61], who', 'said [Odile Marchetto, 16], who'],
      // A name for its short form (a hyphened co-op is one word, no phrase).
      [
        'the plant is owned by the [Halvorsen Grain Cooperative] since 1961',
        'the plant is owned by the [co-op] since 1961',
        'the plant is owned by the [Halvorsen Grain Cooperative] since 1961',
      ],
      [
        'said Mayor Ruth [Adeyemi]，the',
        'said Mayor Ruth [0 deyemi]，the',
        'said Mayor Ruth [Adeyemi]，the',
      ],
      // A window cut inside a sentence is no Title Case headline; accents stay inside the word.
      [
        'said Chairman Cody Strasburg，a Republican from Cape [Girardeau].\nThe vote',
        'said Chairman Cody Strasburg，a Republican from Cape [Girardean].\nThe vote',
      ],
      [
        'the boat burned.\n\n[Tomás] Reyes，who runs it',
        'the boat burned.\n\n[Thomas] Reyes，who runs it',
        'the boat burned.\n\n[Tomás] Reyes，who runs it',
      ],
      [
        'By Ansgar [Lindqvist] and Mira Olde-Brandt\n\nThe',
        'By Ansgar [Lindquist] and Mira Olde-Brandt\n\nThe',
      ],
      [
        'By SOLVEIG ENGSTR[Ö]M\n\nThe',
        'By SOLVEIG ENGSTR[O]M\n\nThe',
        'By SOLVEIG ENGSTR[Ö]M\n\nThe',
      ],
      // A co-author dropped from a byline (README's conventions: a name, not an omission).
      ['STORM\nBy ALMA REYES [and TOMAS VIDAL]\nDENVER', 'STORM\nBy ALMA REYES []\nDENVER'],
      // The paper's title shortened in a byline is a name too, though its words are ordinary ones.
      [
        'Barn burns\nBy Ilse Varga, [The Maple Hollow ]Courier\nThe old barn burned on Monday.',
        'Barn burns\nBy Ilse Varga, []Courier\nThe old barn burned on Monday.',
      ],
      // A word opening a sentence that no dictionary holds in lower case (english-words.ts).
      ['[Wexcombe] lies on a bend of the river.', '[Wexcomb] lies on a bend of the river.'],
      // An initial after another initial (A.K. Ferreira), changed or dropped.
      [
        'the bench was carved by A.[K]. Ferreira last year',
        'the bench was carved by A.[L]. Ferreira last year',
      ],
      [
        'the bench was carved by A.[K. ]Ferreira last year',
        'the bench was carved by A.[]Ferreira last year',
      ],
    ],
    [
      ['on Saturday. [About] 2,300 people came', 'on Saturday. [Some] 2,300 people came'],
      // A capital opening a sentence, before the pronoun I: no capitalised sequence.
      [
        'since 2019. "[Now] I can rest," she said.',
        'since 2019. "[Next year] I can rest," she said.',
      ],
      // An ordinary word at a sentence's start, misprinted, or capitalised elsewhere only inside
      // a longer name.
      ['[Farmers] sold sweet corn at the gate.', '[Farmors] sold sweet corn at the gate.'],
      [
        '[Police] shut the road. The Harlow Police Department said so.',
        '[Deputies] shut the road. The Harlow Police Department said so.',
      ],
      // A place put for its description, or a route dropped: a rewording that holds a name.
      ['the mill burned in [a Vermont river town] last', 'the mill burned in [Quellham] last'],
      [
        'a trail of 9 miles[ past the village of Arbogast], rangers',
        'a trail of 9 miles[], rangers',
      ],
    ],
  ),
  row(
    'name.function-char',
    false,
    (r) =>
      FUNCTION_CHARS.test(r.text) &&
      r.text.length > 0 &&
      /^[和与及向对从地等]+$/.test(r.text) &&
      beforeSuffix(r.text, r.before, r.after, 1),
    why('{a} opens a place or organisation name before its suffix', '{a}是地名或机构名的首字'),
    [['拱墅区[和]睦街道的驿站', '拱墅区[]睦街道的驿站']],
    [['临平区[的]东港码头', '临平区[]东港码头']],
  ),
  row(
    'name.person-after-title',
    true,
    afterTitle,
    why('{a} is a person named after a title or role', '{a}是职务或身份之后的人名'),
    [
      ['社区党委书记[李]肖娜说', '社区党委书记[]肖娜说'],
      ['联合国秘书长古[特]雷斯当天表示', '联合国秘书长古[铁]雷斯当天表示'],
      // A compound surname the segmenter reads as a noun (轩辕/n) still opens the name.
      ['站长轩辕[勇]出席了会议', '站长轩辕[]出席了会议'],
    ],
    [
      ['记者[及时]赶到现场', '记者[尽快]赶到现场'],
      // An ordinary word opening with a surname's character (马上/d, 曾经/d, 金融/n): the segmenter
      // reads a word of the sentence, no name.
      ['居民[马]上报了警', '居民[]上报了警'],
      ['记者曾[经]去过那里', '记者曾[]去过那里'],
      ['工人[石]头搬完了', '工人[木]头搬完了'],
    ],
  ),
  row(
    'name.titled-list',
    true,
    (r) => inTitledList(r.before, r.text, r.after),
    why('{a} is a later name in a list after a title', '{a}是职务后所列人名之一'),
    [['记者王立、张明、刘[海]洋报道', '记者王立、张明、刘[梅]洋报道']],
    [['记者王立、张明等[三]人赶到', '记者王立、张明等[五]人赶到']],
  ),
  row(
    'name.before-saying',
    true,
    (r) => beforeSaying(r.before, r.text, r.after),
    why(
      '{a} is a person who speaks (before 说, 表示, 介绍…)',
      '{a}是说话人（后接“说”“表示”“介绍”等）',
    ),
    [['。据蔡[文]涛介绍，今年', '。据蔡[明]涛介绍，今年']],
    [['他说[韩立新说。]她的徒弟', '他说[]她的徒弟']],
  ),
  row(
    'name.before-title',
    true,
    (r) => beforeTitle(r.before, r.text, r.after),
    why(
      '{a} is a person before a title (先生, 教授, 师傅…)',
      '{a}是称谓（先生、教授、师傅等）前的人名',
    ),
    [['前来帮忙的孙[立]新师傅说', '前来帮忙的孙[力]新师傅说']],
    [['解决[困难]和', '解决[问题]和']],
  ),
  row(
    'name.byline',
    true,
    (r) => inByline(r.before, r.text, r.after, SURNAMES),
    why('{a} is a name in a byline', '{a}是署名中的人名'),
    [
      ['（记者钱文博何嘉[怡]）今天上午', '（记者钱文博何嘉[建]）今天上午'],
      // A co-author dropped (README's conventions: a name, not an omission).
      ['4月8日电（记者吴佳琪[陈立航]）晚上七点', '4月8日电（记者吴佳琪[]）晚上七点'],
    ],
    [['解决[困难]和', '解决[问题]和']],
  ),
];
