import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keyToAction, type KeyPress } from './key-map';

const plain = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});
const idle = { typing: false, inFlagPanel: false };
const typing = { typing: true, inFlagPanel: false };
const inPanel = { typing: false, inFlagPanel: true };

describe('keyToAction', () => {
  it('moves with F8 / Shift+F8 and n / p', () => {
    expect(keyToAction(plain('F8'), idle)).toEqual({ type: 'next' });
    expect(keyToAction(plain('F8', { shiftKey: true }), idle)).toEqual({ type: 'previous' });
    expect(keyToAction(plain('n'), idle)).toEqual({ type: 'next' });
    expect(keyToAction(plain('p'), idle)).toEqual({ type: 'previous' });
  });

  it('keeps F8 while typing but gives letters to the editor', () => {
    expect(keyToAction(plain('F8'), typing)).toEqual({ type: 'next' });
    for (const key of ['n', 'p', 'a', 'r', '/', '1'])
      expect(keyToAction(plain(key), typing)).toBeNull();
  });

  it('decides with a and r', () => {
    expect(keyToAction(plain('a'), idle)).toEqual({ type: 'accept' });
    expect(keyToAction(plain('r'), idle)).toEqual({ type: 'reject' });
  });

  it('digits take a reading wherever focus is; Alt+digit shows a variant on the right', () => {
    expect(keyToAction(plain('3'), inPanel)).toEqual({ type: 'pick', index: 2 });
    expect(keyToAction(plain('3'), idle)).toEqual({ type: 'pick', index: 2 });
    expect(keyToAction(plain('0'), idle)).toBeNull();
    expect(keyToAction(plain('3', { altKey: true, code: 'Digit3' }), idle)).toEqual({
      type: 'show-variant',
      index: 2,
    });
    expect(keyToAction(plain('£', { altKey: true, code: 'Digit3' }), inPanel)).toEqual({
      type: 'show-variant',
      index: 2,
    });
    expect(keyToAction(plain('e'), idle)).toEqual({ type: 'edit' });
  });

  it('undoes with Ctrl/Cmd+Z and redoes with Shift', () => {
    expect(keyToAction(plain('z', { ctrlKey: true }), idle)).toEqual({ type: 'undo' });
    expect(keyToAction(plain('z', { metaKey: true }), idle)).toEqual({ type: 'undo' });
    expect(keyToAction(plain('Z', { ctrlKey: true, shiftKey: true }), idle)).toEqual({
      type: 'redo',
    });
    expect(keyToAction(plain('y', { ctrlKey: true }), idle)).toEqual({ type: 'redo' });
    expect(keyToAction(plain('z', { ctrlKey: true }), typing)).toBeNull();
  });

  it('takes undo and redo from the canonical editor, but no letters', () => {
    const editor = { typing: true, inFlagPanel: false, inEditor: true };
    expect(keyToAction(plain('z', { ctrlKey: true }), editor)).toEqual({ type: 'undo' });
    expect(keyToAction(plain('z', { metaKey: true, shiftKey: true }), editor)).toEqual({
      type: 'redo',
    });
    expect(keyToAction(plain('a'), editor)).toBeNull();
    expect(keyToAction(plain('c', { ctrlKey: true }), editor)).toBeNull();
  });

  it('focuses the filter with /', () => {
    expect(keyToAction(plain('/'), idle)).toEqual({ type: 'focus-filter' });
  });

  it('never claims a key while typing except F8', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 3 }), fc.boolean(), (key, alt) => {
        const action = keyToAction(plain(key, { altKey: alt }), typing);
        if (key === 'F8' && !alt) expect(action).toEqual({ type: 'next' });
        else expect(action).toBeNull();
      }),
    );
  });
});
