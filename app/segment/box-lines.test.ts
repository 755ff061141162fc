import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxHead, isBoxRow, isListItem } from './box-lines';

describe('boxHead', () => {
  it.each([
    '相关链接',
    '相关链接：我省河长制自2017年起全面推行',
    '【小贴士】',
    '数据：青溪河主要断面水质',
    '■延伸阅读',
    'FAST FACTS',
    'By the numbers',
    "What's next",
    // A wide gap (an ideographic space) after the label, as a colon: the box's own line.
    `■小贴士${'\u3000'}阳台菜园怎么浇水？本报下周刊出。`,
    `温馨提示${'\u3000'}${'\u3000'}寒潮期间请减少外出`,
  ])('takes %s for a box label', (line) => {
    expect(boxHead(line)).toBe('label');
  });

  it('takes a short heading in capitals for a possible box heading', () => {
    expect(boxHead('SNOW TOTALS')).toBe('caps');
  });

  it.each([
    '数据显示，去年青溪河沿岸共接待游客一百二十万人次。',
    '链接城乡的公交线路今年将再增三条',
    '资料 显示，全县共有老茶园九万亩。',
    "What's next for the ferry is a vote in October.",
    'Island ferry adds dawn sailings for mainland commuters',
    'Winter storm knocks out power to thousands in Maine and New Hampshire',
  ])('does not take %s for a box heading', (line) => {
    expect(boxHead(line)).toBeUndefined();
  });
});

describe('isBoxRow', () => {
  it.each([
    'Worcester 26 in. | Boston 19 in. | Providence 14 in.',
    '2016年　劣五类',
    'Boston 19 in.',
    'First boat: 5:40 a.m.',
    '护河志愿者报名方式：关注小程序',
    'Daily commuters: about 600',
  ])('takes %s for a box row', (line) => {
    expect(isBoxRow(line)).toBe(true);
  });

  it.each([
    'Ridership: the dawn boats carried 41 passengers on a test run in March and 58 in April, and officials expect more.',
    '答：今年我们一共走访了三十二个村，收集意见建议四百多条。',
    'He said 40 boats sailed. None sank.',
    '青溪河畔的健身步道上已经有不少晨练的市民',
    'Road work begins on Route 33',
    '全市新增公共停车泊位8000个',
  ])('does not take %s for a box row', (line) => {
    expect(isBoxRow(line)).toBe(false);
  });

  it('never takes a line longer than a box row allows for one, unless bars set figures apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('河', '水', '清', '1', '，', '：', '年'), {
          minLength: 25,
          maxLength: 80,
        }),
        (chars) => {
          const line = chars.join('');
          fc.pre(line.replace(/\s/gu, '').length > 24);
          expect(isBoxRow(line)).toBe(false);
        },
      ),
    );
  });
});

describe('isListItem', () => {
  it.each([
    '1.巡河时请结伴而行，不要独自靠近深水区。',
    '（2）雨天请勿在堤岸垂钓。',
    '③发现异常可拍照上传。',
    '- not a list',
    '• Bring water',
  ])('reads %s', (line) => {
    expect(isListItem(line)).toBe(!line.startsWith('-'));
  });

  it('does not take a long paragraph for an item, numbered or not', () => {
    expect(isListItem(`1.${'青溪河'.repeat(50)}。`)).toBe(false);
    expect(isListItem('数据显示，去年青溪河沿岸共接待游客一百二十万人次。')).toBe(false);
  });
});
