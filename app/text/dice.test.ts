import { describe, expect, it } from 'vitest';
import { charPairs, dice } from './dice';

describe('dice', () => {
  it('counts shared tokens with their repeats, over the tokens of both lists', () => {
    expect(dice(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(dice(['a', 'b'], ['c'])).toBe(0);
    // One 'a' of the two is shared: 2 * 1 / (2 + 1).
    expect(dice(['a', 'a'], ['a'])).toBeCloseTo(2 / 3);
    expect(dice(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'y'])).toBe(0.5);
  });

  it('reads two empty lists as the same and one empty list as nothing in common', () => {
    expect(dice([], [])).toBe(1);
    expect(dice(['a'], [])).toBe(0);
  });

  it('makes the pairs of neighbouring characters', () => {
    expect(charPairs([...'新渡船'])).toEqual(['新渡', '渡船']);
    expect(charPairs(['x'])).toEqual([]);
  });
});
