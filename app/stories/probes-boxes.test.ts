/**
 * Boxes a paper sets into or right after a shared story that the other papers do not print: a
 * 相关链接 line, a 小贴士 list, a chart's caption and data rows, an English fact box. They are the
 * paper's, not the story's, and must stay out of its span (the engine would flag them as an
 * insertion); a real paragraph that only one paper keeps must stay in.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import {
  ferryStoryEn,
  page,
  riverStory,
  storyLines,
} from '../../test/fixtures/stories/news-stories';
import type { VariantText } from '../model/types';
import { covered, uncovered, variant } from '../../test/fixtures/stories/test-pages';

const cn = riverStory.paragraphs;
const en = ferryStoryEn.paragraphs;

/** What the shared story that opens the wire takes of `paper`, the pages found together. */
function takenOf(wire: VariantText, other: VariantText, paper: VariantText): string {
  const { shared } = findStories([wire, other, paper]);
  const opening = wire.text.replace(/\s/gu, '').slice(0, 10);
  return covered(
    shared.find((s) => covered(s, wire).replace(/\s/gu, '').startsWith(opening)),
    paper,
  );
}

describe('boxes set into a Chinese story on one page', () => {
  const wire = variant('W', page(storyLines(riverStory)));
  const other = variant(
    'O',
    page(['江南晚报 第5版', ...storyLines(riverStory), '今日天气：多云转晴']),
  );

  it('leaves a 相关链接 line out, even after a sentence the page left open', () => {
    const open = (cn[1] ?? '').replace(/。$/u, '，');
    const paper = variant(
      'P',
      page([
        '县城新闻 第2版',
        riverStory.title,
        cn[0] ?? '',
        open,
        '相关链接：我省河长制自2017年起全面推行',
        ...cn.slice(2),
        riverStory.dateline,
      ]),
    );
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, [cn[0] ?? '', open, ...cn.slice(2)])).toEqual([]);
    expect(text).not.toContain('相关链接');
  });

  it('leaves a 小贴士 list right after the story out', () => {
    const tips =
      '小贴士\n护河志愿者报名方式：关注“青溪护河”小程序\n每月第一个周六集中巡河\n巡河时请穿防滑鞋';
    const paper = variant('P', page([riverStory.title, ...cn, tips, '城东新开一家社区食堂']));
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, cn)).toEqual([]);
    expect(text).not.toContain('小贴士');
    expect(text).not.toContain('防滑鞋');
  });

  it('leaves a chart caption and its data rows out', () => {
    const paper = variant(
      'P',
      page([
        riverStory.title,
        ...cn.slice(0, 4),
        '数据：青溪河主要断面水质',
        '2016年　劣五类',
        '2020年　四类',
        '2025年　三类',
        ...cn.slice(4),
      ]),
    );
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, cn)).toEqual([]);
    expect(text).not.toContain('劣五类\n');
    expect(text).not.toContain('2020年');
  });

  it('leaves a 链接 box before the closing dateline out', () => {
    const link =
      '【链接】\n河长制是由各级党政主要负责人担任河长，负责组织领导相应河湖的管理和保护工作。';
    const paper = variant('P', page([riverStory.title, ...cn, link, riverStory.dateline]));
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, cn)).toEqual([]);
    expect(text).not.toContain('链接');
    expect(text).toContain(riverStory.dateline);
  });

  it('leaves a 延伸阅读 box after the closing credit out', () => {
    const credit = '（记者 林晓帆）';
    const more = '延伸阅读：青溪河沿岸七个社区组建护河志愿队，河长制让河流管护有了“责任人”。';
    const paper = variant(
      'P',
      page([riverStory.title, ...cn, credit, more, '城东新开一家社区食堂']),
    );
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, cn)).toEqual([]);
    expect(text).not.toContain('延伸阅读');
  });

  it('leaves a 小贴士 box of numbered tips set apart by blank lines out', () => {
    const tips = [
      '【小贴士】',
      '1.巡河时请结伴而行，不要独自靠近深水区。',
      '2.发现排污口异常排水，可拍照上传“青溪护河”小程序。',
      '3.雨天河道水位上涨，请勿在堤岸垂钓。',
    ];
    const paper = variant(
      'P',
      page([riverStory.title, ...cn.slice(0, 6), ...tips, ...cn.slice(6), riverStory.dateline]),
    );
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, cn)).toEqual([]);
    expect(text).not.toContain('结伴而行');
    expect(text).not.toContain('垂钓');
  });

  it('keeps a paragraph only this page prints, even one opening with 数据', () => {
    const extra =
      '数据显示，去年青溪河沿岸共接待游客一百二十万人次，带动周边餐饮和民宿收入增长三成以上。';
    const paper = variant(
      'P',
      page([riverStory.title, ...cn.slice(0, 5), extra, ...cn.slice(5), riverStory.dateline]),
    );
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, [...cn, extra])).toEqual([]);
  });
});

describe('fact boxes set into an English story on one page', () => {
  const wire = variant('W', page(storyLines(ferryStoryEn)));
  const other = variant(
    'O',
    page(['THE HARBOR TIMES | A4', ...storyLines(ferryStoryEn), 'Tides: high 6:02 a.m.']),
  );

  it('leaves a FAST FACTS box between two paragraphs out', () => {
    const box =
      'FAST FACTS\nFirst boat: 5:40 a.m.\nSecond boat: 6:20 a.m.\nDaily commuters: about 600';
    const paper = variant('P', page([ferryStoryEn.title, ...en.slice(0, 2), box, ...en.slice(2)]));
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, en)).toEqual([]);
    expect(text).not.toContain('FAST FACTS');
    expect(text).not.toContain('Daily commuters');
  });

  it('leaves a By the numbers box with bar-separated figures after the story out', () => {
    const box = 'By the numbers\n600 commuters | 2 new sailings | $310,000 a year';
    const paper = variant(
      'P',
      page([ferryStoryEn.title, ...en, box, 'School board meets Tuesday']),
    );
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, en)).toEqual([]);
    expect(text).not.toContain('By the numbers');
    expect(text).not.toContain('600 commuters');
  });

  it('keeps a paragraph only this page prints, even one with a label and figures', () => {
    const extra =
      'Ridership: the dawn boats carried 41 passengers on a test run in March and 58 in April, and officials expect many more once the timetable is printed.';
    const paper = variant(
      'P',
      page([ferryStoryEn.title, ...en.slice(0, 3), extra, ...en.slice(3)]),
    );
    const text = takenOf(wire, other, paper);
    expect(uncovered(text, [...en, extra])).toEqual([]);
  });
});
