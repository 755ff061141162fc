import { describe, expect, it } from 'vitest';
import { acceptReading, rejectFlag } from './decide';
import { countFlags, filterFlags, groupByParagraph, nextFlag, numberRows, statusOf, varianceProfile } from './queries';
import { buildReviewFixture } from '../../test/fixtures/review/review-fixture';

const ctx = { editor: 'e', at: '2026-11-23T10:00:00.000Z' };

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
    { readings: ['', '2024年全市新增社工120名。', '2024年全市新增社工120名。'], category: 'omission' },
  ]);
}

describe('queries', () => {
  it('counts by category and status, and filters by category, status and variant', () => {
    const { story, review, flag } = setup();
    const decided = rejectFlag(acceptReading(review, flag(0), 'v2', ctx).review, 's1-f2', ctx).review;
    const counts = countFlags(story, decided);
    expect(counts.total).toBe(6);
    expect(counts.byCategory).toEqual({ name: 1, number: 3, punctuation: 1, wording: 0, omission: 1 });
    expect(counts.byStatus).toMatchObject({ open: 4, accepted: 1, rejected: 1 });
    expect(counts.openByCategory.number).toBe(2);
    expect(filterFlags(story, decided, { categories: ['number'], statuses: ['open'] }).map((f) => f.id)).toEqual(['s1-f4', 's1-f5']);
    // v1 is in the minority at the tie (s1-f4) and where it alone reads 、 or 二〇二五年 or lacks a sentence.
    expect(filterFlags(story, decided, { variant: 'v1' }).map((f) => f.id)).toEqual(['s1-f3', 's1-f4', 's1-f5', 's1-f6']);
    expect(statusOf(decided, 's1-f1')).toBe('accepted');
  });

  it('groups flags by paragraph of the canonical', () => {
    const { story, review } = setup();
    const groups = groupByParagraph(story, review);
    expect(groups.map((g) => [g.index, g.flags.map((f) => f.id)])).toEqual([
      [0, ['s1-f1']],
      [1, ['s1-f2', 's1-f3']],
      [2, ['s1-f4', 's1-f5', 's1-f6']],
    ]);
    const third = groups[2];
    expect(third && review.canonical.slice(third.start, third.end).startsWith('第三段')).toBe(true);
  });

  it('finds the next and previous (open) flag from a position, wrapping', () => {
    const { story, review } = setup();
    const a2 = review.anchors[1];
    if (!a2) throw new Error('anchor');
    expect(nextFlag(story, review, a2.start, 'next')?.flag.id).toBe('s1-f3');
    expect(nextFlag(story, review, a2.start, 'previous')?.flag.id).toBe('s1-f1');
    expect(nextFlag(story, review, review.canonical.length, 'next')?.flag.id).toBe('s1-f1');
    expect(nextFlag(story, review, review.canonical.length, 'next', { wrap: false })).toBeNull();
    const decided = rejectFlag(review, 's1-f3', ctx).review;
    expect(nextFlag(story, decided, a2.start, 'next', { onlyOpen: true })?.flag.id).toBe('s1-f4');
    expect(nextFlag(story, decided, 0, 'next', { currentFlagId: 's1-f2', onlyOpen: true })?.flag.id).toBe('s1-f4');
  });

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
      f.id === 's1-f2' ? { ...f, numbers: { differ: 'form' as const, values: f.readings.map((r) => ({ variant: r.variant, value: 7 })) } } : f,
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
    const withTie = profile.find((b) => b.firstFlagId === 's1-f4' || b.flags > 0 && b.variants === 3);
    expect(withTie?.variants).toBe(3);
  });
});
