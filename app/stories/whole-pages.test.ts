/**
 * Whole pages of our own, the way two papers print the same two wire stories: mastheads and
 * editors' credits, a deck and byline, a photo caption inside the story, a 相关新闻 box, an
 * advertisement, the stories in a different order, a different headline, and one story split
 * across two pages by (下转第4版) / (上接第1版).
 */
import { describe, expect, it } from 'vitest';
import type { VariantText } from '../model/types';
import { findStories, type StoryLocation } from './find-stories';

function variant(id: string, text: string): VariantText {
  return { id, path: `${id}.txt`, name: `${id}.txt`, encoding: 'utf-8', text };
}

const s1 = {
  deck: '——四川成都探索老旧小区改造新路径',
  byline: '新华社记者 赵一鸣 钱晓雯',
  p: [
    '新华社成都6月9日电 走进成都市成华区的锦华小区，崭新的电梯、平整的步道和错落的花坛映入眼帘。很难想象，两年前这里还是管线杂乱、停车无序的老旧小区。',
    '锦华小区建成于上世纪九十年代，共有住户1260户，其中六十岁以上老人占三成。2024年，成华区把这里列入老旧小区改造计划，先后加装电梯28部，改造雨污管网4.6公里。',
    '“改什么、怎么改，都是居民说了算。”锦华社区党委书记严晓梅说，改造前社区召开了四十多次坝坝会，收集居民意见五百余条，方案前后修改了七稿。',
    '改造后的小区还腾出空间建起了社区食堂和托育中心。每天中午，七十八岁的独居老人钟德全都会到食堂吃饭，“一荤两素只要十二块钱，味道也合口。”',
    '据成都市住房和城乡建设局介绍，近三年全市累计改造老旧小区2100余个，惠及居民近四十万户。今年将重点推进片区化改造，把相邻小区连片打通、统筹配套。',
  ],
};
const s2 = {
  title: '高铁新线开通 沿线旅游升温',
  p: [
    '新华社南宁6月9日电（记者 黄子健）6月8日，南宁至玉林高速铁路正式开通运营，两地间最快旅行时间缩短至59分钟。开通首日，沿线各站共发送旅客2.3万人次。',
    '新线开通带动了沿线旅游。玉林市文化广电体育和旅游局数据显示，端午假期当地接待游客同比增长27%，其中自驾和高铁出行的外地游客占比明显上升。',
    '在玉林站出站口，来自南宁的游客卢晓慧一家刚下车就直奔当地的牛腩粉老店。她说，以前开车要三个多小时，现在周末来回一趟很轻松。',
    '铁路部门表示，将根据客流变化动态调整运力，暑运期间计划在南玉高铁增开旅游专列，并推出“高铁+景区”联票产品。',
  ],
};
const caption = '图为改造后的锦华小区一角。\n新华社记者 赵一鸣 摄';
const related =
  '相关新闻\n全国今年计划新开工改造城镇老旧小区2.5万个\n记者从住房和城乡建设部获悉，今年全国计划新开工改造城镇老旧小区2.5万个，重点补齐养老、托育、停车等设施短板。';
const ad = '金秋装饰　旧房翻新一站式服务\n咨询热线：0771-5566888　地址：青秀区民族大道88号';
/** Paper 1, page 3: both stories, caption inside the first, a 相关新闻 box and an advertisement. */
const pageA =
  [
    '东江日报　2026年6月10日　星期三　第3版　要闻',
    '责任编辑：李明　校对：王芳　版式：陈晨',
    '城市更新让老小区焕发新活力',
    s1.deck,
    s1.byline,
    s1.p[0],
    s1.p[1],
    caption,
    s1.p[2],
    s1.p[3],
    s1.p[4],
    related,
    s2.title,
    ...s2.p,
    ad,
  ].join('\n\n') + '\n';
/** Paper 2, page 1: the rail story first, then the housing story under its own headline, continued on page 4. */
const pageB1 =
  [
    '北岸都市报　A01　2026年6月10日',
    s2.title.replace(' ', '　'),
    s2.p[0],
    s2.p[1],
    s2.p[3],
    '（本报综合）',
    '老旧小区改造 居民生活更舒心',
    s1.p[0],
    s1.p[1]!.slice(0, 40),
  ].join('\n\n') +
  s1.p[1]!.slice(40) +
  '\n\n' +
  s1.p[2] +
  '\n（下转第4版）\n\n本版责编：周涛　校对：孙丽\n';
/** Paper 2, page 4: the rest of the housing story, then a local brief. */
const pageB4 =
  [
    '北岸都市报　A04　2026年6月10日　综合',
    '（上接第1版）',
    s1.p[3],
    s1.p[4]!.replace('2100余个', '2100多个'),
    '（据新华社电）',
    '市区今夏新增12处游泳场所',
    '记者从市体育局获悉，今年夏季市区将新增12处公共游泳场所，其中8处为学校游泳池错峰开放，预计7月1日起陆续对市民开放。',
  ].join('\n\n') + '\n';

/** The text `story` covers in `v`, spans joined by ¦. */
function covered(story: StoryLocation | undefined, v: VariantText): string {
  return (story?.spans ?? [])
    .filter((s) => s.variant === v.id)
    .map((s) => v.text.slice(s.start, s.end))
    .join('¦');
}

describe('two papers printing the same two wire stories on whole pages', () => {
  const a = variant('A', pageA);
  const b1 = variant('B1', pageB1);
  const b4 = variant('B4', pageB4);
  const { shared, unique } = findStories([a, b1, b4]);
  const housing = shared.find((s) => covered(s, a).includes('锦华小区'));
  const rail = shared.find((s) => covered(s, a).includes('南玉高铁'));

  it('finds the two stories and nothing else as shared', () => {
    expect(shared).toHaveLength(2);
    expect(housing?.title).toBe('城市更新让老小区焕发新活力');
    expect(rail?.title).toBe(s2.title);
    expect(rail?.missing).toEqual(['B4']);
  });

  it('covers the housing story in every paper, across the page break, under either headline', () => {
    for (const p of s1.p) {
      const probe = p.slice(0, 20);
      expect(covered(housing, a)).toContain(probe);
      expect(`${covered(housing, b1)}¦${covered(housing, b4)}`).toContain(probe);
    }
    expect(covered(housing, a).startsWith('城市更新让老小区焕发新活力')).toBe(true);
    expect(covered(housing, b1).startsWith('老旧小区改造 居民生活更舒心')).toBe(true);
    expect(covered(housing, b4).startsWith('（上接第1版）')).toBe(true);
  });

  it("leaves out the caption, the 相关新闻 box, the advertisement, mastheads and editors' credits", () => {
    const all = [a, b1, b4].map((v) => `${covered(housing, v)}¦${covered(rail, v)}`).join('¦');
    for (const foreign of [
      '图为改造后的锦华小区',
      '新华社记者 赵一鸣 摄',
      '相关新闻',
      '2.5万个',
      '金秋装饰',
      '咨询热线',
      '东江日报',
      '责任编辑',
      '本版责编',
      '北岸都市报',
      '游泳场所',
    ]) {
      expect(all).not.toContain(foreign);
    }
  });

  it('lists the 相关新闻 box and the local brief as stories one paper prints', () => {
    expect(unique.map((u) => u.title).sort()).toEqual(
      ['相关新闻', '市区今夏新增12处游泳场所'].sort(),
    );
  });
});
