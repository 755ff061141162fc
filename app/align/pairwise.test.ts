import { describe, expect, it, vi } from 'vitest';
import { compareVariants } from '../compare';
import type { VariantText } from '../model/types';
import { generateStory, makeVariant } from '../../test/fixtures/synthetic';
import { pairDiffs } from './pairwise';

/** The flags of two texts as "category reading/reading", in text order. */
function flags(a: string, b: string): string[] {
  return flagsOf([a, b]);
}

/** The flags of the texts as "category reading/reading/…", in text order. */
function flagsOf(texts: readonly string[]): string[] {
  const variants: VariantText[] = texts.map((text, i) => ({
    id: `v${i + 1}`,
    path: `v${i + 1}.txt`,
    name: `v${i + 1}.txt`,
    encoding: 'utf-8',
    text,
  }));
  return compareVariants(variants).stories.flatMap((s) =>
    s.flags.map((f) => `${f.category} ${f.readings.map((r) => r.text.trim()).join('/')}`),
  );
}

const DROPPED_ZH = '据介绍，建设者们采用了自主研发的超大直径盾构机，刷新了国内同类工程纪录。';
const DROPPED_EN =
  'At Logan International Airport, more than 600 flights were canceled by midafternoon, according to FlightAware.';

describe('edits next to a dropped sentence, and two small changes a word apart', () => {
  it('keeps a changed mark apart from the sentence dropped after it', () => {
    const out = flags(
      `隧道连续掘进16.2公里。\n\n${DROPPED_ZH}\n\n舟山市副市长表示。`,
      '隧道连续掘进16.2公里！\n\n舟山市副市长表示。',
    );
    expect(out).toEqual(['punctuation 。/！', `omission ${DROPPED_ZH}/`]);
  });

  it('keeps a changed number apart from the sentence dropped a few characters after it', () => {
    const out = flags(
      `隧道连续掘进16.2公里。${DROPPED_ZH}舟山市副市长表示。`,
      '隧道连续掘进16.5公里。舟山市副市长表示。',
    );
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^number /);
    expect(out[1]).toBe(`omission ${DROPPED_ZH}/`);
  });

  it('reads an English word changed next to a dropped paragraph as a word change and an omission', () => {
    const out = flags(
      `Crews came from six states.\n\n${DROPPED_EN}\n\nSchools will remain closed.`,
      'Crews came from sixteen states.\n\nSchools will remain closed.',
    );
    expect(out).toEqual(['number six/sixteen', `omission ${DROPPED_EN}/`]);
  });

  it('keeps a changed mark apart from a changed number right after it when the diff could read either way', () => {
    const story =
      '司长介绍，本次调整共有143个药品参加谈判，117个谈判成功，平均降价63%。新增药品覆盖肿瘤、慢性病等领域。';
    expect(flags(story, story.replace('谈判，117', '谈判、111'))).toEqual([
      'punctuation ，/、',
      'number 117/111',
    ]);
  });

  it('keeps a changed figure apart from a changed mark or word one shared character away', () => {
    const story =
      '海关总署7日发布数据，出口22.12万亿元，增长6.2%；进口15.19万亿元。民营企业占外贸总值的56.7%，比去年同期提升1.2个百分点。';
    const out = flags(story, story.replace('6.2%；', '6.7%，').replace('56.7%，比', '57.6%，较'));
    expect(out.map((f) => f.split(' ')[0])).toEqual(['number', 'punctuation', 'number', 'wording']);
  });

  it('keeps two one-character changes apart when a word of two or more characters lies between them', () => {
    const story = '据了解，金塘岛上的3座互通立交目前正在进行路面施工，沿线服务区将同步建设完成。';
    expect(flags(story, story.replace('金塘', '金堂').replace('3座', '三座'))).toEqual([
      'name 塘/堂',
      'number 3/三',
    ]);
    // One shared character between two small changes is still one reworded word.
    expect(
      flags('该片由张艺谋执导，讲述了一段故事。', '该片由张艺谋导演，讲述了一段故事。'),
    ).toHaveLength(1);
  });
});

describe('dense edits: two differences with shared text between them are two flags', () => {
  const open = '新华社长沙5月3日电 澧水镇第二届村排联赛3日晚落幕。';
  const close = '赛事组委会表示，明年将邀请更多村队参加。';
  const three = (a: string, b: string): string[] =>
    flagsOf([
      `${open}\n\n${a}\n\n${close}`,
      `${open}\n\n${a}\n\n${close}`,
      `${open}\n\n${b}\n\n${close}`,
    ]);

  it('keeps one shared character between two short substitutions as the wall between them', () => {
    const out = three(
      '第三局双方战至25比23，场边掌声不断，最终主队拿下这一局。',
      '第3局两队打到25：23，场边掌声不断，最终主队拿下这一局。',
    );
    expect(out.map((f) => f.split(' ')[1])).toEqual([
      '三/三/3',
      '双方战至/双方战至/两队打到',
      '比/比/：',
    ]);
  });

  it('keeps the edits of two sentences apart at the full stop they share', () => {
    const out = three(
      '种粮大户王春来蹲在田边说。他流转的520亩土地，去年亩产还不到400公斤。',
      '种粮大户王春莱介绍。他家流转的250亩土地，去年亩产还不到400公斤。',
    );
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/来蹲在田边说\/来蹲在田边说\/莱介绍$/);
    expect(out[1]).toMatch(/ \/\/家$/);
    expect(out[2]).toMatch(/^number 520\/520\/250$/);
  });
});

describe('a paragraph a reprint merged into the one before it', () => {
  it('is diffed with it even when reworded, not dropped and added again', () => {
    const lead =
      '新华社杭州6月2日电 第五届江南龙舟邀请赛2日在钱塘江畔落幕，来自八个省份的二十四支队伍参赛。';
    const final = '决赛在上午十时开始，青溪村队从第一个弯道起就领先，最终以四秒的优势冲过终点。';
    const team = '青溪村队去年才组建，队员们每天清晨下江训练，风雨无阻。';
    const history =
      '这支队伍去年险些解散，当时报名的村民只有九人，村里筹集了两万元才买下第一条龙舟。';
    const reworded =
      '这支队伍去年差点散伙，那时报名的村民仅有九个人，村里筹集了两万块钱才买来首条龙舟。';
    const next = '赛后，组委会宣布明年的比赛将扩大到三十二支队伍，并首次设立女子组。';
    const whole = [lead, final, team, history, next].join('\n\n');
    const merged = [lead, final, `${team.replace(/。$/u, '；')}${reworded}`, next].join('\n\n');
    const out = flagsOf([whole, whole, merged]);
    expect(out.filter((f) => f.startsWith('omission'))).toEqual([]);
    expect(out.length).toBeGreaterThan(3);
    expect(out.every((f) => f.length < 40)).toBe(true);
  });
});

describe('a change on each side of a paragraph break', () => {
  it('flags a changed headline apart from the 据 added to the dateline under it', () => {
    const body =
      '新华社北京12月7日电 国家医保局7日公布国家医保药品目录调整结果，共有126种药品新增进入目录。新版目录将于明年1月1日起正式实施。';
    const out = flags(
      `新版国家医保药品目录公布\n\n${body}`,
      `126种药品新增进入医保目录\n\n据${body}`,
    );
    expect(out).toHaveLength(2);
    expect(out[1]).toBe('wording /据');
  });

  it('keeps a passage of two paragraphs that one variant omits as one omission', () => {
    const kept =
      '他说，这是一个重要的开始。\n\n据介绍，今年将继续推进相关工作，确保各项任务落实到位。';
    const open =
      '新华社北京3月4日电 全国春耕生产工作会议4日在北京召开，会议部署了今年春耕备耕和粮食生产工作。';
    const close = '会议还听取了有关省份的工作汇报，并对做好下一阶段工作提出了明确要求。';
    const out = flags(`${open}\n\n${kept}\n\n${close}`, `${open}\n\n${close}`);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^omission /);
  });
});

describe('a diff bounded by size, not by the clock', () => {
  it('gives the same diff however slow the machine runs', () => {
    const base = generateStory(4000, 11);
    const variant = makeVariant(base, 12, 40, true);
    const expected = pairDiffs(base, variant, { cleanup: 'anchors' });
    expect(expected.length).toBeGreaterThan(20);
    // Every reading of the clock ten seconds after the last: a deadline would pass at once.
    let now = Date.now();
    const clock = vi.spyOn(Date.prototype, 'getTime').mockImplementation(() => (now += 10_000));
    try {
      expect(pairDiffs(base, variant, { cleanup: 'anchors' })).toEqual(expected);
    } finally {
      clock.mockRestore();
    }
  });

  it('settles two long unrelated texts at once with a deletion and an insertion', () => {
    const a = generateStory(20_000, 3);
    const b = generateStory(20_000, 4);
    // CPU time, not wall time: other processes on a loaded machine stretch the wall clock, not
    // the work this diff does (its budget of steps is about a second of one core).
    const started = process.cpuUsage();
    const diffs = pairDiffs(a, b, { cleanup: 'none' });
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(3000);
    expect(diffs.filter(([op]) => op !== 0).length).toBeLessThanOrEqual(2);
  });
});

describe('diffs remembered for a story (PairOptions.made)', () => {
  const base = '港口新建泊位三个，年吞吐能力提升至一千二百万吨。码头工人说，今年的活比往年多。';
  const variant = '港口新建泊位五个，年吞吐能力提升至一千二百万吨。码头工人说：今年的活比往年多。';

  it('gives the diff made without remembering, and makes it once for a pair that comes back', () => {
    const made = new Map();
    const fresh = pairDiffs(base, variant, { cleanup: 'anchors' });
    expect(pairDiffs(base, variant, { cleanup: 'anchors', made })).toEqual(fresh);
    expect(pairDiffs(base, variant, { cleanup: 'anchors', made })).toEqual(fresh);
    expect(made.size).toBe(1);
    pairDiffs(base, `${variant}。`, { cleanup: 'anchors', made });
    expect(made.size).toBe(2);
  });

  it('hands each caller a list of its own, so that editing one leaves the remembered diff whole', () => {
    const made = new Map();
    const first = pairDiffs(base, variant, { cleanup: 'anchors', made });
    const kept = JSON.stringify(first);
    first.splice(0, 1);
    (first[0] as [number, string])[1] = 'x';
    expect(JSON.stringify(pairDiffs(base, variant, { cleanup: 'anchors', made }))).toBe(kept);
  });
});
