import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyHouseStyle } from './house-style';

describe('applyHouseStyle', () => {
  it('makes punctuation full-width in Chinese context', () => {
    expect(applyHouseStyle('记者来到社区,看到居民(老人)正在排队:这是第一次!')).toBe(
      '记者来到社区，看到居民（老人）正在排队：这是第一次！',
    );
  });

  it('curls straight double quotes next to Chinese, pairing them by position', () => {
    expect(applyHouseStyle('食堂的饭菜"又便宜又可口",老人说"好"。')).toBe(
      '食堂的饭菜“又便宜又可口”，老人说“好”。',
    );
    expect(applyHouseStyle('He said "yes".')).toBe('He said "yes".');
  });

  it('removes spaces between Chinese and Latin or digits', () => {
    expect(applyHouseStyle('2025 年 1 月 25 日, AI 技术')).toBe('2025年1月25日，AI技术');
  });

  it('leaves numbers, Latin text and line breaks alone', () => {
    expect(applyHouseStyle('增长1.2万人,时间10:30')).toBe('增长1.2万人，时间10:30');
    expect(applyHouseStyle('Hello, world. (Yes)\nSecond line.')).toBe(
      'Hello, world. (Yes)\nSecond line.',
    );
    expect(applyHouseStyle('第一段。\r\n\r\n　　第二段。')).toBe('第一段。\r\n\r\n　　第二段。');
  });

  it('is idempotent and never adds characters or line breaks', () => {
    const alphabet = fc.constantFrom(
      '中',
      '文',
      '社',
      'a',
      'B',
      '1',
      '9',
      ',',
      '.',
      ':',
      '(',
      ')',
      ' ',
      '\n',
      '，',
      '　',
      '𠀋',
      '"',
      '“',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          const once = applyHouseStyle(text);
          expect(applyHouseStyle(once)).toBe(once);
          expect(Array.from(once).length).toBeLessThanOrEqual(Array.from(text).length);
          expect(once.split('\n').length).toBe(text.split('\n').length);
        },
      ),
    );
  });
});

describe('applyHouseStyle parts', () => {
  it('applies only the parts asked for', () => {
    expect(applyHouseStyle('2025 年,好', { removeCjkSpacing: false })).toBe('2025 年，好');
    expect(applyHouseStyle('2025 年,好', { fullWidthPunctuation: false })).toBe('2025年,好');
  });
});
