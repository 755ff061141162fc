import { describe, expect, it } from 'vitest';
import { classifySites, witnessesOf } from './classify';
import { storyContext } from './context';
import { classifySite, exampleSite, site } from '../../test/fixtures/classify/site-fixture';
import { isChineseNumber, numberToken, parseNumber } from './numbers';

describe('classifySite', () => {
  it('punctuation when only punctuation differs', () => {
    expect(classifySite(site('理发[、]修鞋', '理发[，]修鞋'), '').category).toBe('punctuation');
    expect(classifySite(site('大家都在[……]', '大家都在[]'), '').category).toBe('punctuation');
  });

  it('number with value or form', () => {
    const value = classifySite(site('共有41[1]0名', '共有41[0]0名'), '');
    expect(value.category).toBe('number');
    expect(value.numbers?.differ).toBe('value');
    expect(value.numbers?.values.map((v) => v.value)).toEqual([4110, 4100]);
    const form = classifySite(site('[二〇二五]年', '[2025]年'), '');
    expect(form.numbers?.differ).toBe('form');
    expect(classifySite(site('“十[四]五”规划', '“十[五]五”规划'), '').category).toBe('number');
    expect(classifySite(site('达到1.2[万]人', '达到1.2[亿]人'), '').category).toBe('number');
    // Written-out decimals and fractions: 四点[八] / 四点[九], 百分之[十二] / 百分之[二十].
    expect(
      classifySite(site('同比增长百分之四点[八]。', '同比增长百分之四点[九]。'), '').category,
    ).toBe('number');
    expect(classifySite(site('占百分之[十二]，', '占百分之[二十]，'), '').category).toBe('number');
    expect(classifySite(site('约[八]点五个百分点', '约[九]点五个百分点'), '').category).toBe(
      'number',
    );
    // A decimal point misread as a comma or lost (OCR): the value changes.
    const decimal = classifySite(site('用户总数达17[.]9亿户', '用户总数达17[,]9亿户'), '');
    expect(decimal.category).toBe('number');
    expect(decimal.numbers?.differ).toBe('value');
    expect(classifySite(site('在2023[，]2024年', '在2023[、]2024年'), '').category).toBe(
      'punctuation',
    );
    // The instance of a trial and a round are counted: 一审 / 二审.
    expect(classifySite(site('作出[一]审判决', '作出[二]审判决'), '').category).toBe('number');
    expect(classifySite(site('今年[一]季度GDP', '今年[二]季度GDP'), '').category).toBe('number');
    expect(classifySite(site('启动防汛[Ⅳ]级应急响应', '启动防汛[Ⅲ]级应急响应'), '').category).toBe(
      'number',
    );
    // A unit changed after the same figure, and an amount turned approximate, change the quantity.
    expect(classifySite(site('非法采砂48万[吨]，', '非法采砂48万[立方米]，'), '').category).toBe(
      'number',
    );
    expect(classifySite(site('移送46[起]。', '移送46[件]。'), '').category).toBe('number');
    expect(classifySite(site('这是一[次]难得的机会', '这是一[个]难得的机会'), '').category).toBe(
      'wording',
    );
    expect(classifySite(site('价值1.1亿[]元', '价值1.1亿[余]元'), '').category).toBe('number');
    expect(classifySite(site('缩短至40分钟[]。', '缩短至40分钟[左右]。'), '').category).toBe(
      'wording',
    );
    // English fractions and percentages: by half / by 40%, a third / a quarter.
    expect(
      classifySite(site('had fallen by [half]. The', 'had fallen by [40%]. The'), '').category,
    ).toBe('number');
    expect(
      classifySite(site('harvest by a [third] this', 'harvest by a [quarter] this'), '').category,
    ).toBe('number');
    expect(
      classifySite(site('operations by [Wednesday].', 'operations by [midweek].'), '').category,
    ).toBe('number');
    expect(
      classifySite(site('would reopen in the [spring].', 'would reopen in the [summer].'), '')
        .category,
    ).toBe('number');
    expect(
      classifySite(site('[A dozen] families were', '[Twelve] families were'), '').category,
    ).toBe('number');
    expect(
      classifySite(site('lasted about [an] hour', 'lasted about [two] hours'), '').category,
    ).toBe('number');
    expect(
      classifySite(site('It is [one of] the largest', 'It is [among] the largest'), '').category,
    ).toBe('wording');
    expect(
      classifySite(site('prices could [fall] sharply', 'prices could [rise] sharply'), '').category,
    ).toBe('wording');
    expect(
      classifySite(site('hired 2,000 workers [last year].', 'hired 2,000 workers [in 2024].'), '')
        .category,
    ).toBe('number');
    expect(
      classifySite(site('hired workers [last year].', 'hired workers [at a fair].'), '').category,
    ).toBe('wording');
    // A relative date moves the event in time: 明日 / 今日, 去年 / 今年.
    expect(classifySite(site('自[明]日起停牌', '自[今]日起停牌'), '').category).toBe('number');
    expect(classifySite(site('[去年]建成', '[今年]建成'), '').category).toBe('number');
    expect(classifySite(site('[上]级部门', '[下]级部门'), '').category).toBe('wording');
    // A percent sign and its English word: the same number in another form.
    const percent = classifySite(
      site('fell to 3.9[%] in March', 'fell to 3.9[ percent] in March'),
      '',
    );
    expect(percent.category).toBe('number');
    expect(percent.numbers?.differ).toBe('form');
    // Tenths: 三成 is 30%, 八折 a 20% discount.
    expect(classifySite(site('占比超过[三]成，', '占比超过[四]成，'), '').category).toBe('number');
  });

  it('name for titled persons, places, works and quoted brands', () => {
    expect(classifySite(site('社区党委书记[李]肖娜说', '社区党委书记[]肖娜说'), '').category).toBe(
      'name',
    );
    expect(
      classifySite(site('修订《职业资格[证书]考试大纲》', '修订《职业资格[]考试大纲》'), '')
        .category,
    ).toBe('name');
    expect(classifySite(site('打造“[品]位锦江”品牌', '打造“[点]位锦江”品牌'), '').category).toBe(
      'name',
    );
    expect(classifySite(site('来到青[禾]街道调研', '来到青[河]街道调研'), '').category).toBe(
      'name',
    );
    expect(classifySite(site('met [Smith] today', 'met [Smyth] today'), '').category).toBe('name');
  });

  it('wording for other differences inside a sentence, omission for a whole sentence', () => {
    expect(classifySite(site('解决[困难]和', '解决[问题]和'), '').category).toBe('wording');
    expect(classifySite(site('人民[群众]幸福', '人民[]幸福'), '').category).toBe('wording');
    expect(classifySite(site('各[地]党委', '各[级]党委'), '').category).toBe('wording');
    expect(
      classifySite(site('前文。[她和社区干部聚焦群众需求，持续优化服务。]后文', '前文。[]后文'), '')
        .category,
    ).toBe('omission');
  });
});

describe('numbers', () => {
  it('parses Arabic, Chinese and mixed numbers', () => {
    expect(parseNumber('4110')).toBe(4110);
    expect(parseNumber('1.2万')).toBe(12000);
    expect(parseNumber('三千四百二十五')).toBe(3425);
    expect(parseNumber('十五')).toBe(15);
    expect(parseNumber('二〇二五')).toBe(2025);
    expect(parseNumber('35%')).toBe(35);
    expect(parseNumber('问题')).toBeNull();
  });

  it('extends a changed digit to its whole number', () => {
    expect(numberToken('共有4110名', 4, 5)).toBe('4110');
  });

  it('tells numerals used as numbers from 一 in ordinary words', () => {
    expect(isChineseNumber('三', '', '名')).toBe(true);
    expect(isChineseNumber('一', '进', '步')).toBe(false);
    expect(isChineseNumber('十五五', '“', '”')).toBe(true);
  });
});

describe('names recurring in the story', () => {
  it('takes a word named elsewhere in the story as a name', () => {
    const story = '社区党委书记李肖娜介绍了情况。会后，李肖娜告诉记者，服务还要加强。';
    expect(classifySite(site('会后，李[肖]娜告诉', '会后，李[萧]娜告诉'), story).category).toBe(
      'name',
    );
    expect(classifySite(site('服务还要[加强]。', '服务还要[改进]。'), story).category).toBe(
      'wording',
    );
  });
});

describe('lost lines', () => {
  it('calls text missing at a mid-sentence line wrap an omission', () => {
    const readings = site(
      '聚焦新就业群体[的实际需求和困难]，持续优化',
      '聚焦新就业群体[]，持续优化',
    );
    expect(classifySite(readings, '').category).toBe('wording');
    const wrapped = readings.map((r, i) => (i === 1 ? { ...r, atWrap: true } : r));
    expect(classifySite(wrapped, '').category).toBe('omission');
  });
});

describe('bylines and datelines', () => {
  it('calls a missing bracketed byline or a missing dateline an omission, however short', () => {
    expect(
      classifySite(site('4月8日电[（记者何明轩苏雨晴）]晚上七点', '4月8日电[]晚上七点'), '')
        .category,
    ).toBe('omission');
    expect(classifySite(site('[新华社南昌4月8日电]晚上七点', '[]晚上七点'), '').category).toBe(
      'omission',
    );
    // A short parenthesis that is no byline stays wording.
    expect(classifySite(site('产量[（含套种）]达到', '产量[]达到'), '').category).toBe('wording');
  });
});

describe('English punctuation', () => {
  it('a dropped comma between words is punctuation (folding leaves a space in its place)', () => {
    expect(classifySite(site('power[，]and cut', 'power[ ]and cut'), '').category).toBe(
      'punctuation',
    );
  });
});

describe('short sentences', () => {
  it('a whole short sentence missing is an omission; the same words inside a sentence are not', () => {
    expect(
      classifySite(site('卖了两万元。”[韩立新说。]她的徒弟', '卖了两万元。”[]她的徒弟'), '')
        .category,
    ).toBe('omission');
    expect(classifySite(site('他说[韩立新说。]她的徒弟', '他说[]她的徒弟'), '').category).not.toBe(
      'omission',
    );
  });
});

describe('long passages', () => {
  it('two different paragraphs in one place are no number flag for the digits in them', () => {
    const a = '驿站每天接待劳动者约320人次，去年累计服务超过11.6万人次，还设置了法律咨询角。';
    const b = '专家提醒近期气温回升较快，各地要抓住有利天气及时开展化学除草和追肥工作。';
    expect(classifySite(site(`前文。[${a}]后文`, `前文。[${b}]后文`), '').category).not.toBe(
      'number',
    );
  });
});

describe('numbers inside rewritten words', () => {
  it('a headline rewritten around 一班 is wording, 今年 / 2025年 stays a number', () => {
    expect(
      classifySite(site('[告别最后一班始发列车]', '[普速列车运营正式收官]'), '').category,
    ).toBe('wording');
    expect(classifySite(site('[今]年全市', '[2025]年全市'), '').category).toBe('number');
  });
});

describe('abbreviations', () => {
  it('numerals inside the title of a work are the title; digits there are a number', () => {
    expect(
      classifySite(site('推出《[千]里江山图》特展', '推出《[万]里江山图》特展'), '').category,
    ).toBe('name');
    expect(
      classifySite(site('《[2025]年政府工作报告》', '《[2024]年政府工作报告》'), '').category,
    ).toBe('number');
  });

  it('an abbreviation and its full form are a name flag; a rewording is not', () => {
    expect(
      classifySite(site('纪录片由中央[广播电视总]台制作', '纪录片由中央[电视]台制作'), '').category,
    ).toBe('name');
    expect(classifySite(site('各地医[保]部门将', '各地医[疗保障]部门将'), '').category).toBe(
      'name',
    );
    expect(classifySite(site('措施[有力]有效', '措施[得当]有效'), '').category).toBe('wording');
    // A common noun shortened (高铁 / 高速铁路) names no body.
    expect(classifySite(site('喜欢中国的高[铁]。', '喜欢中国的高[速铁路]。'), '').category).toBe(
      'wording',
    );
    expect(classifySite(site('工作[做]实', '工作[落到]实'), '').category).toBe('wording');
    // A region shortened before 地区 (长三角 / 长江三角洲) names the region.
    expect(
      classifySite(site('长[三角]地区进出口增长', '长[江三角洲]地区进出口增长'), '').category,
    ).toBe('name');
  });

  it('a person after a ministry or bank post is a name, even where the name reads as a word (吕大良 / 吕大量)', () => {
    expect(
      classifySite(site('统计分析司司长吕大[良]表示', '统计分析司司长吕大[量]表示'), '').category,
    ).toBe('name');
    expect(
      classifySite(site('人民银行副行长宣[昌]能说', '人民银行副行长宣[长]能说'), '').category,
    ).toBe('name');
  });
});

describe('English attributions', () => {
  it('a dropped attribution is wording though it names its source; a changed source is a name', () => {
    expect(
      classifySite(
        site(
          'The cause is under investigation[, the U.S. Forest Service said].',
          'The cause is under investigation[].',
        ),
        '',
      ).category,
    ).toBe('wording');
    expect(
      classifySite(
        site('Crews were on scene[, according to Cal Fire].', 'Crews were on scene[].'),
        '',
      ).category,
    ).toBe('wording');
    expect(
      classifySite(
        site(
          'under investigation, the [Forest] Service said.',
          'under investigation, the [Park] Service said.',
        ),
        '',
      ).category,
    ).toBe('name');
    expect(
      classifySite(
        site('He spoke with [Mayor John Smith] on Monday.', 'He spoke with [] on Monday.'),
        '',
      ).category,
    ).toBe('name');
  });
});

describe('part of a byline', () => {
  it('a role word missing from a byline is an omission; a co-author missing or a changed name is a name', () => {
    expect(
      classifySite(site('日电（[记者]吴佳琪陈立航）记者4日', '日电（[]吴佳琪陈立航）记者4日'), '')
        .category,
    ).toBe('omission');
    // README's conventions: a co-author dropped from a byline that keeps others is a name.
    expect(
      classifySite(site('日电（记者吴佳琪[陈立航]）记者4日', '日电（记者吴佳琪[]）记者4日'), '')
        .category,
    ).toBe('name');
    expect(
      classifySite(
        site('日电（记者吴佳琪陈立[航]）记者4日', '日电（记者吴佳琪陈立[杭]）记者4日'),
        '',
      ).category,
    ).toBe('name');
    // An English byline is read from the page's blocks: the By line is a byline block.
    const english = exampleSite([
      'STORM\nBy MARK HOLLIS [and DANA PIERCE]\nBOSTON',
      'STORM\nBy MARK HOLLIS []\nBOSTON',
    ]);
    expect(
      classifySite(english.site.readings, storyContext(english.story, english.blocks)).rule,
    ).toBe('name.english');
    // Without the blocks the same words are no byline: capitalised words dropped are wording.
    expect(classifySite(english.site.readings, english.story).category).not.toBe('omission');
    expect(
      classifySite(site('[据新华社电 ]国务院日前印发通知', '[]国务院日前印发通知'), '').category,
    ).toBe('omission');
    expect(
      classifySite(site('BOSTON [（AP）]——A powerful storm', 'BOSTON []——A powerful storm'), '')
        .category,
    ).toBe('omission');
    expect(
      classifySite(site('[BOSTON（AP）——]A powerful storm', '[]A powerful storm'), '').category,
    ).toBe('omission');
    expect(
      classifySite(site('the mayor of [BOSTON] said', 'the mayor of [] said'), '').category,
    ).not.toBe('omission');
    // Outside a byline, a bracketed aside losing a word is wording.
    expect(
      classifySite(site('（[记者]注：数据截至昨日）', '（[]注：数据截至昨日）'), '').category,
    ).not.toBe('omission');
  });

  it('an English part hyphenated to a name belongs to the name', () => {
    expect(
      classifySite(
        site(
          'Mayor Rosa Delgado[] said.',
          'Mayor Rosa Delgado[-Ruiz] said.',
          'Mayor Rosa Delgado[] said.',
        ),
        '',
      ).category,
    ).toBe('name');
    expect(
      classifySite(site('a long[] term plan', 'a long[-] term plan', 'a long[] term plan'), '')
        .category,
    ).not.toBe('name');
  });
});

describe('marks inside an English word', () => {
  it('the same letters with stops, apostrophes or hyphens elsewhere differ in punctuation only', () => {
    expect(classifySite(site('The [U.S.] economy', 'The [US] economy'), '').category).toBe(
      'punctuation',
    );
    expect(classifySite(site('at 7 [p.m.] in the', 'at 7 [pm] in the'), '').category).toBe(
      'punctuation',
    );
    expect(classifySite(site("coach [O'Brien] was", 'coach [OBrien] was'), '').category).toBe(
      'punctuation',
    );
    expect(classifySite(site('The [US] economy', 'The [UK] economy'), '').category).toBe('name');
    expect(classifySite(site('not a cyber[]attack.', 'not a cyber[ ]attack.'), '').category).toBe(
      'punctuation',
    );
  });
});

describe('English omissions', () => {
  it('a dropped English sentence is an omission, a dropped phrase of a few words is wording', () => {
    expect(
      classifySite(site('a new landing.[ He agreed.] The ferry', 'a new landing.[] The ferry'), '')
        .category,
    ).toBe('omission');
    expect(classifySite(site('repairs[ of the northern dock].', 'repairs[].'), '').category).toBe(
      'wording',
    );
    expect(
      classifySite(site('first week[, and officials said demand would grow].', 'first week[].'), '')
        .category,
    ).toBe('wording');
    expect(
      classifySite(
        site(
          'grow.[ Harbor Master Dana Whitcombe oversaw the repairs of the dock.] The',
          'grow.[] The',
        ),
        '',
      ).category,
    ).toBe('omission');
  });
});

describe('witnessesOf', () => {
  it('leaves out a variant that ended before the site (a cut tail), not one that drops words', () => {
    const readings = site('retire two of its [five] wells.', 'shut two of its [5] wells.', '[]');
    const decided = classifySites([{ readings }], storyContext(readings[0]?.folded ?? ''));
    expect(decided[0]?.category).toBe('number');
    expect(witnessesOf({ readings }).readings.map((r) => r.variant)).toEqual(['v1', 'v2']);
    const dropped = site(
      'two of its [five] wells.',
      'two of its [] wells.',
      'two of its [5] wells.',
    );
    expect(witnessesOf({ readings: dropped }).readings).toHaveLength(3);
    const agreeing = site('by [2028].', 'by [2028].', 'by[]');
    expect(witnessesOf({ readings: agreeing }).readings).toHaveLength(3);
  });

  it('leaves out an empty reading set where neither neighbour is the site’s (a part the variant lacks)', () => {
    const readings = site(
      'the dig will take about [four] months. Then',
      'the dig will take about [4] months. Then',
      'the harbor opened in 1931.[]\n\nNot every',
    );
    const decided = classifySites([{ readings }], storyContext(readings[0]?.folded ?? ''));
    expect(decided[0]?.category).toBe('number');
    expect(witnessesOf({ readings }).readings.map((r) => r.variant)).toEqual(['v1', 'v2']);
    // Beside a decimal point the others read nothing at, the stray empty reading still goes.
    const point = site(
      'rose to 3[]7% of freight.',
      'rose to 3[.]7% of freight.',
      'the line opened in 1931.[]\n\nNot every',
    );
    expect(witnessesOf({ readings: point }).readings.map((r) => r.variant)).toEqual(['v1', 'v2']);
    // Dropped between the same neighbours: a witness.
    const dropped = site('take about [four] months.', 'take about [] months.', 'take [4] months.');
    expect(witnessesOf({ readings: dropped }).readings).toHaveLength(3);
  });
});
