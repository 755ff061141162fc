import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberValue } from './number-value';

describe('number values', () => {
  it('reads Arabic, full-width, Chinese and unit-scaled numbers', () => {
    expect(parseNumberValue('4110')).toBe(4110);
    expect(parseNumberValue('４１１０')).toBe(4110);
    expect(parseNumberValue('1,000')).toBe(1000);
    expect(parseNumberValue('1.2万')).toBe(12000);
    expect(parseNumberValue('1.2亿')).toBe(120000000);
    expect(parseNumberValue('三十五')).toBe(35);
    expect(parseNumberValue('十五')).toBe(15);
    expect(parseNumberValue('两千零三')).toBe(2003);
    expect(parseNumberValue('二〇二五')).toBe(2025);
    expect(parseNumberValue('一万二千')).toBe(12000);
    expect(parseNumberValue('三亿五千万')).toBe(350000000);
    expect(parseNumberValue('十二万')).toBe(120000);
    expect(findNumbers('2025年1月25日，共4110名').map((n) => n.value)).toEqual([2025, 1, 25, 4110]);
    expect(findNumbers('没有数字')).toEqual([]);
  });

  it('round-trips any integer written in digits', () => {
    fc.assert(fc.property(fc.nat(), (n) => parseNumberValue(String(n)) === n));
  });
});
