/**
 * Omission rules: text one variant lacks that an editor reads as lost — a passage, a sentence, a
 * line, a byline or dateline or a part of one, a line lost at a column break, a line read twice
 * inside a word. What counts as long enough is measured in extent.ts.
 */
import { creditBlockOf, isBylineOrDateline, missingFromByline } from './byline';
import type { StoryContext } from './context';
import {
  coreLength,
  heaviestSentence,
  insertedPassage,
  LOST_LINE,
  OMISSION_LONG,
  OMISSION_SENTENCE,
  SENTENCE_MARK,
  weightedLength,
  wholeSentence,
} from './extent';
import { headline } from './rules-headline';
import type { ClassifyReading, Rule, Site } from './rule';
import { CLAUSE_MARKS, hasHan } from '../lexicon/characters';

/** The measures every omission rule reads. */
interface Extent {
  readonly shortest: number;
  readonly longest: number;
  readonly longReading: ClassifyReading;
  /** Least weighted length of a reading (a Latin word weighs 1.5). */
  readonly leastWeight: number;
  /** How much more the longest reading weighs than the shortest. */
  readonly missingWeight: number;
  /** Each reading's core length (coreLength), in the site's order. */
  readonly lengths: readonly number[];
  /** Each reading's weighted length (weightedLength), in the site's order. */
  readonly weights: readonly number[];
}

/** Each site's extent, measured once: the omission rules ask one after another for the same site. */
const extents = new WeakMap<Site, Extent>();

function extentOf(site: Site): Extent {
  const known = extents.get(site);
  if (known) return known;
  const texts = site.readings.map((r) => r.text);
  const lengths = texts.map(coreLength);
  const longest = Math.max(...lengths);
  const weights = texts.map(weightedLength);
  const extent = {
    shortest: Math.min(...lengths),
    longest,
    longReading: site.readings[lengths.indexOf(longest)] as ClassifyReading,
    leastWeight: Math.min(...weights),
    missingWeight: Math.max(...weights) - Math.min(...weights),
    lengths,
    weights,
  };
  extents.set(site, extent);
  return extent;
}

/** A variant reads (almost) nothing where another reads a passage of sentence length. */
const lacksPassage = (e: Extent): boolean =>
  e.leastWeight <= 1 && e.missingWeight >= OMISSION_SENTENCE;

const sentence: Rule = {
  id: 'omission.sentence',
  category: 'omission',
  applies: (site) => {
    const e = extentOf(site);
    if (lacksPassage(e) && SENTENCE_MARK.test(e.longReading.text)) return {};
    // Any printing of the longest text may show it whole: a clause after a comma in one paper is
    // a sentence after a stop in another.
    if (e.shortest !== 0 || e.longest < 2) return null;
    return site.readings.some((r, i) => e.lengths[i] === e.longest && wholeSentence(r)) ? {} : null;
  },
  why: {
    en: 'a whole sentence is missing in some variants: {a}',
    'zh-CN': '部分版本缺少整句：{a}',
  },
  examples: {
    positive: [
      ['卖了两万元。”[韩立新说。]她的徒弟', '卖了两万元。”[]她的徒弟'],
      ['a new landing.[ He agreed.] The ferry', 'a new landing.[] The ferry'],
      // An English sentence may end with a figure.
      ['to the fund.[ The state added $400,000.] The clinic', 'to the fund.[] The clinic'],
      // The stop taken from the sentence before: the reading still holds a whole sentence.
      [
        'no threat to the coast[.Alaska has had larger quakes before].',
        'no threat to the coast[].',
      ],
      // A whole sentence in one printing is a clause in another: the sentence is still lost.
      {
        variants: [
          '产量增长一成，[其中出口占比超过四成]。下文',
          '产量增长一成。[其中出口占比超过四成]。下文',
          '产量增长一成[]。下文',
        ],
      },
    ],
    negative: [
      ['他说[韩立新说。]她的徒弟', '他说[]她的徒弟'],
      // Less than a sentence is no omission, however long (the house's convention).
      ['前文[她和社区干部聚焦群众需求持续优化服务]后文', '前文[]后文'],
    ],
  },
};

const line: Rule = {
  id: 'omission.line',
  category: 'omission',
  applies: (site) => {
    const e = extentOf(site);
    if (!e.longReading.wholeLine) return null;
    return lacksPassage(e) || (e.shortest === 0 && e.longest >= 2) ? {} : null;
  },
  why: { en: 'a whole line is missing in some variants: {a}', 'zh-CN': '部分版本缺少整行：{a}' },
  examples: {
    positive: [['标题\n[图片说明]\n正文', '标题\n[]\n正文']],
    negative: [['理发[、]修鞋', '理发[，]修鞋']],
  },
};

/** The reading is a whole block: the block at its first character ends where it does. */
function wholeBlock(r: ClassifyReading, story: StoryContext): boolean {
  const text = r.text.trim();
  const start = r.start + r.text.indexOf(text);
  const end = start + text.length;
  return (
    story.blockAt(r.variant, start - 1) !== story.blockAt(r.variant, start) &&
    story.blockAt(r.variant, end) !== story.blockAt(r.variant, end - 1)
  );
}

const byline: Rule = {
  id: 'omission.byline',
  category: 'omission',
  applies: (site, story) =>
    extentOf(site).shortest === 0 &&
    site.readings.some(
      (r) =>
        (creditBlockOf(r, story) !== undefined && wholeBlock(r, story)) ||
        isBylineOrDateline(r.text),
    )
      ? {}
      : null,
  why: {
    en: 'a byline or dateline is missing in some variants: {a}',
    'zh-CN': '部分版本缺少电头或署名：{a}',
  },
  examples: {
    positive: [
      ['4月8日电[（记者何明轩苏雨晴）]晚上七点', '4月8日电[]晚上七点'],
      ['[新华社南昌4月8日电]晚上七点', '[]晚上七点'],
      ['BOSTON [（AP）]——A powerful storm', 'BOSTON []——A powerful storm'],
    ],
    negative: [
      ['the mayor of [BOSTON] said', 'the mayor of [] said'],
      // A dash alone is no dateline: it needs a place or a wire credit before it.
      ['持续36[至]48小时', '持续36[—]48小时'],
    ],
  },
};

const bylinePart: Rule = {
  id: 'omission.byline-part',
  category: 'omission',
  applies: (site, story) =>
    extentOf(site).shortest === 0 &&
    site.readings.some((r) => r.text.length > 0 && missingFromByline(r, story))
      ? {}
      : null,
  why: {
    en: 'part of a byline that names no one (a role word, a credit line) is missing in some variants: {a}',
    'zh-CN': '部分版本的署名缺少职务或署名行：{a}',
  },
  examples: {
    positive: [['日电（[记者]吴佳琪陈立航）记者4日', '日电（[]吴佳琪陈立航）记者4日']],
    negative: [
      ['（[记者]注：数据截至昨日）', '（[]注：数据截至昨日）'],
      // A co-author dropped is a name's disagreement (README's conventions), in either language.
      ['STORM\nBy MARK HOLLIS [and DANA PIERCE]\nBOSTON', 'STORM\nBy MARK HOLLIS []\nBOSTON'],
      ['4月8日电（记者吴佳琪[陈立航]）晚上七点', '4月8日电（记者吴佳琪[]）晚上七点'],
      // A part hyphenated to a name is the name's: a changed name.
      ['STORM\nBy KWAME ASANTE[-MENSAH]\nBOSTON', 'STORM\nBy KWAME ASANTE[]\nBOSTON'],
    ],
  },
};

/**
 * A dropped clause weighs at least this much (weightedLength): 今年以来 or three English words. A
 * shorter stretch between commas (，缓刑) reads as a changed word.
 */
export const CLAUSE_WEIGHT = 4;

const isClauseMark = (ch: string | undefined): boolean => ch !== undefined && CLAUSE_MARKS.has(ch);

/** A sentence end follows right after the reading (，不少人举起手机拍照 before 。). */
const endsBefore = (r: ClassifyReading): boolean => /^\s*[。！？.!?]/.test(r.after);

/**
 * The reading is a whole clause of its sentence with its comma: in Chinese, a stretch that ends
 * with the comma after it (今年以来， / 顾不上休息， / 藏书十万册， after its subject); in English one
 * set off by commas on both sides (, which opened in 1911,); in either, a trailing clause from its
 * comma to the sentence's end (，比去年缩短近一半 before 。 / , the utility said).
 */
function wholeClause(r: ClassifyReading): boolean {
  const text = r.text.trim();
  const first = text[0];
  const last = text[text.length - 1];
  if ((first === '，' || first === ',') && endsBefore(r)) return true;
  if (last !== '，' && last !== ',') return false;
  return hasHan(text) || isClauseMark(first);
}

/**
 * A clause one variant lacks (今年以来， / 顾不上休息， / , which opened in 1911, / , the utility
 * said): less than a whole sentence is wording by the house's convention (a whole sentence or
 * more is an omission). It decides in the extent tier, before the words inside the clause: a
 * dropped clause holding a figure or a name is a shorter sentence, not a changed number or name.
 */
const clause: Rule = {
  id: 'wording.clause',
  category: 'wording',
  applies: (site) => {
    const e = extentOf(site);
    return e.leastWeight === 0 && e.missingWeight >= CLAUSE_WEIGHT && wholeClause(e.longReading)
      ? {}
      : null;
  },
  why: {
    en: 'a clause, less than a sentence, is missing in some variants: {a}',
    'zh-CN': '部分版本缺少一个分句（不足整句，属用词差异）：{a}',
  },
  examples: {
    positive: [
      ['他放下行李，[顾不上休息，]就直奔工地。', '他放下行李，[]就直奔工地。'],
      ['[今年以来，]全县新增岗位三千个。', '[]全县新增岗位三千个。'],
      ['The mill[，which opened in 1911，]closed Friday.', 'The mill[ ]closed Friday.'],
      ['时间压缩至26小时[，比去年缩短近一半]。', '时间压缩至26小时[]。'],
      ['这座礼堂[藏书八万册，]是全镇最大的。', '这座礼堂[]是全镇最大的。'],
      ['out to 9,000 homes[, the utility said].', 'out to 9,000 homes[].'],
    ],
    negative: [
      ['判处有期徒刑二年[，缓刑]三年', '判处有期徒刑二年[]三年'],
      ['人民[群众]幸福', '人民[]幸福'],
      ['卖了两万元。”[韩立新说。]她的徒弟', '卖了两万元。”[]她的徒弟'],
    ],
  },
};

/**
 * A whole sentence, at least this heavy (weightedLength), that one printing holds beside words it
 * rewords: eight Chinese characters or six English words.
 */
export const SENTENCE_BESIDE = 8;

/**
 * How much of the sentence's weight the shortest reading must lack: most of it (a reading that
 * rewords the sentence in fewer words still holds it).
 */
const LOST_SHARE = 0.8;

/**
 * Part of a reading lacks: the reading holds a whole sentence beside a few other words, and
 * another reading is about as short as those words alone (正式通车 / 具备通车条件。届时，这条隧道将
 * 成为主要通道, gave out / failed. Its 9,000 books were moved in November): a sentence is lost
 * where its neighbour is reworded. The loss is the larger fact, so it decides (extent before
 * words, as precedence.ts orders them).
 */
const sentenceBeside: Rule = {
  id: 'omission.sentence-beside',
  category: 'omission',
  applies: (site) => {
    const { weights } = extentOf(site);
    const least = Math.min(...weights);
    return site.readings.some((r, i) => {
      const weight = weights[i] as number;
      // A sentence of the reading weighs no more than the reading: one too light for either
      // bound below is not split into sentences (most sites of a day).
      if (weight < SENTENCE_BESIDE || least > weight - SENTENCE_BESIDE * LOST_SHARE) return false;
      const sentence = heaviestSentence(r);
      return sentence >= SENTENCE_BESIDE && least <= weight - sentence * LOST_SHARE;
    })
      ? {}
      : null;
  },
  why: {
    en: 'a whole sentence is missing in some variants, beside reworded words: {a} / {b}',
    'zh-CN': '部分版本缺少整句（相邻词语另有改写）：{a} / {b}',
  },
  examples: {
    positive: [
      [
        '工程已完成主体施工，[具备验收条件。届时这座大桥将成为两岸的主要通道]。下文',
        '工程已完成主体施工，[即将验收]。下文',
      ],
      [
        'the old depot [burned. Its 4,000 records were saved by the crew in March].',
        'the old depot [collapsed].',
      ],
      // Folded English text has no space after a stop.
      [
        'the old depot [burned.Its 4,000 records were saved by the crew in March].',
        'the old depot [collapsed].',
      ],
    ],
    negative: [
      // A sentence split another way: nothing is lost.
      ['项目年底完工[，并将带动]周边发展。', '项目年底完工[。并将带动]周边发展。'],
      ['他说[韩立新说。]她的徒弟', '他说[]她的徒弟'],
    ],
  },
};

/** Weighted: one English word lost at a wrap (Delgado[-Ruiz]) is a changed name, not a lost line. */
const columnBreak: Rule = {
  id: 'omission.column-break',
  category: 'omission',
  applies: (site) => {
    const e = extentOf(site);
    return e.shortest === 0 && e.missingWeight >= LOST_LINE && site.readings.some((r) => r.atWrap)
      ? {}
      : null;
  },
  why: {
    en: 'text is missing exactly where a variant breaks a line inside a sentence (a line lost at a column break)',
    'zh-CN': '版本在句中换行处缺字（转栏时丢失一行）',
  },
  examples: {
    positive: [['大家[一起来到社区]服务站', '大家\n[]服务站']],
    negative: [
      ['大家[一起]来到', '大家\n[]来到'],
      ['理发[、]修鞋', '理发[，]修鞋'],
    ],
  },
};

/**
 * Inside an English word no edit joins two halves by chance: a shorter passage (a lost OCR line of
 * a few words) is enough there.
 */
const insideWord: Rule = {
  id: 'omission.inside-word',
  category: 'omission',
  applies: (site) => {
    const inserted = insertedPassage(site.readings.map((r) => r.text));
    return inserted &&
      weightedLength(inserted.passage) >= (inserted.insideWord ? OMISSION_SENTENCE : OMISSION_LONG)
      ? {}
      : null;
  },
  why: {
    en: 'a passage is missing inside a word (a line read twice or lost across a hyphenated break)',
    'zh-CN': '词中缺少一段文字（跨行断词处重读或丢行）',
  },
  examples: {
    positive: [
      [
        'north of [Portla-] Tuesday',
        'north of [Portland began sending power to the grid on] Tuesday',
      ],
    ],
    negative: [['the [plan] said', 'the [plan to expand] said']],
  },
};

/** The omission rows, in no particular order (precedence.ts orders every row). */
export const OMISSION_RULES: readonly Rule[] = [
  sentence,
  line,
  byline,
  bylinePart,
  columnBreak,
  insideWord,
  clause,
  sentenceBeside,
  headline,
];
