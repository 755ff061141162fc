import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { LOCALES, translate } from './translate';

describe('locales', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders((zhCN as Record<string, string>)[key] ?? ''), key).toEqual(
        placeholders(value),
      );
    }
  });
});

describe('translate', () => {
  it('fills placeholders and falls back to the key', () => {
    expect(translate('en', 'status.flags', { count: 7 })).toBe('7 flags');
    expect(translate('zh-CN', 'status.flags', { count: 7 })).toBe('7 处差异');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('picks the singular or plural word by the number', () => {
    expect(translate('en', 'status.flags', { count: 1 })).toBe('1 flag');
    expect(translate('en', 'status.flags', { count: 0 })).toBe('0 flags');
    expect(translate('en', 'review.style.whitespace', { count: 1 })).toBe(
      'Extra white space in 1 place',
    );
    expect(translate('en', 'review.style.whitespace', { count: 4 })).toBe(
      'Extra white space in 4 places',
    );
    expect(translate('zh-CN', 'status.flags', { count: 1 })).toBe('1 处差异');
  });

  it('leaves no placeholder or plural form unfilled in any message', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      for (const [key, template] of Object.entries(LOCALES[language])) {
        const names = [...template.matchAll(/\{(\w+)[|}]/g)].map((m) => m[1] ?? '');
        const params = Object.fromEntries(names.map((name) => [name, 2]));
        expect(translate(language, key, params), `${language} ${key}`).not.toMatch(
          /\{\w+(\|[^}]*)?\}/,
        );
      }
    }
  });
});
