import { describe, expect, it } from 'vitest';
import { hanRun, isHan } from './characters';

describe('the one copy of the Han range', () => {
  it('knows one Han character from anything else', () => {
    expect(isHan('衢')).toBe(true);
    expect(isHan('一')).toBe(true);
    expect(isHan('鿿')).toBe(true);
    for (const ch of ['、', 'A', '1', '１', '', '衢州', '〇']) expect(isHan(ch), ch).toBe(false);
  });

  it('reads a run of Han characters within lengths', () => {
    expect(hanRun('李肖娜')).toBe(true);
    expect(hanRun('李肖娜', 2, 3)).toBe(true);
    expect(hanRun('李肖娜', 2, 2)).toBe(false);
    expect(hanRun('')).toBe(false);
    expect(hanRun('', 0)).toBe(true);
    expect(hanRun('李 肖娜')).toBe(false);
  });
});
