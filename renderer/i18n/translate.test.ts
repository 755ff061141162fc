import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { translate } from './translate';

describe('locales', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders((zhCN as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(value));
    }
  });
});

describe('translate', () => {
  it('fills placeholders and falls back to the key', () => {
    expect(translate('en', 'status.flags', { count: 7 })).toBe('7 flags');
    expect(translate('zh-CN', 'status.flags', { count: 7 })).toBe('7 处差异');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
