import { describe, expect, it } from 'vitest';
import type { HeldoutRow } from './rows';
import { categoryMacro, judgeRow, matrixTable, perCategoryAccuracy, tally } from './score-rows';

// The scoring alone, on made-up outcomes (no engine).
const row = (category: HeldoutRow['category']): HeldoutRow => ({
  texts: ['a', 'b'],
  category,
  note: 'test',
});

describe('scoring held-out rows', () => {
  it('judges no flag as none, one flag as its category, several as split', () => {
    expect(judgeRow('f', row('none'), []).right).toBe(true);
    expect(judgeRow('f', row('name'), []).got).toBe('none');
    expect(judgeRow('f', row('name'), ['name']).right).toBe(true);
    expect(judgeRow('f', row('name'), ['wording']).got).toBe('wording');
    expect(judgeRow('f', row('name'), ['name', 'name'])).toMatchObject({
      got: 'split',
      right: false,
    });
  });

  it('tallies a confusion matrix and a macro over the categories that have rows', () => {
    const t = tally([
      judgeRow('f', row('name'), ['name']),
      judgeRow('f', row('name'), ['wording']),
      judgeRow('f', row('number'), ['number']),
      judgeRow('f', row('none'), ['punctuation']),
    ]);
    expect(t).toMatchObject({ right: 2, total: 4 });
    expect(t.matrix.name.wording).toBe(1);
    expect(t.matrix.none.punctuation).toBe(1);
    expect(perCategoryAccuracy(t)).toEqual({ name: 0.5, number: 1, none: 0 });
    expect(categoryMacro(t)).toBeCloseTo(0.5);
    expect(categoryMacro(t, ['none'])).toBeCloseTo(0.75);
    expect(matrixTable(t)).toContain('| name | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 1/2 |');
  });
});
