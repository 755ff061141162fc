import { describe, expect, it } from 'vitest';
import { onlyTimeWords, timesOfDay } from './times';

describe('timesOfDay', () => {
  it('reads clocks and Chinese times alike, in twenty-four hours', () => {
    expect(timesOfDay('阅览室每天上午8时至下午6时开放')).toEqual([480, 1080]);
    expect(timesOfDay('阅览室每天8:00—18:00开放')).toEqual([480, 1080]);
    expect(timesOfDay('活动于晚上七点半开始')).toEqual([1170]);
    expect(timesOfDay('凌晨 3:15 出发')).toEqual([195]);
    expect(timesOfDay('凌晨3时15分出发')).toEqual([195]);
    expect(timesOfDay('中午12时开饭')).toEqual([720]);
    expect(timesOfDay('１４：２０到站')).toEqual([860]);
  });

  it('reads no decimal point, duration or word as a time', () => {
    expect(timesOfDay('增长了八点六个百分点')).toEqual([]);
    expect(timesOfDay('走了3个小时')).toEqual([]);
    expect(timesOfDay('一时难以决定')).toEqual([]);
    expect(timesOfDay('比分为3:12')).toEqual([192]); // a score reads as a clock: both are numbers
    expect(timesOfDay('比分是3:125')).toEqual([]);
  });

  it('tells the words of a time from other words', () => {
    expect(onlyTimeWords('上午9时至下午5时')).toBe(true);
    expect(onlyTimeWords('8:00—18')).toBe(true);
    expect(onlyTimeWords('时开放')).toBe(false);
  });
});
