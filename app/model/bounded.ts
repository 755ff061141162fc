/**
 * Array helpers that never spread an input-sized array into a call's arguments. `Math.max(...xs)`
 * and `out.push(...xs)` put every element on the call stack, so a page of 150,000 paragraphs
 * overflowed it ("Maximum call stack size exceeded"); these loop instead, in linear time.
 */

/** Appends every item to `target` (what `target.push(...items)` does, for any number of items). */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value, or `empty` when there is none (`Math.max(empty, ...values)` without the spread). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** Replaces `deleteCount` items at `start` by `items` in place (`array.splice(start, deleteCount, ...items)`). */
export function spliceAll<T>(
  array: T[],
  start: number,
  deleteCount: number,
  items: readonly T[],
): T[] {
  const tail = array.slice(start + deleteCount);
  const removed = array.slice(start, start + deleteCount);
  array.length = start;
  appendAll(array, items);
  appendAll(array, tail);
  return removed;
}
