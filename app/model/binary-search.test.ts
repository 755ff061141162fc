import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, partitionPoint, upperBound } from './binary-search';

/** The linear answers the binary search must give. */
function linearLower(values: readonly number[], target: number): number {
  const i = values.findIndex((v) => v >= target);
  return i < 0 ? values.length : i;
}
function linearUpper(values: readonly number[], target: number): number {
  const i = values.findIndex((v) => v > target);
  return i < 0 ? values.length : i;
}

const sorted = fc
  .array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 })
  .map((a) => a.sort((x, y) => x - y));

describe('binary search', () => {
  it('finds the bounds of a value present several times, absent, below and above all', () => {
    const values = [1, 3, 3, 3, 7];
    expect(lowerBound(values, 3)).toBe(1);
    expect(upperBound(values, 3)).toBe(4);
    expect(lowerBound(values, 4)).toBe(4);
    expect(upperBound(values, 4)).toBe(4);
    expect(lowerBound(values, 0)).toBe(0);
    expect(upperBound(values, 9)).toBe(5);
    expect(lowerBound([], 1)).toBe(0);
  });

  it('agrees with a linear scan on any ascending array (property)', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -60, max: 60 }), (values, target) => {
        expect(lowerBound(values, target)).toBe(linearLower(values, target));
        expect(upperBound(values, target)).toBe(linearUpper(values, target));
      }),
    );
  });

  it('partitionPoint finds where a prefix predicate turns false, and asks only O(log n) times', () => {
    let asked = 0;
    const at = partitionPoint(1000, (i) => {
      asked += 1;
      return i < 637;
    });
    expect(at).toBe(637);
    expect(asked).toBeLessThanOrEqual(11);
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(5, () => true)).toBe(5);
  });
});
