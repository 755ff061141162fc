import { describe, expect, it } from 'vitest';
import { appendAll, maxOf, spliceAll } from './bounded';

/** More items than any engine's call stack takes as spread arguments. */
const HUGE = 600_000;

describe('bounded array helpers', () => {
  const many = Array.from({ length: HUGE }, (_, i) => (i * 7919) % HUGE);

  it('spreading an input-sized array into a call overflows the stack (why these exist)', () => {
    expect(() => Math.max(...many)).toThrow(RangeError);
  });

  it('appendAll, maxOf and spliceAll take any number of items', () => {
    expect(appendAll([1], many)).toHaveLength(HUGE + 1);
    expect(maxOf(many)).toBe(HUGE - 1);
    expect(maxOf([], 0)).toBe(0);
    const array = [0, 1, 2, 3];
    expect(spliceAll(array, 1, 2, many)).toEqual([1, 2]);
    expect(array).toHaveLength(HUGE + 2);
    expect([array[0], array[1], array.at(-1)]).toEqual([0, many[0], 3]);
  });
});
