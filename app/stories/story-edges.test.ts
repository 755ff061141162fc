import { describe, expect, it } from 'vitest';
import type { VariantText } from '../model/types';
import { extendToSupportedHead, furnitureShape, plain, trimFurnitureEdges } from './story-edges';

const page = (text: string): VariantText => ({
  id: 'v3',
  path: 'v3.txt',
  name: 'v3.txt',
  encoding: 'utf-8',
  text,
});
const BODY =
  '今天起向市民免费开放。\n\n公园占地一百二十公顷，新建步道九公里。\n\n游客可通过线上平台预约入园，管理处提醒市民文明游园。\n\n';
const OTHERS = plain(`${BODY}园区管理处`);

function kept(tail: string): string {
  const v = page(BODY + tail);
  const spans = trimFurnitureEdges(
    v,
    [{ variant: 'v3', start: 0, end: v.text.length }],
    () => OTHERS,
  );
  return spans.map((s) => v.text.slice(s.start, s.end)).join('');
}

describe('story edges', () => {
  it('tells furniture by shape: bracketed credits, stamps, breadcrumbs, copyright, a short tail line ending no sentence', () => {
    expect(furnitureShape('（责任编辑：周一鸣）', false)).toBe(true);
    expect(furnitureShape('来源：都市在线 2026-06-02 09:15', false)).toBe(true);
    expect(furnitureShape('Published 6:02 p.m. CST, Updated 7:15 p.m. CST', false)).toBe(true);
    expect(furnitureShape('首页 > 新闻 > 城市 > 正文', false)).toBe(true);
    expect(furnitureShape('© 2026 都市在线 版权所有', false)).toBe(true);
    expect(furnitureShape('广告 天天乐家具城 全场五折', true)).toBe(true);
    // At the start a short line ending no sentence is a headline.
    expect(furnitureShape('沿江湿地公园今起开放', false)).toBe(false);
    expect(furnitureShape('游客可通过线上平台预约入园。', true)).toBe(false);
  });

  it('takes a telephone number at the end for furniture, not a span of years or a pair of figures', () => {
    expect(furnitureShape('Tickets: call 555-0142', true)).toBe(true);
    expect(furnitureShape('咨询电话 0539-3236 666', true)).toBe(true);
    // A cut tail's last line may hold figures of the phone number's shape.
    expect(furnitureShape('The 2025-2026 season opens in May.', true)).toBe(false);
    expect(furnitureShape('新赛季定于2026-2027年度举行。', true)).toBe(false);
    expect(furnitureShape('两地客流由1200 1500人次起步。', true)).toBe(false);
    expect(furnitureShape('新赛季定于2026年5月开始。', true)).toBe(false);
    expect(furnitureShape('Published 6:02 p.m. CST, Updated 7:15 p.m.', true)).toBe(true);
  });

  it('takes a line of agate fields set apart by wide gaps (results, prices) for furniture, not a sentence with a double space', () => {
    expect(
      furnitureShape('HIGH SCHOOL SOCCER  Pine Ridge 2  Elm Valley 0  Cedar Hill 1', true),
    ).toBe(true);
    expect(furnitureShape('今日菜价  白菜 2.5元  土豆 3元  番茄 6元', true)).toBe(true);
    expect(furnitureShape('The fair opens  Friday and runs  through Sunday.', true)).toBe(false);
    expect(kept('今日菜价  白菜 2.5元  土豆 3元  番茄 6元')).not.toContain('菜价');
  });

  it('cuts an unsupported furniture line at the end, keeps a cut tail whose last words the others print changed', () => {
    expect(kept('广告 天天乐家具城 全场五折 电话 12345678')).not.toContain('广告');
    expect(kept('园区管理')).toContain('园区管理');
    expect(kept('园区管里')).toContain('园区管里');
    // A last line of a few characters is a cut tail's last words, whatever the others print.
    expect(kept('管会')).toContain('管会');
  });
});

describe('story edges: a changed last line', () => {
  it('keeps a short last line that the others print with a character changed', () => {
    const v = page(`${BODY}管理处2023年4月`);
    const others = plain(`${BODY}管理处2023年4月`);
    const changed = page(`${BODY}管理处202等3年4月`);
    const spans = trimFurnitureEdges(
      changed,
      [{ variant: 'v3', start: 0, end: changed.text.length }],
      () => others,
    );
    expect(spans.map((s) => changed.text.slice(s.start, s.end)).join('')).toContain('202等3年4月');
    expect(v.text).toContain('2023年4月');
  });
});

describe('story edges in English', () => {
  const body = [
    'The county ferry will add two dawn sailings to the mainland from Monday, officials said.',
    'The extra sailings will cost about $310,000 a year, paid from fares and a state transport grant.',
    'The county will review the timetable in October.',
  ].join('\n\n');
  const others = plain(body);
  const english = (text: string): VariantText => ({ ...page(text), id: 'v3' });

  function keptEn(tail: string): string {
    const v = english(`${body}\n\n${tail}`);
    const spans = trimFurnitureEdges(
      v,
      [{ variant: 'v3', start: 0, end: v.text.length }],
      () => others,
    );
    return spans.map((s) => v.text.slice(s.start, s.end)).join('');
  }

  it('cuts a credit, an editor line with an address and a pointer to another page that only this paper prints', () => {
    expect(keptEn('Staff writer Lena Ortiz contributed to this report.')).not.toContain('Ortiz');
    expect(keptEn('Edited by Oskar Brandvold')).not.toContain('Brandvold');
    expect(keptEn('Editor: Ida Mersey  |  desk@islandweekly.example')).not.toContain('Mersey');
    expect(keptEn('Harbour dredging plan B4')).not.toContain('dredging');
  });

  it('keeps a last line the others print, and a cut tail in mid-sentence', () => {
    expect(keptEn('The county will review the')).toContain('review the');
    expect(keptEn('Islanders said the dawn sailings')).toContain('dawn sailings');
  });

  it('does not take a one-word section label above the headline for the headline', () => {
    const headline = 'Island ferry adds dawn sailings';
    const v = english(`TRANSPORT\n\n${headline}\n\n${body}\n`);
    const start = v.text.indexOf(headline);
    const spans = extendToSupportedHead(
      v,
      [{ variant: 'v3', start: v.text.indexOf('The county ferry'), end: v.text.length }],
      () => plain(`${headline} ${body}`),
    );
    expect(spans[0]?.start).toBe(start);
  });
});

describe('story edges: a short credit in brackets under the story', () => {
  const body =
    '新华社杭州3月12日电 公园今天起向市民免费开放。\n\n公园占地一百二十公顷，新建步道九公里。\n\n';
  const others = plain(`${body}记者林晓帆`);
  function keptWith(tail: string, otherEnds: readonly string[]): string {
    const v = page(body + tail);
    const spans = trimFurnitureEdges(
      v,
      [{ variant: 'v3', start: 0, end: v.text.length }],
      () => others,
      () => ({ includes: (t: string) => otherEnds.includes(t) }),
    );
    return spans.map((s) => v.text.slice(s.start, s.end)).join('');
  }

  it('cuts it when no other paper ends with it, though their text names the agency or reporter', () => {
    expect(keptWith('(新华社)', [plain('公园占地一百二十公顷，新建步道九公里。')])).not.toContain(
      '(新华社)',
    );
    expect(keptWith('（记者 林晓帆）', [])).not.toContain('林晓帆');
  });

  it('keeps it when another paper ends with it too', () => {
    expect(keptWith('（新华社）', ['新华社'])).toContain('（新华社）');
  });
});

describe('story edges: a web page that retitles the story', () => {
  const body =
    '新华社合肥5月6日电 巢湖岸边的老渔村开起了民宿，渔民陶德顺把自家小楼改成了客房。\n\n陶德顺说，今年五一假期客房天天住满。\n';
  const others = plain(`渔村民宿迎客来\n\n${body}`);
  function startWith(head: string): string {
    const v = page(
      `皖江在线\n首页 > 安徽 > 乡村\n\n${head}\n\n2026-05-06 10:12\u3000来源：新华社\n字号：大 中 小\u3000打印本页\u3000关闭窗口\n\n${body}`,
    );
    const spans = extendToSupportedHead(
      v,
      [{ variant: 'v3', start: v.text.indexOf('新华社合肥'), end: v.text.length }],
      () => others,
    );
    return v.text.slice(spans[0]?.start ?? 0, v.text.indexOf('新华社合肥'));
  }

  it('takes its own headline over the stamps into the story when it rewords the others’ headline', () => {
    expect(startWith('巢湖老渔村：渔村民宿迎客忙')).toMatch(/^巢湖老渔村：渔村民宿迎客忙/u);
  });

  it('takes its own headline when it shares only a few of its words with the story, or ends on a quote', () => {
    expect(startWith('巢湖岸边，一个村子的新生意')).toMatch(/^巢湖岸边/u);
    expect(startWith('老渔村的民宿“火了”')).toMatch(/^老渔村的民宿/u);
  });

  it('leaves out a headline-shaped line that shares little with the story', () => {
    expect(startWith('本网推荐：夏季防汛十问十答')).not.toContain('防汛');
  });
});
