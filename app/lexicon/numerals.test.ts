import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseEnglishNumber, parseNumber } from './numerals';

describe('the one number parser', () => {
  it('reads Arabic numbers with separators, decimals, full-width digits, percent and large units', () => {
    expect(parseNumber('4110')).toBe(4110);
    expect(parseNumber('4,110')).toBe(4110);
    expect(parseNumber('１２．５')).toBe(12.5);
    expect(parseNumber('35%')).toBe(35);
    expect(parseNumber('1.2万')).toBe(12000);
    // The review's and the classifier's copies disagreed here: one read 万亿 as 万 alone.
    expect(parseNumber('3.5万亿')).toBe(3.5e12);
  });

  it('reads Chinese numerals by position or by unit', () => {
    expect(parseChineseNumeral('二〇二五')).toBe(2025);
    expect(parseChineseNumeral('三千四百二十五')).toBe(3425);
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('两千')).toBe(2000);
    expect(parseChineseNumeral('一万二千')).toBe(12000);
    expect(parseChineseNumeral('三亿五千万')).toBe(350_000_000);
    // Both old copies got 一万亿 wrong (10^4 and 10^12 + 10^8).
    expect(parseChineseNumeral('一万亿')).toBe(1e12);
  });

  it('is no number for words and a unit alone', () => {
    expect(parseNumber('问题')).toBeNull();
    expect(parseChineseNumeral('万')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('reads English numerals and ordinals, regular, irregular and hyphenated', () => {
    expect(parseEnglishNumber('seventh')).toBe(7);
    expect(parseEnglishNumber('Seventeenth')).toBe(17);
    // A decade of the tens in the plural (the nineties); other words in -ies are none.
    expect(parseEnglishNumber('nineties')).toBe(90);
    expect(parseEnglishNumber('twenties')).toBe(20);
    expect(parseEnglishNumber('parties')).toBeNull();
    expect(parseEnglishNumber('twentieth')).toBe(20);
    expect(parseEnglishNumber('twelfth')).toBe(12);
    expect(parseEnglishNumber('twenty-first')).toBe(21);
    expect(parseEnglishNumber('forty-two')).toBe(42);
    expect(parseEnglishNumber('3rd')).toBe(3);
    // Words that end as ordinals do without being one (month, teeth, worth).
    expect(parseEnglishNumber('month')).toBeNull();
    expect(parseEnglishNumber('worth')).toBeNull();
    expect(parseEnglishNumber('well-known')).toBeNull();
  });
});
