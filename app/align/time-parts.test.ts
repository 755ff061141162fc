import { describe, expect, it } from 'vitest';
import { wholeStoryFlags } from '../../test/support/app/whole-story';

/** Every flag as category, rule and readings, for whole files collated as one story. */
function flagsOf(texts: readonly string[]): string[] {
  return wholeStoryFlags(texts).map(
    (f) => `${f.category} ${f.rule}: ${f.readings.map((r) => r.text.trim()).join(' | ')}`,
  );
}

// Our own text.
const HEAD = '县图书馆去年开始修复馆藏古籍，工作人员每天在灯下一页一页地拼接。';
const TAIL = '馆长说，这些书还要再修很多年。';

describe('mergeTimeParts: the pieces of one time of day are one number flag', () => {
  it('a range of hours in words and on a clock', () => {
    const a = `${HEAD}阅览室每天上午8时至下午6时开放，周一闭馆。${TAIL}`;
    const b = `${HEAD}阅览室每天8:00—18:00开放，周一闭馆。${TAIL}`;
    expect(flagsOf([a, b, b])).toEqual([
      'number number.time-of-day: 上午8时至下午6时 | 8:00—18:00 | 8:00—18:00',
    ]);
  });

  it('hours and minutes, and noon', () => {
    const minutes = flagsOf([
      `${HEAD}讲座于凌晨5时15分开始。${TAIL}`,
      `${HEAD}讲座于凌晨5:15开始。${TAIL}`,
    ]);
    expect(minutes).toHaveLength(1);
    expect(minutes[0]).toMatch(/^number /);
    expect(
      flagsOf([`${HEAD}讲座于中午12时开始。${TAIL}`, `${HEAD}讲座于12:00开始。${TAIL}`]),
    ).toEqual(['number number.time-of-day: 中午12时 | 12:00']);
  });

  it('but not two figures of a decimal apart', () => {
    const flags = flagsOf([
      `${HEAD}今年增长了八点六个百分点，达到三成。${TAIL}`,
      `${HEAD}今年增长了八点九个百分点，达到四成。${TAIL}`,
    ]);
    expect(flags).toHaveLength(2);
  });
});
