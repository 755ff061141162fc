import { describe, expect, it } from 'vitest';
import { buildStoryFixture } from '../../test/fixtures/review/story-fixture';
import { compareVariants } from '../compare';
import type { VariantText } from '../model/types';
import { initStoryReview } from './canonical';
import { acceptReading, pickReading } from './decide';
import { houseFormText } from './house-form';
import { reviewProblems } from './invariants';

function variant(id: string, text: string): VariantText {
  return { id, name: `${id}.txt`, path: `${id}.txt`, encoding: 'utf-8', text };
}

describe('the canonical starts in the house form', () => {
  it("drops a base page's heading marks and keeps every anchor on its text", () => {
    const { story, variants } = buildStoryFixture(2, [
      '## 社区食堂开张\n本报讯',
      { readings: ['李肖娜', '肖娜'] },
      '报道。',
    ]);
    const review = initStoryReview(story, variants, 'v1');
    expect(review.canonical).toBe('社区食堂开张\n本报讯李肖娜报道。');
    const anchor = review.anchors[0];
    expect(anchor && review.canonical.slice(anchor.start, anchor.end)).toBe('李肖娜');
    expect(reviewProblems(review)).toEqual([]);
  });

  it('takes full-width punctuation in Chinese whatever the base page printed, and leaves English alone', () => {
    const { story, variants } = buildStoryFixture(2, [
      '今年以来,城东区新开',
      { readings: ['12', '13'] },
      '家(试点)。 In English, (too).',
    ]);
    const review = initStoryReview(story, variants, 'v1');
    expect(review.canonical).toBe('今年以来，城东区新开12家（试点）。 In English, (too).');
    expect(houseFormText('### Title, here\n甲,乙')).toBe('Title, here\n甲，乙');
  });

  it('decides presence by vote through the engine: a passage two of three pages print is in, one only one prints is out', () => {
    const p1 = '社区食堂温暖老人心，今年以来城东区新开社区食堂十二家。';
    const p2 = '区民政局局长张海燕介绍，食堂坚持微利运营，一荤一素一汤只要十五元钱。';
    const p3 = '不少老人说，在家门口就能吃上热饭菜，心里踏实，子女也放心了许多。';
    const extra = '记者在现场看到，前来就餐的老人络绎不绝，窗口前排起了长队。';
    const texts = [
      // The base (first) page drops p2 and alone prints the extra paragraph.
      `${p1}\n\n${extra}\n\n${p3}\n`,
      `${p1}\n\n${p2}\n\n${p3}\n`,
      `${p1}\n\n${p2}\n\n${p3}\n`,
    ];
    const variants = texts.map((t, i) => variant(`v${i + 1}`, t));
    const result = compareVariants(variants);
    const story = result.stories[0];
    if (!story) throw new Error('no shared story');
    const review = initStoryReview(story, variants, 'v1');
    expect(review.canonical).toContain(p2);
    expect(review.canonical).not.toContain(extra);
  });
});

describe('a reading taken into the canonical', () => {
  const stamp = { editor: 'test', at: '2026-01-01T00:00:00.000Z' };

  it('goes in as its page printed it, not folded: digits, quotes and words stay', () => {
    const { story, variants } = buildStoryFixture(3, [
      '今年以来，城东区新开',
      { readings: ['十二家', '十二家', '１２家'] },
      '食堂，老人说',
      { readings: ['“好”', '“好”', '"很好"'] },
      '。',
    ]);
    let review = initStoryReview(story, variants, 'v1');
    for (const flag of story.flags) review = acceptReading(review, flag, 'v3', stamp, story).review;
    // The page's full-width digits and straight quotes: as printed (the folded form is 12, “很好”).
    expect(review.canonical).toBe('今年以来，城东区新开１２家食堂，老人说"很好"。');
    for (const flag of story.flags) {
      const printed = flag.readings.find((r) => r.variant === 'v3')?.text;
      expect(review.decisions[flag.id]?.text).toBe(printed);
    }
    expect(reviewProblems(review)).toEqual([]);
  });

  it("gets the house form's punctuation width in Chinese text and loses heading marks, and nothing else changes", () => {
    const { story, variants } = buildStoryFixture(3, [
      '今年以来，城东区新开社区食堂。\n',
      {
        readings: ['', '', '## 服务老人(试点),每天三千人次。\n'],
        category: 'omission',
        majority: '',
      },
      '受到居民欢迎, 他说。 In English, (too).',
    ]);
    let review = initStoryReview(story, variants, 'v1');
    // A hand edit that types half-width outside the flag stays as typed.
    review = { ...review, canonical: review.canonical.replace('欢迎，', '欢迎,') };
    const flag = story.flags[0];
    if (!flag) throw new Error('no flag');
    const outcome = pickReading(review, flag, 'v3', stamp, story);
    expect(outcome.review.canonical).toBe(
      '今年以来，城东区新开社区食堂。\n服务老人（试点），每天三千人次。\n受到居民欢迎,他说。 In English, (too).',
    );
    expect(outcome.decision.text).toBe('服务老人（试点），每天三千人次。\n');
    expect(outcome.review.decisions[flag.id]?.text).toBe(outcome.decision.text);
    expect(reviewProblems(outcome.review)).toEqual([]);
  });
});
