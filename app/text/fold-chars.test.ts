import { describe, expect, it } from 'vitest';
import { isPunctuation } from './fold-chars';

describe('isPunctuation', () => {
  it('answers every UTF-16 unit as the Unicode P/S classes do, asked twice (the second answer is remembered)', () => {
    const classes = /^[\p{P}\p{S}]$/u;
    const wrong: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        if (isPunctuation(ch) !== classes.test(ch)) wrong.push(c);
      }
    }
    expect(wrong).toEqual([]);
    expect(isPunctuation('，')).toBe(true);
    expect(isPunctuation('社')).toBe(false);
  });

  it('answers a character outside the BMP and a longer string by the classes', () => {
    expect(isPunctuation('𝄞')).toBe(true);
    expect(isPunctuation('𠵾')).toBe(false);
    expect(isPunctuation('，，')).toBe(false);
    expect(isPunctuation('')).toBe(false);
  });
});
