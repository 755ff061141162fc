import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../model/types';
import { initStoryReview } from '../review/canonical';
import { acceptReading, editByHand, rejectFlag } from '../review/decide';
import { reviewProblems } from '../review/invariants';
import { buildStoryFixture, type FixturePart } from '../../test/fixtures/review/story-fixture';
import { carryOverDecisions } from './carry-over';

const ctx = { editor: '王编辑', at: '2026-11-23T10:00:00.000Z' };

function resultOf(fixture: ReturnType<typeof buildStoryFixture>): CompareResult {
  return {
    version: 1,
    variants: fixture.variants.map((v) => ({
      id: v.id,
      path: v.path,
      name: v.name,
      encoding: v.encoding,
      length: v.text.length,
    })),
    stories: [fixture.story],
    styleNotes: [],
  };
}

/** A story of three pages, each part's readings given per page. */
function partsOf(name: string[], number: string[] | string, comma: string[]): FixturePart[] {
  return [
    '区民政局局长',
    { readings: name, category: 'name' },
    '通报，今年共培训',
    typeof number === 'string' ? number : { readings: number, category: 'number' },
    '名社工，走进社区',
    { readings: comma, category: 'punctuation' },
    '家庭。',
  ];
}

describe('carrying decisions when pages are added or removed', () => {
  const three = buildStoryFixture(
    3,
    partsOf(['赵明远', '赵明', '赵明远'], ['2310', '2310', '2301'], ['、', '，', '，']),
  );
  const decided = (() => {
    const [fName, fNumber, fComma] = three.story.flags;
    if (!fName || !fNumber || !fComma) throw new Error('fixture');
    let review = initStoryReview(three.story, three.variants, 'v1');
    review = editByHand(review, fName.id, '赵明远同志', ctx).review;
    review = acceptReading(review, fNumber, 'v3', ctx).review;
    review = rejectFlag(review, fComma.id, ctx).review;
    return review;
  })();

  it('keeps every decision when an added page prints a reading no other page had', () => {
    // The fourth page brings a third spelling of the name and a fourth form of the comma.
    const four = buildStoryFixture(
      4,
      partsOf(
        ['赵明远', '赵明', '赵明远', '赵鸣远'],
        ['2310', '2310', '2301', '2310'],
        ['、', '，', '，', '；'],
      ),
    );
    const outcome = carryOverDecisions(
      resultOf(three),
      { s1: decided },
      resultOf(four),
      four.variants,
      three.variants,
    );
    expect(outcome.lost).toEqual([]);
    expect(outcome.carried).toHaveLength(3);
    const next = outcome.reviews['s1'];
    if (!next) throw new Error('no review');
    expect(reviewProblems(next)).toEqual([]);
    expect(next.canonical).toContain(
      '区民政局局长赵明远同志通报，今年共培训2301名社工，走进社区，家庭。',
    );
    expect(
      Object.values(next.decisions)
        .map((d) => d.status)
        .sort(),
    ).toEqual(['accepted', 'edited', 'rejected']);
  });

  it('keeps the decisions whose flag remains when a page is removed and lists the one whose flag is gone', () => {
    // Without the third page the number flag is gone (the two pages left agree on 2310).
    const two = buildStoryFixture(2, partsOf(['赵明远', '赵明'], '2310', ['、', '，']));
    const outcome = carryOverDecisions(
      resultOf(three),
      { s1: decided },
      resultOf(two),
      two.variants,
      three.variants,
    );
    expect(outcome.carried).toHaveLength(2);
    expect(outcome.lost).toHaveLength(1);
    expect(outcome.lost[0]).toMatchObject({
      reason: 'no-matching-flag',
      readings: ['2310', '2310', '2301'],
    });
    expect(outcome.reviews['s1']?.canonical).toContain('赵明远同志通报');
  });
});
