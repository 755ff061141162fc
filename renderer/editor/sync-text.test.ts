import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimalReplacement } from './sync-text';

describe('minimalReplacement', () => {
  it('turns one text into the other', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (from, to) => {
        const edit = minimalReplacement(from, to);
        return (
          from.slice(0, edit.start) + edit.text + from.slice(edit.end) === to &&
          edit.start <= edit.end
        );
      }),
    );
  });

  it('touches only the changed characters', () => {
    expect(minimalReplacement('李肖娜说', '肖娜说')).toEqual({ start: 0, end: 1, text: '' });
    expect(minimalReplacement('4110名', '4100名')).toEqual({ start: 2, end: 3, text: '0' });
  });
});
