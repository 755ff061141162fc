import { describe, expect, it } from 'vitest';
import { languageFor, loadSettings } from './settings-slice';

describe('settings', () => {
  it('defaults the language from the locale', () => {
    expect(languageFor('zh-CN')).toBe('zh-CN');
    expect(languageFor('zh-TW')).toBe('zh-CN');
    expect(languageFor('en-GB')).toBe('en');
    expect(languageFor(undefined)).toBe('en');
  });

  it('reads stored settings and ignores unknown values', () => {
    const stored = JSON.stringify({
      theme: 'dark',
      language: 'fr',
      editorName: '王芳',
      autoAdvance: false,
    });
    const settings = loadSettings({ getItem: () => stored }, 'zh-CN');
    expect(settings).toMatchObject({
      theme: 'dark',
      language: 'zh-CN',
      editorName: '王芳',
      autoAdvance: false,
      showAsPrinted: false,
    });
  });

  it('survives corrupt storage', () => {
    expect(loadSettings({ getItem: () => '{not json' }, 'en-US')).toMatchObject({
      theme: 'light',
      language: 'en',
      autoAdvance: true,
    });
  });
});
