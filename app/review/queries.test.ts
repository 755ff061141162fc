import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Flag } from '../model/types';
import type { StoryReview } from './types';
import {
  NO_FILTER,
  countFlags,
  groupByParagraph,
  groupReadings,
  majorityReading,
  suggestedReading,
  matchesFilter,
  paragraphAt,
  paragraphStarts,
  stepFlag,
} from './queries';

const flag = (
  id: string,
  texts: readonly string[],
  majority: string | null,
  category: Flag['category'] = 'wording',
): Flag => ({
  id,
  category,
  majority,
  readings: texts.map((text, i) => ({ variant: `v${i + 1}`, start: 0, end: text.length, text })),
});

const reviewOf = (
  canonical: string,
  anchors: StoryReview['anchors'],
  decisions: StoryReview['decisions'] = {},
): StoryReview => ({
  storyId: 's1',
  baseVariant: 'v1',
  canonical,
  anchors,
  decisions,
});

describe('groupReadings', () => {
  it('groups equal readings, most printed first, majority marked', () => {
    const groups = groupReadings(flag('f1', ['肖娜', '李肖娜', '李肖娜', '萧娜'], '李肖娜'));
    expect(groups).toEqual([
      { text: '李肖娜', variants: ['v2', 'v3'], majority: true },
      { text: '肖娜', variants: ['v1'], majority: false },
      { text: '萧娜', variants: ['v4'], majority: false },
    ]);
  });

  it('marks the printed form of a majority the engine reports after style folding', () => {
    const f = flag('f1', ['4,110', '4，110', '4,100'], '4,110');
    expect(majorityReading(f)).toBe('4,110');
    const folded = flag('f2', ['，', '，', '、'], ',');
    expect(majorityReading(folded)).toBe('，');
    expect(groupReadings(folded)[0]?.majority).toBe(true);
  });

  it('covers every reading exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('甲', '乙', '丙', ''), { minLength: 1, maxLength: 9 }),
        (texts) => {
          const groups = groupReadings(flag('f', texts, null));
          expect(groups.flatMap((g) => g.variants).sort()).toEqual(
            texts.map((_, i) => `v${i + 1}`).sort(),
          );
          for (let i = 1; i < groups.length; i += 1) {
            expect((groups[i - 1]?.variants.length ?? 0) >= (groups[i]?.variants.length ?? 0)).toBe(
              true,
            );
          }
        },
      ),
    );
  });
});

describe('matchesFilter and countFlags', () => {
  const flags = [
    flag('f1', ['甲', '乙', '甲'], '甲', 'name'),
    flag('f2', ['1', '1', '2'], '1', 'number'),
    flag('f3', ['，', '、'], null, 'punctuation'),
  ];
  const review = reviewOf('甲1，', [], {
    f2: { flagId: 'f2', status: 'rejected', text: '1', editor: '', at: '' },
  });

  it('filters by category, status, variant and text', () => {
    const ids = (filter: Partial<typeof NO_FILTER>) =>
      flags.filter((f) => matchesFilter(f, review, { ...NO_FILTER, ...filter })).map((f) => f.id);
    expect(ids({})).toEqual(['f1', 'f2', 'f3']);
    expect(ids({ categories: ['name', 'punctuation'] })).toEqual(['f1', 'f3']);
    expect(ids({ statuses: ['open'] })).toEqual(['f1', 'f3']);
    expect(ids({ statuses: ['rejected'] })).toEqual(['f2']);
    // v2 differs from the majority at f1 only; at a tie (f3) every variant is kept.
    expect(ids({ variant: 'v2' })).toEqual(['f1', 'f3']);
    expect(ids({ variant: 'v3' })).toEqual(['f2']);
    expect(ids({ text: '乙' })).toEqual(['f1']);
  });

  it('counts per category and status', () => {
    const counts = countFlags(flags, review);
    expect(counts.total).toBe(3);
    expect(counts.byCategory).toMatchObject({
      name: 1,
      number: 1,
      punctuation: 1,
      wording: 0,
      omission: 0,
    });
    expect(counts.byStatus).toMatchObject({ open: 2, rejected: 1, accepted: 0 });
  });
});

describe('paragraphs', () => {
  it('numbers non-empty lines and finds the paragraph of an offset', () => {
    const text = '标题\n\n第一段。\n  \n第二段，\n第三段';
    const starts = paragraphStarts(text);
    expect(starts).toEqual([0, 4, 12, 17]);
    expect(paragraphAt(starts, 0)).toBe(1);
    expect(paragraphAt(starts, 5)).toBe(2);
    expect(paragraphAt(starts, 11)).toBe(2);
    expect(paragraphAt(starts, 13)).toBe(3);
    expect(paragraphAt(starts, 100)).toBe(4);
  });

  it('groups consecutive flags of one paragraph', () => {
    const review = reviewOf('甲乙\n丙丁', [
      { flagId: 'a', start: 0, end: 1 },
      { flagId: 'b', start: 1, end: 2 },
      { flagId: 'c', start: 3, end: 4 },
    ]);
    const groups = groupByParagraph(
      [
        flag('a', ['甲'], null),
        flag('b', ['乙'], null),
        flag('c', ['丙'], null),
        flag('x', ['?'], null),
      ],
      review,
    );
    expect(groups.map((g) => [g.paragraph, g.line, g.flags.map((f) => f.id)])).toEqual([
      [1, 1, ['a', 'b']],
      [2, 2, ['c']],
      [0, 0, ['x']],
    ]);
    // Blank lines between paragraphs count as editor lines but not as paragraphs.
    const spaced = reviewOf('甲\n\n乙\r\n\r\n丙', [{ flagId: 'c', start: 8, end: 9 }]);
    expect(
      groupByParagraph([flag('c', ['丙'], null)], spaced).map((g) => [g.paragraph, g.line]),
    ).toEqual([[3, 5]]);
  });
});

describe('stepFlag', () => {
  const flags = ['f1', 'f2', 'f3', 'f4'].map((id) => flag(id, ['a', 'b'], null));

  it('starts at the ends and wraps', () => {
    expect(stepFlag(flags, null, 1)?.id).toBe('f1');
    expect(stepFlag(flags, null, -1)?.id).toBe('f4');
    expect(stepFlag(flags, 'f4', 1)?.id).toBe('f1');
    expect(stepFlag(flags, 'f1', -1)?.id).toBe('f4');
  });

  it('skips what is not a candidate and steps on from a hidden current flag', () => {
    const open = (f: Flag) => f.id !== 'f2';
    expect(stepFlag(flags, 'f1', 1, open)?.id).toBe('f3');
    const shown = [flags[0], flags[3]].filter((f): f is Flag => f !== undefined);
    expect(stepFlag(shown, 'f2', 1, () => true, flags)?.id).toBe('f4');
    expect(stepFlag(flags, 'f1', 1, () => false)).toBeNull();
    expect(stepFlag([], null, 1)).toBeNull();
  });

  it('visits every flag once in n steps, forwards and backwards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 29 }),
        fc.constantFrom<1 | -1>(1, -1),
        (n, startAt, direction) => {
          const list = Array.from({ length: n }, (_, i) => flag(`f${i}`, ['a'], null));
          let current: string | null = list[startAt % n]?.id ?? null;
          const seen = new Set<string>();
          for (let i = 0; i < n; i += 1) {
            current = stepFlag(list, current, direction)?.id ?? null;
            if (current) seen.add(current);
          }
          expect(seen.size).toBe(n);
          expect(current).toBe(list[startAt % n]?.id);
        },
      ),
    );
  });
});

describe('readings by folded form and the suggested reading', () => {
  it('never splits a vote by width: ，and , are one reading, printed as the first variant prints it', () => {
    const groups = groupReadings(flag('f', ['、', '，', ','], null, 'punctuation'));
    expect(groups).toEqual([
      { text: '，', variants: ['v2', 'v3'], majority: true },
      { text: '、', variants: ['v1'], majority: false },
    ]);
  });

  it('suggests the majority, taking the base variant’s printed form when the base is in it', () => {
    const f = flag('f', ['，', ',', '、'], null, 'punctuation');
    expect(suggestedReading(f, 'v2')).toMatchObject({
      variant: 'v2',
      tie: false,
      group: { variants: ['v1', 'v2'] },
    });
    expect(suggestedReading(f, 'v3')).toMatchObject({ variant: 'v1', tie: false });
  });

  it('on a tie suggests the base variant’s reading and says it is a tie', () => {
    const f = flag('f', ['李肖娜', '肖娜'], null, 'name');
    expect(groupReadings(f).some((g) => g.majority)).toBe(false);
    expect(suggestedReading(f, 'v2')).toMatchObject({
      variant: 'v2',
      tie: true,
      group: { text: '肖娜' },
    });
    expect(suggestedReading(f, 'v1')).toMatchObject({
      variant: 'v1',
      tie: true,
      group: { text: '李肖娜' },
    });
  });
});
