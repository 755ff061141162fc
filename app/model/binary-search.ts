/**
 * The one binary search (it was written out five times, each with its own off-by-one choices).
 * Everything is a partition point: over indexes 0..length-1 where a predicate holds on a prefix
 * and fails on the rest, the first index where it fails. The bounds below are that search over a
 * sorted array of numbers, as C++'s lower_bound / upper_bound.
 */

/**
 * The first index in [0, length] at which `before` is false, for a `before` that is true on a
 * prefix of 0..length-1 and false after it (length when it is true everywhere). O(log length).
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index whose value is >= `target` in an ascending array (its length when none is). */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  return partitionPoint(values.length, (i) => (values[i] as number) < target);
}

/**
 * The first index whose value is > `target` in an ascending array (its length when none is): the
 * number of values at or below `target`.
 */
export function upperBound(values: ArrayLike<number>, target: number): number {
  return partitionPoint(values.length, (i) => (values[i] as number) <= target);
}
