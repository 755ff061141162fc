import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import zhCN from '../i18n/locales/zh-CN.json';
import { keyToAction, type KeyPress } from '../review/key-map';
import { KEY_HELP } from './key-help';

/** A written key cap ("Shift+F8", "A", "Ctrl+Z") as the key press it stands for. */
function press(cap: string): KeyPress {
  const parts = cap.split('+');
  const key = parts[parts.length - 1] ?? '';
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    ctrlKey: parts.includes('Ctrl'),
    metaKey: false,
    shiftKey: parts.includes('Shift'),
    altKey: false,
  };
}

/** The review action each documented row must trigger (the others belong to the shell or the browser). */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'keys.next': ['next'],
  'keys.previous': ['previous'],
  'keys.accept': ['accept'],
  'keys.reject': ['reject'],
  'keys.search': ['focus-filter'],
  'keys.undo': ['undo', 'redo'],
};

describe('the keyboard help', () => {
  it('lists only keys that do what it says (checked against the review key map)', () => {
    for (const [caps, action] of KEY_HELP) {
      const expected = EXPECTED[action];
      if (!expected) continue;
      caps.forEach((cap, i) => {
        const got = keyToAction(press(cap), { typing: false, inFlagPanel: false });
        expect(got?.type, `${cap} → ${action}`).toBe(expected[Math.min(i, expected.length - 1)]);
      });
    }
  });

  it('says what the digits do: the same wherever focus is', () => {
    expect(keyToAction(press('3'), { typing: false, inFlagPanel: true })).toEqual({
      type: 'pick',
      index: 2,
    });
    expect(keyToAction(press('3'), { typing: false, inFlagPanel: false })).toEqual({
      type: 'pick',
      index: 2,
    });
    expect(KEY_HELP.some(([, action]) => action === 'keys.digits')).toBe(true);
    expect(KEY_HELP.some(([, action]) => action === 'keys.variant')).toBe(true);
  });

  it('has every description in both languages', () => {
    for (const [, action] of KEY_HELP) {
      expect(action in en && action in zhCN, action).toBe(true);
    }
  });
});
