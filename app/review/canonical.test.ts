import { describe, expect, it } from 'vitest';
import {
  changeBaseVariant,
  defaultBaseVariant,
  hasEditsOutsideFlags,
  initStoryReview,
} from './canonical';
import { acceptReading, editByHand } from './decide';
import { reviewProblems } from './invariants';
import { buildStoryFixture } from '../../test/fixtures/review/story-fixture';
import type { Story } from '../model/types';

const parts = [
  '本报讯 记者',
  { readings: ['李肖娜', '肖娜', '李肖娜'], category: 'name' as const },
  '报道：今年共有',
  { readings: ['4110', '4100', '4110'], category: 'number' as const },
  '名考生参加考试',
  { readings: ['、', '，', '，'], category: 'punctuation' as const },
  '成绩良好。\n',
  {
    readings: ['', '据悉，考试分两天进行。', '据悉，考试分两天进行。'],
    category: 'omission' as const,
  },
  '\n全文完。',
];

describe('initStoryReview', () => {
  it('takes the majority at every flag, the base text elsewhere, and anchors each flag on its text', () => {
    const { story, variants } = buildStoryFixture(3, parts, { prefix: '第一版\n' });
    const review = initStoryReview(story, variants, 'v2');
    expect(review.baseVariant).toBe('v2');
    expect(review.canonical).toBe(
      '本报讯 记者李肖娜报道：今年共有4110名考生参加考试，成绩良好。\n据悉，考试分两天进行。\n全文完。',
    );
    for (const flag of story.flags) {
      const anchor = review.anchors.find((a) => a.flagId === flag.id);
      expect(anchor).toBeDefined();
      if (anchor) expect(review.canonical.slice(anchor.start, anchor.end)).toBe(flag.majority);
    }
    expect(reviewProblems(review)).toEqual([]);
    expect(Object.keys(review.decisions)).toHaveLength(0);
  });

  it('lets the base variant win a tie', () => {
    const { story, variants } = buildStoryFixture(2, ['甲', { readings: ['困难', '问题'] }, '乙']);
    expect(initStoryReview(story, variants, 'v1').canonical).toBe('甲困难乙');
    expect(initStoryReview(story, variants, 'v2').canonical).toBe('甲问题乙');
  });

  it('keeps the base form of a reading that agrees with the majority after style folding', () => {
    // Latin context: the house form leaves its punctuation alone (house-form.test.ts has the CJK case).
    const { story, variants } = buildStoryFixture(3, [
      'a',
      { readings: [',', '，', '，'], majority: '，' },
      ' b',
    ]);
    expect(initStoryReview(story, variants, 'v1').canonical).toBe('a, b');
  });

  it('chooses by default the variant agreeing with the majority most often, else v1', () => {
    const { story } = buildStoryFixture(3, parts);
    expect(defaultBaseVariant(story)).toBe('v3');
    const tie = buildStoryFixture(2, ['甲', { readings: ['困难', '问题'] }]);
    expect(defaultBaseVariant(tie.story)).toBe('v1');
  });

  it('joins the spans of a split story with a line break', () => {
    const text = '上半篇甲乙。广告。下半篇丙丁。';
    const story: Story = {
      id: 's1',
      title: 't',
      spans: [
        { variant: 'v1', start: 0, end: 6 },
        { variant: 'v1', start: 9, end: 15 },
      ],
      flags: [
        {
          id: 's1-f1',
          category: 'wording',
          readings: [{ variant: 'v1', start: 12, end: 14, text: '丙丁' }],
          majority: '丙丁',
        },
      ],
    };
    const review = initStoryReview(
      story,
      [{ id: 'v1', path: 'a', name: 'a', encoding: 'utf-8', text }],
      'v1',
    );
    expect(review.canonical).toBe('上半篇甲乙。\n下半篇丙丁。');
    expect(review.anchors[0]).toEqual({ flagId: 's1-f1', start: 10, end: 12 });
  });

  it('refuses a base that does not carry the story', () => {
    const { story, variants } = buildStoryFixture(2, ['甲']);
    expect(() => initStoryReview(story, variants, 'v9')).toThrow(/does not carry/);
  });
});

describe('changeBaseVariant', () => {
  it('rebuilds on the new base and keeps every decision', () => {
    const { story, variants } = buildStoryFixture(2, [
      '甲',
      { readings: ['困难', '问题'] },
      '乙',
      { readings: ['1', '2'] },
      '丙',
    ]);
    let review = initStoryReview(story, variants, 'v1');
    const [f1, f2] = story.flags;
    if (!f1 || !f2) throw new Error('fixture');
    review = acceptReading(review, f2, 'v2', { editor: 'ed', at: 't' }).review;
    review = editByHand(review, f1.id, '难题', { editor: 'ed', at: 't' }).review;
    const moved = changeBaseVariant(review, story, variants, 'v2');
    expect(moved.baseVariant).toBe('v2');
    expect(moved.canonical).toBe('甲难题乙2丙');
    expect(moved.decisions).toEqual(review.decisions);
    expect(reviewProblems(moved)).toEqual([]);
  });
});

describe('flags nested in an omitted passage', () => {
  const parts = [
    '导语。\n',
    {
      omitted: [false, true, false],
      parts: ['她和社区干部', { readings: ['聚焦', '', '关注'] }, '新就业群体的需求。'],
    },
    '\n结尾。',
  ];

  it('keep their own anchors inside the passage the base carries', () => {
    const { story, variants } = buildStoryFixture(3, parts);
    const review = initStoryReview(story, variants, 'v1');
    expect(review.canonical).toBe('导语。\n她和社区干部聚焦新就业群体的需求。\n结尾。');
    const [outer, inner] = story.flags;
    if (!outer || !inner) throw new Error('fixture');
    const slice = (r: typeof review, id: string) => {
      const a = r.anchors.find((x) => x.flagId === id);
      return a ? r.canonical.slice(a.start, a.end) : null;
    };
    expect(slice(review, outer.id)).toBe('她和社区干部聚焦新就业群体的需求。');
    expect(slice(review, inner.id)).toBe('聚焦');

    const picked = acceptReading(review, inner, 'v3', { editor: 'e', at: 't' }, story).review;
    expect(slice(picked, outer.id)).toBe('她和社区干部关注新就业群体的需求。');
    const dropped = acceptReading(picked, outer, 'v2', { editor: 'e', at: 't' }, story).review;
    expect(dropped.canonical).toBe('导语。\n\n结尾。');
    const restored = acceptReading(dropped, outer, 'v3', { editor: 'e', at: 't' }, story).review;
    expect(slice(restored, inner.id)).toBe('关注');
    expect(restored.decisions[inner.id]).toMatchObject({ status: 'accepted', text: '关注' });
    expect(reviewProblems(restored)).toEqual([]);
  });

  it('stay empty when the base omits the passage, and move inside it when it is taken', () => {
    const { story, variants } = buildStoryFixture(3, parts);
    const review = initStoryReview(story, variants, 'v2');
    const [outer, inner] = story.flags;
    if (!outer || !inner) throw new Error('fixture');
    // The passage is the majority (v1 and v3 carry it, in different words: no majority text, so the base wins).
    expect(review.canonical).toBe('导语。\n\n结尾。');
    const taken = acceptReading(review, outer, 'v1', { editor: 'e', at: 't' }, story).review;
    const a = taken.anchors.find((x) => x.flagId === inner.id);
    expect(a && taken.canonical.slice(a.start, a.end)).toBe('聚焦');
    expect(reviewProblems(taken)).toEqual([]);
  });
});

describe('hasEditsOutsideFlags', () => {
  it('tells a hand edit outside every flag from decisions alone', () => {
    const { story, variants } = buildStoryFixture(2, ['甲', { readings: ['困难', '问题'] }, '乙']);
    const review = initStoryReview(story, variants, 'v1');
    const flag = story.flags[0];
    if (!flag) throw new Error('fixture');
    const decided = acceptReading(review, flag, 'v2', { editor: 'e', at: 't' }).review;
    expect(hasEditsOutsideFlags(decided, story, variants)).toBe(false);
    const edited = { ...decided, canonical: `${decided.canonical}丙` };
    expect(hasEditsOutsideFlags(edited, story, variants)).toBe(true);
  });
});
