import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initStoryReview } from './canonical';
import { acceptReading } from './decide';
import { applyTextEdit, applyTextEdits } from './edit';
import { reviewProblems } from './invariants';
import { statusOf } from './queries';
import { buildStoryFixture } from '../../test/fixtures/review/story-fixture';

const ctx = { editor: 'ed', at: '2026-11-23T10:00:00.000Z' };

function setup() {
  const { story, variants } = buildStoryFixture(2, [
    '今天',
    { readings: ['李肖娜', '肖娜'] },
    '来到',
    { readings: ['北京', '南京'] },
    '。',
  ]);
  // canonical (base v1, tie → base): 今天李肖娜来到北京。 anchors f1 2–5, f2 7–9
  return { story, review: initStoryReview(story, variants, 'v1') };
}

describe('applyTextEdit', () => {
  it('shifts anchors after an edit before them and leaves them open', () => {
    const { review } = setup();
    const { review: next, touched } = applyTextEdit(
      review,
      { start: 0, end: 2, text: '昨日上午' },
      ctx,
    );
    expect(next.canonical).toBe('昨日上午李肖娜来到北京。');
    expect(touched).toEqual([]);
    expect(next.anchors).toEqual([
      { flagId: 's1-f1', start: 4, end: 7 },
      { flagId: 's1-f2', start: 9, end: 11 },
    ]);
    expect(statusOf(next, 's1-f1')).toBe('open');
  });

  it('typing right after or right before a flag does not edit it', () => {
    const { review } = setup();
    const after = applyTextEdit(review, { start: 5, end: 5, text: '同志' }, ctx);
    expect(after.touched).toEqual([]);
    expect(after.review.anchors[0]).toEqual({ flagId: 's1-f1', start: 2, end: 5 });
    const before = applyTextEdit(review, { start: 2, end: 2, text: '记者' }, ctx);
    expect(before.touched).toEqual([]);
    expect(before.review.anchors[0]).toEqual({ flagId: 's1-f1', start: 4, end: 7 });
  });

  it('an edit inside a flag marks it edited with the new text', () => {
    const { review } = setup();
    const accepted = acceptReading(review, setupFlag(), 'v1', ctx).review;
    const { review: next, touched } = applyTextEdit(
      accepted,
      { start: 3, end: 4, text: '晓' },
      ctx,
    );
    expect(touched).toEqual(['s1-f1']);
    expect(next.decisions['s1-f1']).toMatchObject({
      status: 'edited',
      text: '李晓娜',
      editor: 'ed',
    });
    expect(reviewProblems(next)).toEqual([]);
  });

  it('an edit that deletes a whole flag collapses its anchor and keeps it edited', () => {
    const { review } = setup();
    const { review: next, touched } = applyTextEdit(review, { start: 1, end: 6, text: '' }, ctx);
    expect(next.canonical).toBe('今到北京。');
    expect(touched).toEqual(['s1-f1']);
    expect(next.anchors[0]).toEqual({ flagId: 's1-f1', start: 1, end: 1 });
    expect(next.decisions['s1-f1']).toMatchObject({ status: 'edited', text: '' });
    expect(next.anchors[1]).toEqual({ flagId: 's1-f2', start: 2, end: 4 });
  });

  it('an edit across two flags touches both and keeps them ordered', () => {
    const { review } = setup();
    const { review: next, touched } = applyTextEdit(review, { start: 4, end: 8, text: 'X' }, ctx);
    expect(next.canonical).toBe('今天李肖X京。');
    expect(touched).toEqual(['s1-f1', 's1-f2']);
    expect(next.decisions['s1-f1']?.text).toBe('李肖X');
    expect(next.decisions['s1-f2']?.text).toBe('京');
    expect(reviewProblems(next)).toEqual([]);
  });

  function setupFlag() {
    const flag = setup().story.flags[0];
    if (!flag) throw new Error('fixture');
    return flag;
  }
});

describe('applyTextEdit, property', () => {
  const pieces = fc.array(
    fc.oneof(fc.constantFrom('甲', '乙', '，', '。', '\n', 'ab'), fc.string({ maxLength: 3 })),
    { maxLength: 4 },
  );
  const editArb = fc.record({ a: fc.nat(), b: fc.nat(), text: pieces.map((p) => p.join('')) });

  it('keeps every anchor in bounds, ordered, and every decided flag equal to its text after random edits', () => {
    fc.assert(
      fc.property(
        fc.array(editArb, { maxLength: 25 }),
        fc.array(fc.nat(3), { maxLength: 4 }),
        (edits, accepts) => {
          const { story, variants } = buildStoryFixture(3, [
            '头',
            { readings: ['甲乙', '甲', '甲乙'] },
            '中间',
            { readings: ['', '补充句。', '补充句。'], category: 'omission' },
            { readings: ['1', '2', '2'], category: 'number' },
            '尾',
            { readings: ['，', '、', '。'], category: 'punctuation' },
          ]);
          let review = initStoryReview(story, variants, 'v1');
          for (const i of accepts) {
            const flag = story.flags[i];
            if (flag) review = acceptReading(review, flag, 'v2', ctx).review;
          }
          const ids = review.anchors.map((a) => a.flagId);
          for (const { a, b, text } of edits) {
            const length = review.canonical.length + 1;
            const start = Math.min(a, b) % length;
            const end = Math.min(length - 1, start + (Math.max(a, b) % 6));
            const before = review;
            review = applyTextEdit(review, { start, end, text }, ctx).review;
            expect(review.canonical).toBe(
              before.canonical.slice(0, start) + text + before.canonical.slice(end),
            );
          }
          expect(reviewProblems(review)).toEqual([]);
          expect(review.anchors.map((a) => a.flagId)).toEqual(ids);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an edit away from every anchor leaves the anchored texts unchanged', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        pieces.map((p) => p.join('')),
        (at, text) => {
          const { review } = setup();
          const slices = (r: typeof review) =>
            r.anchors.map((x) => r.canonical.slice(x.start, x.end));
          const positions = [0, 1, 5, 6, 9, 10];
          const pos = positions[at % positions.length] ?? 0;
          const next = applyTextEdits(review, [{ start: pos, end: pos, text }], ctx).review;
          expect(slices(next)).toEqual(slices(review));
        },
      ),
    );
  });
});
