import { describe, expect, it } from 'vitest';
import { numberRows, varianceProfile } from './queries';
import { buildReviewFixture } from '../../test/fixtures/review/review-fixture';

function setup() {
  return buildReviewFixture(3, [
    '第一段',
    { readings: ['李肖娜', '肖娜', '李肖娜'], category: 'name' },
    '说。\n第二段共',
    { readings: ['4110', '4100', '4110'], category: 'number' },
    '名，',
    { readings: ['、', '，', '，'], category: 'punctuation' },
    '好。\n\n第三段',
    { readings: ['1.2万', '一万二千', '1.2亿'], category: 'number', majority: null },
    '元',
    { readings: ['二〇二五年', '2025年', '2025年'], category: 'number' },
    '。',
    {
      readings: ['', '2024年全市新增社工120名。', '2024年全市新增社工120名。'],
      category: 'omission',
    },
  ]);
}

describe('the numbers table and the variance strip', () => {
  it('lists every number-bearing flag with its values, whether value or form differ, and the majority', () => {
    const { story, review } = setup();
    const rows = numberRows(story, review);
    expect(rows.map((r) => r.flagId)).toEqual(['s1-f2', 's1-f4', 's1-f5']);
    expect(rows[0]?.cells.map((c) => c.value)).toEqual([4110, 4100, 4110]);
    expect(rows[0]?.differ).toBe('value');
    expect(rows[1]?.cells.map((c) => c.value)).toEqual([12000, 12000, 120000000]);
    expect(rows[2]?.differ).toBe('form');
    expect(rows[2]?.majority).toBe('2025年');
  });

  it('prefers the engine annotation of a number flag', () => {
    const { story, review } = setup();
    const flags = story.flags.map((f) =>
      f.id === 's1-f2'
        ? {
            ...f,
            numbers: {
              differ: 'form' as const,
              values: f.readings.map((r) => ({ variant: r.variant, value: 7 })),
            },
          }
        : f,
    );
    const rows = numberRows({ ...story, flags }, review);
    expect(rows[0]).toMatchObject({ differ: 'form' });
    expect(rows[0]?.cells.map((c) => c.value)).toEqual([7, 7, 7]);
  });

  it('profiles variance along the story', () => {
    const { story, review } = setup();
    const profile = varianceProfile(story, review, 4);
    expect(profile).toHaveLength(4);
    expect(profile.reduce((n, b) => n + b.flags, 0)).toBe(6);
    expect(profile[0]?.start).toBe(0);
    expect(profile[3]?.end).toBe(review.canonical.length);
    const withTie = profile.find(
      (b) => b.firstFlagId === 's1-f4' || (b.flags > 0 && b.variants === 3),
    );
    expect(withTie?.variants).toBe(3);
  });

  it('leaves out a rewritten wording whose only numeral is a lone 一 (an article), keeps one with digits', () => {
    const { story, review } = buildReviewFixture(2, [
      '标题：',
      { readings: ['一座城市的温度', '这座城市的温度'], category: 'wording' },
      '。正文共',
      { readings: ['建成12家', '建成了十二家'], category: 'wording' },
      '。',
    ]);
    expect(numberRows(story, review).map((r) => r.flagId)).toEqual(['s1-f2']);
  });
});
