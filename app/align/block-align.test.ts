import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { alignByBlocks, blockChunks } from './block-align';

/** Chunks as [base text, variant text] pairs of folded text. */
function chunks(base: string, variant: string): [string, string][] {
  const b = foldText(base);
  const v = foldText(variant);
  return (blockChunks(b.text, v.text, b.paragraphStarts, v.paragraphStarts) ?? []).map((c) => [
    b.text.slice(c.b0, c.b1),
    v.text.slice(c.v0, c.v1),
  ]);
}

describe('blockChunks', () => {
  it('groups two paragraphs a variant merged, even when the story repeats its phrases in every paragraph', () => {
    const phrase = '我们将稳步推动社区养老服务和数字化平台建设';
    const paras = ['东岭村', '西坪镇', '南湖街道', '北山社区', '中和乡'].map(
      (place, i) => `${place}负责人说，${phrase}，今年已服务${1200 + i * 311}人次，${phrase}。`,
    );
    const base = paras.join('\n\n');
    // The variant runs the third paragraph into the fourth (no sentence end, no blank line) and changes a figure in the fourth.
    const merged = `${(paras[2] as string).slice(0, -1)}${(paras[3] as string).replace('2133', '2183')}`;
    const variant = [paras[0], paras[1], merged, paras[4]].join('\n\n');
    const out = chunks(base, variant);
    const group = out.find(([, v]) => v.includes('南湖街道') && v.includes('北山社区'));
    expect(group?.[0]).toContain('南湖街道');
    expect(group?.[0]).toContain('北山社区');
    // No chunk is a one-sided copy of either paragraph (that would read as a move).
    expect(out.filter(([b, v]) => (b === '' || v === '') && (b + v).includes('北山社区'))).toEqual(
      [],
    );
  });

  it('pairs a reworded lead with the lead, not with a short headline that repeats a phrase of it', () => {
    // The variant's shorter headline is all inside the base's lead (飞回青川湿地), so over the
    // smaller paragraph it shares more with that lead than the variant's reworded lead does.
    const rest = [
      '青川湿地位于两县交界处，水域面积一千二百公顷，是候鸟迁徙的重要停歇地。',
      '保护站工作人员每天清晨巡湖，记录鸟群数量和觅食情况，发现受伤个体及时救护。',
    ];
    const base = [
      '三千只白鹭飞回青川湿地',
      '新华社成都5月3日电（记者木子林）记者2日从四川省林业和草原局获悉，今春飞回青川湿地栖息的白鹭已超过3000只，创下有记录以来最多。',
      ...rest,
    ].join('\n\n');
    const variant = [
      '白鹭飞回青川湿地',
      '新华社成都5月3日电（记者木子林）记者1日从省林草局了解到，今年春天来到青川湖区的白鹭已超过3000只，刷新了有记录以来的数字。',
      ...rest,
    ].join('\n\n');
    const out = chunks(base, variant);
    const lead = out.find(([b]) => b.includes('新华社成都'));
    expect(lead?.[1]).toContain('新华社成都');
    expect(lead?.[0]).not.toContain('三千只白鹭');
  });

  it('keeps a paragraph a reprint dropped as a one-sided chunk between its neighbours', () => {
    const base =
      '第一段讲的是会议开幕的情况和主要议程安排。\n\n第二段介绍了今年工作报告中的几项主要指标。\n\n第三段是代表们分组讨论时提出的意见建议。';
    const variant =
      '第一段讲的是会议开幕的情况和主要议程安排。\n\n第三段是代表们分组讨论时提出的意见建议。';
    expect(chunks(base, variant)).toContainEqual([
      foldText('第二段介绍了今年工作报告中的几项主要指标。').text,
      '',
    ]);
  });

  it('pairs heavily reworded paragraphs one to one between anchors, so each is diffed alone', () => {
    const head = '本报讯 江心岛湿地公园昨日开园，公园占地三百二十公顷，栽种水生植物八十余种。';
    const tail = '据悉，公园实行免费预约入园，每日限流八千人次，节假日另行公告。';
    const base = [
      head,
      '开园当天，园内举办了观鸟活动，二百多名市民在志愿者带领下辨认了三十多种鸟类。',
      '公园管理处主任闵立杭介绍，湿地每年冬季迎来上万只候鸟，园区将在候鸟季限制游客数量。',
      tail,
    ].join('\n\n');
    // Reworded past anchoring (less than half of either paragraph's 4-grams kept), in order.
    const variant = [
      head,
      '首日园里办起观鸟活动，两百余位市民跟随志愿者认出三十多种鸟类。',
      '公园管理处负责人闵立杭称，冬天湿地都会迎来上万只候鸟，候鸟季游客入园将受限。',
      tail,
    ].join('\n\n');
    const out = chunks(base, variant);
    expect(out.find(([b]) => b.startsWith('开园当天'))?.[1]).toMatch(/^首日.*鸟类。$/u);
    expect(out.find(([b]) => b.startsWith('公园管理处'))?.[1]).toMatch(/^公园管理处.*受限。$/u);
  });

  it('takes a jump line against paragraphs it shares nothing with as an insertion and a deletion', () => {
    const paras = [
      '江畔区图书馆新馆昨日正式对外开放，建筑面积一万八千平方米，藏书六十五万册。',
      '新馆设有少儿阅览区、古籍修复室和数字体验厅，全年免费开放，每周一闭馆维护。',
      '馆内还开设了视障阅览室，配备盲文图书三千册和有声读物播放设备四十台。',
      '区文化旅游局局长邵明川表示，新馆将与街道分馆实行通借通还，读者可就近归还。',
      '开馆首日共接待读者四千二百人次，办理借书证一千一百张，志愿者二十人到场服务。',
    ];
    const base = paras.join('\n\n');
    // A continuation page: a short line the base never prints, then the last two paragraphs. (A
    // jump line naming its page, "LIBRARY From Page B1", is folded away as a continuation mark;
    // one without a page stays text.)
    const jump = 'LIBRARY, continued';
    const variant = [jump, paras[3], paras[4]].join('\n\n');
    const out = chunks(base, variant);
    expect(out).toContainEqual(['', foldText(jump).text]);
    expect(
      out
        .filter(([b, v]) => b !== '' && v === '')
        .map(([b]) => b)
        .join(''),
    ).toBe(foldText(paras.slice(0, 3).join('\n\n')).text);
  });

  it('diffs two OCR readings of one page whose paragraph breaks fall in different places as one group', () => {
    const a = '受持续强降雨影响，覃坪水库水位二日已超过汛限水位一点八六米。';
    const b = '三日六时起，水库开启四孔闸门泄洪，最大下泄流量每秒二千三百立方米。';
    const c = '这是该水库建成以来第二次开闸泄洪。';
    const d = '水文部门提醒，未来三天郯江流域仍有中到大雨，沿岸群众切勿到河边捕鱼。';
    const base = [`${a}${b}`, c, d].join('\n\n');
    const variant = [a, `${b}${c}`, d].join('\n\n');
    const out = chunks(base, variant);
    // The sentence that changes paragraph is diffed against itself, not dropped in one chunk and
    // added in the next.
    const sentence = foldText(b).text;
    const holding = out.filter(([x]) => x.includes(sentence));
    expect(holding).toHaveLength(1);
    expect(holding[0]?.[1]).toContain(sentence);
  });

  it('pairs a paragraph reworded down to a few shared phrases, beside one the reprint dropped, when nothing else in the gap shares with it', () => {
    const lead =
      '新华社天津5月8日电 本市首批盐碱地改良示范田今年春播全部完成，试种的耐盐小麦长势良好。';
    const dropped =
      '据统计，全市共有各类盐碱地约三百万亩，其中具备开发潜力的约八十万亩。专家认为，盐碱地改良是保障粮食安全的重要后备途径。';
    const said =
      '项目负责人周明远介绍，下一步这套改良技术将推广到滨海新区、静海区和宁河区的更多村镇。';
    const reworded = '周明远称，今后准备把此项技术推广到滨海、静海和宁河等区，让更多农户受益。';
    const tail = '示范田所在的村子去年亩产提高了一成半，村民们说今年的收成还会更好。';
    const out = chunks(
      [lead, dropped, said, tail].join('\n\n'),
      [lead, reworded, tail].join('\n\n'),
    );
    const fold = (t: string): string => foldText(t).text;
    expect(out).toContainEqual([fold(dropped), '']);
    expect(out).toContainEqual([fold(said), fold(reworded)]);
  });

  it('leaves a faint pair unpaired when another paragraph of the gap shares as much', () => {
    const lead =
      '新华社天津5月8日电 本市首批盐碱地改良示范田今年春播全部完成，试种的耐盐小麦长势良好。';
    const other = '今年农户受益的示范田已有十二块，明年还将增加。';
    const said =
      '项目负责人周明远介绍，下一步这套改良技术将推广到滨海新区、静海区和宁河区的更多村镇。';
    const reworded = '周明远称，今后准备把此项技术推广到滨海、静海和宁河等区，让更多农户受益。';
    const tail = '示范田所在的村子去年亩产提高了一成半，村民们说今年的收成还会更好。';
    const out = chunks([lead, other, said, tail].join('\n\n'), [lead, reworded, tail].join('\n\n'));
    const fold = (t: string): string => foldText(t).text;
    expect(out).not.toContainEqual([fold(said), fold(reworded)]);
  });
});

describe('alignByBlocks: which of two swapped paragraphs moved', () => {
  const intro = 'The county opened its new library branch on Saturday morning with a ribbon.';
  const longer =
    'The branch holds about 18,000 books, a reading room for children and six computers that anyone with a card may use for an hour.';
  const shorter = 'It replaces a bookmobile that had served the valley since 1987.';
  const close = 'The branch is open every day except Monday, the librarian said.';
  const moved = (base: string[], variant: string[]): string[] => {
    const b = foldText(base.join('\n\n'));
    const v = foldText(variant.join('\n\n'));
    const pair = alignByBlocks(b.text, v.text, b.paragraphStarts, v.paragraphStarts, {
      cleanup: 'anchors',
    });
    return (pair.movedBlocks ?? []).map((m) => v.text.slice(m.varStart, m.varEnd).trim());
  };
  const folded = (text: string): string => foldText(text).text.trim();

  it('is the one the variant prints later, whether it is the longer or the shorter', () => {
    expect(moved([intro, longer, shorter, close], [intro, shorter, longer, close])).toEqual([
      folded(longer),
    ]);
    expect(moved([intro, shorter, longer, close], [intro, longer, shorter, close])).toEqual([
      folded(shorter),
    ]);
  });

  it('is still the one that crossed several when a paragraph moved far', () => {
    const more = [
      'Volunteers shelved the last boxes of donated novels on Friday evening.',
      'A mural painted by pupils of the valley school decorates the entrance hall.',
    ];
    expect(
      moved([intro, longer, shorter, ...more, close], [intro, shorter, ...more, longer, close]),
    ).toEqual([folded(longer)]);
  });
});
