/**
 * Fifth round of probes, on marks, written before their results were seen: English jump lines
 * with the section letter after the number (Page 6A), an AP story with its rule and "Follow …"
 * footer in the wire copy only, a paper's own story opened by 本报杭州3月1日讯 right after a
 * shared one, and a dateline in square brackets (【新华社…电】).
 */
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures/stories/news-stories';
import { findStories } from './find-stories';
import { variant, covered, uncovered } from '../../test/fixtures/stories/test-pages';

const en = [
  'LANSING, Mich. (AP) — Michigan will spend $60 million to replace lead water pipes in 11 cities this year, Gov. Carla Mendez announced Thursday, the largest single-year commitment in the state’s history.',
  'The money, drawn from federal infrastructure funds and a state bond, will pay for about 9,000 service lines. Cities were chosen based on the age of their pipes and the number of young children living in older homes.',
  '"No parent should have to wonder whether the water in a baby’s bottle is safe," Mendez said at a water treatment plant in Saginaw.',
  'Utility officials said crews would start in neighborhoods where tests last year found the highest lead levels.',
];

describe('probe: English jump lines with the section letter after the page number', () => {
  const wire = variant(
    'W',
    page([
      'Michigan to replace lead pipes in 11 cities',
      'By OMAR LINDQVIST Associated Press',
      ...en,
    ]),
  );
  const front = variant(
    'F',
    page([
      'Lead pipe money headed to 11 cities',
      en[0] ?? '',
      en[1] ?? '',
      'Continued on Page 6A',
      'Fair opens Friday',
      'The county fair opens Friday with a rodeo, a pie contest and the first night of the demolition derby.',
    ]),
  );
  const inside = variant(
    'I',
    page([
      'From Page 1A',
      en[2] ?? '',
      en[3] ?? '',
      'Police blotter',
      'A bicycle was reported stolen Tuesday from a rack outside the public library.',
    ]),
  );
  it('joins both parts as one story and leaves the local items out', () => {
    const { shared } = findStories([wire, front, inside]);
    expect(shared).toHaveLength(1);
    const text = `${covered(shared[0], front)}¦${covered(shared[0], inside)}`;
    expect(uncovered(text, en)).toEqual([]);
    for (const foreign of ['rodeo', 'bicycle', 'Police blotter'])
      expect(text).not.toContain(foreign);
  });
});

describe('probe: an AP story whose wire copy ends with a rule and a Follow … footer', () => {
  const wire = variant(
    'W',
    page([
      'Michigan to replace lead pipes in 11 cities',
      'By OMAR LINDQVIST Associated Press',
      ...en,
      '___',
      'Follow AP’s coverage of water safety at https://apnews.com/hub/water',
    ]),
  );
  const paper = variant(
    'P',
    page([
      'Michigan commits $60M to lead pipes',
      ...en,
      'Obituaries',
      'Harold Finch, 91, of Bay City, died Sunday. He repaired clocks for six decades.',
    ]),
  );
  it('finds the story in both and leaves the obituary out', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    expect(uncovered(covered(shared[0], wire), en)).toEqual([]);
    expect(uncovered(covered(shared[0], paper), en)).toEqual([]);
    expect(covered(shared[0], paper)).not.toContain('Harold Finch');
  });
});

const zhTitle = '高速公路服务区充电桩实现全覆盖';
const zh = [
  '新华社北京3月1日电（记者 叶昊鸣）记者从交通运输部获悉，截至2月底，全国高速公路服务区累计建成充电桩三万余个，实现所有服务区全覆盖，春节假期高峰日充电量比去年增长六成。',
  '交通运输部公路局负责人介绍，针对节假日充电排队问题，各地在重点服务区增设移动充电车，并推广“充电预约”服务，车主可以提前在手机上查看空闲充电桩。',
  '下一步，交通运输部将推动超充站建设，力争年内在繁忙路段实现“充电十分钟、续航二百公里”。',
];

describe('probe: a paper’s own story opened by 本报…讯 right after the shared one', () => {
  const own =
    '本报杭州3月1日讯（记者 楼晓燕）记者从省交通集团获悉，我省高速公路服务区今年将新增超充桩八百个，杭州绕城高速沿线服务区将率先完成改造。';
  const a = variant('A', page(['浙中日报　第3版', zhTitle, ...zh, own, '本版编辑：方芳']));
  const b = variant(
    'B',
    page([
      '北方晨报　A06',
      zhTitle,
      ...zh,
      '（新华社）',
      '春季植树活动启动',
      '本报讯 全市春季义务植树活动日前启动，今年计划植树五十万株。',
    ]),
  );
  it('leaves the local story out of the shared one', () => {
    const { shared } = findStories([a, b]);
    expect(shared).toHaveLength(1);
    expect(uncovered(covered(shared[0], a), zh)).toEqual([]);
    expect(covered(shared[0], a)).not.toContain('楼晓燕');
  });
});

describe('probe: a dateline in square brackets opening the lead', () => {
  const bracketed = [
    `【新华社北京3月1日电】${(zh[0] ?? '').replace(/^新华社北京3月1日电（记者 叶昊鸣）/u, '')}`,
    ...zh.slice(1),
  ];
  const other =
    '春季植树活动启动\n\n全市春季义务植树活动日前启动，今年计划植树五十万株，各区将在河道两岸和公园周边集中栽种乡土树种。';
  const a = variant(
    'A',
    page(['浙中日报　第3版', other, zhTitle.replace('实现', '已'), ...bracketed]),
  );
  const b = variant('B', page([zhTitle, ...zh]));
  it('starts the story at its headline and not in the brief before it', () => {
    const { shared } = findStories([a, b]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], a);
    expect(text.startsWith(zhTitle.replace('实现', '已'))).toBe(true);
    expect(uncovered(text, bracketed)).toEqual([]);
    expect(text).not.toContain('植树');
  });
});
