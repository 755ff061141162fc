import { describe, expect, it } from 'vitest';
import { endsWithHan, HAN, hanRegExp, hanRun, hasHan, isHan, startsWithHan } from './characters';

describe('the one copy of the Han range', () => {
  it('knows one Han character from anything else', () => {
    expect(isHan('衢')).toBe(true);
    expect(isHan('一')).toBe(true);
    expect(isHan('鿿')).toBe(true);
    for (const ch of ['㐀', '豈', '𠀀', '𰀀']) expect(isHan(ch), ch).toBe(true);
    for (const ch of ['、', 'A', '1', '１', '', '衢州', '〇', '。', '　', 'ア', '한']) {
      expect(isHan(ch), ch).toBe(false);
    }
  });

  it('reads a run of Han characters within lengths, counting code points', () => {
    expect(hanRun('李肖娜')).toBe(true);
    expect(hanRun('李肖娜', 2, 3)).toBe(true);
    expect(hanRun('李肖娜', 2, 2)).toBe(false);
    expect(hanRun('')).toBe(false);
    expect(hanRun('', 0)).toBe(true);
    expect(hanRun('李 肖娜')).toBe(false);
    expect(hanRun('𠀀李', 2, 2)).toBe(true);
  });

  it('answers at either end and anywhere in a text', () => {
    expect(startsWithHan('𠀀abc')).toBe(true);
    expect(startsWithHan('a李')).toBe(false);
    expect(endsWithHan('abc𠀀')).toBe(true);
    expect(endsWithHan('李a')).toBe(false);
    expect(endsWithHan('')).toBe(false);
    expect(hasHan('Tesla 特斯拉')).toBe(true);
    expect(hasHan('Tesla')).toBe(false);
  });

  it('builds patterns from the same ranges, with the u flag the supplementary planes need', () => {
    const pair = hanRegExp(`^[${HAN}]{2}$`, 'g');
    expect(pair.flags).toBe('gu');
    expect(pair.test('𠀀李')).toBe(true);
    for (const ch of ['衢', '㐀', '豈', '𠀀', '〇', 'A', '。']) {
      expect(hanRegExp(`^[${HAN}]$`).test(ch), ch).toBe(isHan(ch));
    }
  });
});
