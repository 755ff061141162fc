import { describe, expect, it } from 'vitest';
import { wholeStoryFlags } from '../../test/support/app/whole-story';

/** Every flag as category and readings, for whole files collated as one story. */
function flagsOf(texts: readonly string[]): string[] {
  return wholeStoryFlags(texts).map(
    (f) => `${f.category}: ${f.readings.map((r) => r.text).join(' | ')}`,
  );
}

// Our own text.
const HEAD = '县图书馆去年开始修复馆藏古籍，工作人员每天在灯下一页一页地拼接。';
const TAIL = '馆长说，这些书还要再修很多年。';

describe('splitFigureBesideClause: a figure changed beside a clause one variant drops', () => {
  it('is a number flag and a wording flag', () => {
    const a = `${HEAD}今年借阅量增长了两成五，是建馆以来最多的一年。${TAIL}`;
    const b = `${HEAD}今年借阅量增长了25%。${TAIL}`;
    const c = `${HEAD}今年借阅量增长了25%，是建馆以来最多的一年。${TAIL}`;
    expect(flagsOf([a, b, c])).toEqual([
      'number: 两成五 | 25% | 25%',
      'wording: ，是建馆以来最多的一年 |  | ，是建馆以来最多的一年',
    ]);
  });

  it('but stays one flag when the clause itself differs', () => {
    const a = `${HEAD}今年借阅量增长了两成五，是建馆以来最多的一年。${TAIL}`;
    const b = `${HEAD}今年借阅量增长了25%。${TAIL}`;
    const c = `${HEAD}今年借阅量增长了25%，为历年最多。${TAIL}`;
    expect(flagsOf([a, b, c])).toHaveLength(1);
  });
});
