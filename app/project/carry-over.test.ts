import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../model/types';
import { initStoryReview } from '../review/canonical';
import { acceptReading, editByHand, rejectFlag } from '../review/decide';
import { reviewProblems } from '../review/invariants';
import { buildStoryFixture, type FixturePart } from '../../test/fixtures/review/story-fixture';
import { carryOverDecisions, changedVariants } from './carry-over';

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

const name = { readings: ['李肖娜', '肖娜', '李肖娜'], category: 'name' } as const;
const number = { readings: ['4110', '4100', '4110'], category: 'number' } as const;
const commaA = { readings: ['、', '，', '，'], category: 'punctuation' } as const;
const commaB = { readings: ['、', '，', '，'], category: 'punctuation' } as const;
const wording = { readings: ['困难', '问题', '问题'], category: 'wording' } as const;

const oldParts: FixturePart[] = [
  '市民政局局长',
  name,
  '介绍，全市共有',
  number,
  '名持证社工，覆盖社区',
  commaA,
  '乡村',
  commaB,
  '学校。\n他说，今后将着力解决群众的',
  wording,
  '。',
];

describe('carryOverDecisions', () => {
  it('carries decisions to the same flags in a changed source and lists the one it cannot place', () => {
    const before = buildStoryFixture(3, oldParts, { prefix: '第一版\n' });
    let review = initStoryReview(before.story, before.variants, 'v1');
    const flags = before.story.flags;
    const [fName, fNumber, fCommaA, fCommaB, fWording] = flags;
    if (!fName || !fNumber || !fCommaA || !fCommaB || !fWording) throw new Error('fixture');
    review = editByHand(review, fName.id, '李晓娜', ctx).review;
    review = acceptReading(review, fNumber, 'v2', ctx).review;
    review = acceptReading(review, fCommaB, 'v1', ctx).review;
    review = rejectFlag(review, fCommaA.id, ctx).review;
    review = acceptReading(review, fWording, 'v1', ctx).review;

    // v2 was corrected on disk: a new lead sentence, and its wording now agrees (困难), so that flag is gone.
    const newParts: FixturePart[] = [
      '本报讯（记者 张三）',
      { readings: ['', '近日召开推进会。', ''], category: 'omission' },
      ...oldParts.slice(0, -2),
      '困难',
      '。',
    ];
    const after = buildStoryFixture(3, newParts, { prefix: '第一版 要闻\n' });
    const outcome = carryOverDecisions(
      resultOf(before),
      { s1: review },
      resultOf(after),
      after.variants,
    );

    expect(outcome.carried.map((c) => [c.fromFlagId, c.toFlagId])).toEqual([
      ['s1-f1', 's1-f2'],
      ['s1-f2', 's1-f3'],
      ['s1-f4', 's1-f5'],
      ['s1-f3', 's1-f4'],
    ]);
    expect(outcome.lost).toHaveLength(1);
    expect(outcome.lost[0]).toMatchObject({
      flagId: 's1-f5',
      reason: 'no-matching-flag',
      readings: ['困难', '问题', '问题'],
    });
    const next = outcome.reviews['s1'];
    if (!next) throw new Error('no review');
    expect(reviewProblems(next)).toEqual([]);
    expect(next.canonical).toContain(
      '市民政局局长李晓娜介绍，全市共有4100名持证社工，覆盖社区，乡村、学校。\n他说，今后将着力解决群众的困难。',
    );
    expect(next.decisions['s1-f2']).toMatchObject({
      status: 'edited',
      text: '李晓娜',
      editor: '王编辑',
      at: ctx.at,
    });
    expect(next.decisions['s1-f1']).toBeUndefined();
    expect(Object.keys(next.decisions)).toHaveLength(4);
    // Without the old texts the changed canonical is reported as possibly holding lost edits…
    expect(outcome.uncarriedEdits).toEqual([
      { storyId: 's1', storyTitle: '测试稿件', certain: false },
    ]);
    // …with them, it is known there were none.
    const known = carryOverDecisions(
      resultOf(before),
      { s1: review },
      resultOf(after),
      after.variants,
      before.variants,
    );
    expect(known.uncarriedEdits).toEqual([]);
    const handEdited = { ...review, canonical: `${review.canonical}（完）` };
    const edited = carryOverDecisions(
      resultOf(before),
      { s1: handEdited },
      resultOf(after),
      after.variants,
      before.variants,
    );
    expect(edited.uncarriedEdits).toEqual([
      { storyId: 's1', storyTitle: '测试稿件', certain: true },
    ]);
  });

  it('calls a decision ambiguous when two places match equally and loses a story that is gone', () => {
    const parts: FixturePart[] = ['甲乙丙丁', commaA, '戊己庚辛'];
    const before = buildStoryFixture(3, parts);
    const review = rejectFlag(
      initStoryReview(before.story, before.variants, 'v1'),
      's1-f1',
      ctx,
    ).review;
    const twice = buildStoryFixture(3, [...parts, '\n', ...parts]);
    const outcome = carryOverDecisions(
      resultOf(before),
      { s1: review },
      resultOf(twice),
      twice.variants,
    );
    expect(outcome.carried).toEqual([]);
    expect(outcome.lost[0]).toMatchObject({ reason: 'ambiguous', candidates: ['s1-f1', 's1-f2'] });

    const other = buildStoryFixture(3, parts, { title: '另一篇稿件' });
    const gone = carryOverDecisions(
      resultOf(before),
      { s1: review },
      { ...resultOf(other), stories: [] },
      other.variants,
    );
    expect(gone.lost[0]).toMatchObject({ reason: 'story-gone', storyTitle: '测试稿件' });
  });
});

describe('changedVariants', () => {
  it('names the sources whose bytes changed or vanished', () => {
    const saved = [
      { id: 'v1', path: '/a.txt', name: 'a.txt', encoding: 'utf-8', sha256: 'aa', size: 1 },
      { id: 'v2', path: '/b.txt', name: 'b.txt', encoding: 'gb18030', sha256: 'bb', size: 1 },
      { id: 'v3', path: '/c.txt', name: 'c.txt', encoding: 'utf-8', sha256: 'cc', size: 1 },
    ];
    expect(
      changedVariants(saved, [
        { path: '/a.txt', sha256: 'aa' },
        { path: '/b.txt', sha256: 'b2' },
      ]),
    ).toEqual([
      { id: 'v2', path: '/b.txt', change: 'changed' },
      { id: 'v3', path: '/c.txt', change: 'missing' },
    ]);
  });
});
