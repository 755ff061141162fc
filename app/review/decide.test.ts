import { describe, expect, it } from 'vitest';
import {
  acceptMajority,
  acceptReading,
  bulkDecide,
  editByHand,
  pickReading,
  rejectFlag,
  reopenFlag,
} from './decide';
import { reviewProblems } from './invariants';
import { statusOf } from './queries';
import { buildReviewFixture } from '../../test/fixtures/review/review-fixture';

const ctx = { editor: '王编辑', at: '2026-11-23T10:00:00.000Z' };

function setup() {
  return buildReviewFixture(3, [
    '记者',
    { readings: ['李肖娜', '肖娜', '李肖娜'], category: 'name' },
    '报道，',
    { readings: ['、', '，', '，'], category: 'punctuation' },
    '共',
    { readings: ['4110', '4100', '4110'], category: 'number' },
    '名',
    { readings: ['；', '。', '，'], category: 'punctuation' },
    '完',
  ]);
}

describe('decisions', () => {
  it('accept takes the variant reading, shifts later anchors, records who and when, and leaves the input alone', () => {
    const { review, flag } = setup();
    const before = review.canonical;
    const { review: next, decision } = acceptReading(review, flag(0), 'v2', ctx);
    expect(next.canonical).toBe('记者肖娜报道，，共4110名；完');
    expect(decision).toEqual({
      flagId: 's1-f1',
      status: 'accepted',
      text: '肖娜',
      variant: 'v2',
      editor: '王编辑',
      at: ctx.at,
    });
    expect(statusOf(next, 's1-f1')).toBe('accepted');
    expect(review.canonical).toBe(before);
    expect(statusOf(review, 's1-f1')).toBe('open');
    expect(reviewProblems(next)).toEqual([]);
    const numberAnchor = next.anchors.find((a) => a.flagId === 's1-f3');
    expect(numberAnchor && next.canonical.slice(numberAnchor.start, numberAnchor.end)).toBe('4110');
  });

  it('pick, reject, hand edit and reopen', () => {
    const { review, flag } = setup();
    const picked = pickReading(review, flag(2), 'v2', ctx).review;
    expect(picked.canonical).toContain('共4100名');
    expect(statusOf(picked, 's1-f3')).toBe('picked');
    const rejected = rejectFlag(picked, 's1-f3', ctx);
    expect(rejected.review.canonical).toBe(picked.canonical);
    expect(rejected.decision.text).toBe('4100');
    const edited = editByHand(rejected.review, 's1-f1', '李晓娜', ctx).review;
    expect(edited.canonical.startsWith('记者李晓娜报道')).toBe(true);
    expect(statusOf(edited, 's1-f1')).toBe('edited');
    const reopened = reopenFlag(edited, 's1-f1');
    expect(statusOf(reopened, 's1-f1')).toBe('open');
    expect(reopened.canonical).toBe(edited.canonical);
    expect(reviewProblems(edited)).toEqual([]);
  });

  it('accept majority uses the base form and refuses a tie', () => {
    const { review, flag } = setup();
    expect(acceptMajority(review, flag(1), ctx).decision.text).toBe('，');
    expect(() => acceptMajority(review, flag(3), ctx)).toThrow(/no majority/);
  });

  it('bulk accepts the majority at every open punctuation flag and lists the tie it skipped', () => {
    const { review, story } = setup();
    const outcome = bulkDecide(
      review,
      story,
      { categories: ['punctuation'], statuses: ['open'] },
      { type: 'accept-majority' },
      ctx,
    );
    expect(outcome.decisions.map((d) => d.flagId)).toEqual(['s1-f2']);
    expect(outcome.skipped).toEqual([{ flagId: 's1-f4', reason: 'no majority (tie)' }]);
    expect(statusOf(outcome.review, 's1-f1')).toBe('open');
    expect(reviewProblems(outcome.review)).toEqual([]);
  });

  it('bulk accepts one variant wherever it is in the minority', () => {
    const { review, story } = setup();
    const outcome = bulkDecide(
      review,
      story,
      { variant: 'v2' },
      { type: 'accept-variant', variant: 'v2' },
      ctx,
    );
    expect(outcome.review.canonical).toBe('记者肖娜报道，，共4100名。完');
    expect(outcome.decisions.map((d) => d.flagId)).toEqual(['s1-f1', 's1-f3', 's1-f4']);
    expect(reviewProblems(outcome.review)).toEqual([]);
  });

  it('bulk reject keeps the canonical and marks every selected flag', () => {
    const { review, story } = setup();
    const outcome = bulkDecide(review, story, {}, { type: 'reject' }, ctx);
    expect(outcome.review.canonical).toBe(review.canonical);
    expect(story.flags.every((f) => statusOf(outcome.review, f.id) === 'rejected')).toBe(true);
  });
});
