/**
 * Fourth round of probes, on layout, written before their results were seen: a kicker line (眉题)
 * above the headline, a photo caption set into the middle of a sentence, a story closed by （完）,
 * an English reprint that drops (AP) from the dateline and adds a contributor line, and an OCR
 * page without blank lines that prints two stories under a bare headline.
 */
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures/stories/news-stories';
import { findStories } from './find-stories';
import { variant, covered, uncovered } from '../../test/fixtures/stories/test-pages';

const title = '戈壁滩上建起“光伏长城”';
const p = [
  '新华社西宁8月12日电（记者 李占轶）在青海省海南藏族自治州共和县的戈壁滩上，一排排光伏板整齐排列，一眼望不到边。这里是全国规模最大的光伏发电园区之一，装机容量已超过一千六百万千瓦。',
  '园区建设之初，这里风沙大、植被少。建设者们在光伏板下种植牧草，板下的牧草长势良好，当地牧民还把羊群赶进园区放牧，被称为“光伏羊”。',
  '共和县发展和改革局负责人介绍，光伏板减少了地表蒸发，园区内的植被覆盖率比建设前提高了三成多，形成了“板上发电、板下种草、板间养羊”的模式。',
  '依托园区，当地还建起了光伏组件回收和运维服务基地，带动周边群众就业两千余人。',
];

describe('probe: a kicker line above the headline', () => {
  const a = variant('A', page(['高原日报　第2版', '关注绿色发展', title, ...p]));
  const b = variant('B', page(['西部商报　A3', title, ...p.slice(0, 3), '（据新华社）']));
  it('takes the kicker with the headline', () => {
    const { shared } = findStories([a, b]);
    expect(shared).toHaveLength(1);
    expect(covered(shared[0], a).startsWith('关注绿色发展')).toBe(true);
    expect(uncovered(covered(shared[0], a), p)).toEqual([]);
  });
});

describe('probe: a photo caption set into the middle of a sentence', () => {
  const at = p[1]?.indexOf('当地牧民') ?? 0;
  const a = variant(
    'A',
    `${['青海日报　第4版', title, p[0] ?? ''].join('\n\n')}\n\n${(p[1] ?? '').slice(0, at)}\n\n光伏园区里的“光伏羊”。\n新华社记者 张龙 摄\n\n${(p[1] ?? '').slice(at)}\n\n${p.slice(2).join('\n\n')}\n`,
  );
  const b = variant('B', page([title, ...p]));
  it('keeps the caption out and both halves of the sentence in', () => {
    const { shared } = findStories([a, b]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], a);
    expect(uncovered(text, p)).toEqual([]);
    expect(text).not.toContain('张龙 摄');
  });
});

describe('probe: a story closed by （完） and followed by a brief', () => {
  const a = variant(
    'A',
    page([
      title,
      ...p,
      '（完）',
      '本地简讯',
      '市图书馆本周六举办少儿科普讲座，欢迎家长带孩子参加。',
    ]),
  );
  const b = variant('B', page([title, ...p, '（新华社西宁8月12日电）']));
  it('takes （完） and leaves the brief out', () => {
    const { shared } = findStories([a, b]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], a);
    expect(text.endsWith('（完）')).toBe(true);
    expect(text).not.toContain('科普讲座');
  });
});

describe('probe: an English reprint drops (AP) from the dateline and adds a contributor line', () => {
  const en = [
    'NEW YORK (AP) — The city will open its first public swimming pool built in three decades next summer in the Bronx, Mayor Ellen Park said Monday.',
    'The $48 million pool in Claremont Park will hold up to 1,200 swimmers and stay open until 9 p.m. on weekdays, a first for the city, Park said at a news conference at the site.',
    'Neighborhood groups had pressed for the pool for years, noting that children in the area often swim in fire hydrant spray during heat waves.',
    'Construction began in 2024 and is about two-thirds complete, according to the parks department.',
  ];
  const wire = variant(
    'W',
    page([
      'New York to open first new public pool in decades',
      'By RITA VOSS Associated Press',
      ...en,
    ]),
  );
  const printed = [en[0]?.replace(' (AP)', '') ?? '', ...en.slice(1)];
  const paper = variant(
    'P',
    page([
      'Bronx pool set to open next summer',
      ...printed,
      'Associated Press writer Tom Beck contributed to this report.',
      'Weather',
      'Sunny and warm today with a high near 84. Clear tonight, low around 66.',
    ]),
  );
  it('finds the story, the contributor line with it, the weather without', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], paper);
    expect(uncovered(text, printed)).toEqual([]);
    expect(text).toContain('contributed to this report');
    expect(text).not.toContain('Sunny and warm');
  });
});

describe('probe: an OCR page without blank lines prints two stories under a bare headline', () => {
  const second = {
    title: '老字号糕点铺排起长队',
    p: [
      '中秋临近，位于老城区的百年糕点铺门前排起了长队。店里的月饼仍按老方子手工制作，每天限量供应三千个，上午就能卖完。',
      '第四代传人吴德顺说，店里坚持用猪油和冰糖，馅料每天现炒。近两年不少年轻人也来排队，“他们说吃的是小时候的味道”。',
    ],
  };
  const lines = ['西北晨报 第6版', title, ...p, second.title, ...second.p];
  const ocr = variant('O', `${lines.join('\n')}\n`);
  const clean = variant(
    'C',
    page([title, ...p, '（新华社西宁8月12日电）', second.title, ...second.p]),
  );
  it('keeps the two stories apart', () => {
    const { shared } = findStories([ocr, clean]);
    const solar = shared.find((s) => covered(s, ocr).includes('戈壁滩'));
    expect(covered(solar, ocr)).not.toContain('糕点');
  });

  it('keeps them apart when no page closes the first with a dateline either', () => {
    const bare = variant('C', page([title, ...p, second.title, ...second.p]));
    const { shared } = findStories([ocr, bare]);
    expect(shared).toHaveLength(2);
    const solar = shared.find((s) => covered(s, ocr).includes('戈壁滩'));
    expect(covered(solar, ocr)).not.toContain('糕点');
    expect(covered(solar, bare)).not.toContain('糕点');
  });
});
