import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store';
import { handleCommand, isTyping } from './use-shell-effects';

describe('menu commands', () => {
  it('toggle the theme and set the language', () => {
    const before = useAppStore.getState().theme;
    handleCommand({ type: 'toggle-theme' }, {});
    expect(useAppStore.getState().theme).not.toBe(before);
    handleCommand({ type: 'set-language', language: 'en' }, {});
    expect(useAppStore.getState().language).toBe('en');
    handleCommand({ type: 'set-language', language: 'zh-CN' }, {});
    expect(useAppStore.getState().language).toBe('zh-CN');
  });

  it('treat a non-element target as not typing', () => {
    expect(isTyping(null)).toBe(false);
  });
});
