import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { NumberRow } from '../../app/review/queries';
import { sortNumberRows } from './number-sort';

const row = (
  flagId: string,
  position: number,
  v1: number | null,
  v2: number | null,
  differ: 'value' | 'form',
): NumberRow => ({
  flagId,
  position,
  differ,
  majority: v1 === null ? null : String(v1),
  status: 'open',
  cells: [
    { variant: 'v1', text: String(v1), value: v1 },
    { variant: 'v2', text: String(v2), value: v2 },
  ],
});

const rows = [
  row('a', 30, 4110, 4100, 'value'),
  row('b', 10, 2025, 2025, 'form'),
  row('c', 20, null, 7, 'value'),
];

describe('sortNumberRows', () => {
  it('sorts by position by default order', () => {
    expect(
      sortNumberRows(rows, { key: 'position', descending: false }).map((r) => r.flagId),
    ).toEqual(['b', 'c', 'a']);
  });

  it('puts value differences before form differences', () => {
    expect(sortNumberRows(rows, { key: 'differ', descending: false }).map((r) => r.flagId)).toEqual(
      ['c', 'a', 'b'],
    );
  });

  it('sorts by one variant value with missing values last', () => {
    expect(
      sortNumberRows(rows, { key: { variant: 'v1' }, descending: false }).map((r) => r.flagId),
    ).toEqual(['b', 'a', 'c']);
    expect(
      sortNumberRows(rows, { key: { variant: 'v1' }, descending: true }).map((r) => r.flagId),
    ).toEqual(['a', 'b', 'c']);
  });

  it('is a permutation ordered by the key', () => {
    const value = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 30 }), (pairs) => {
        const input = pairs.map(([a, b], i) => row(`f${i}`, i, a, b, a === b ? 'form' : 'value'));
        const sorted = sortNumberRows(input, { key: { variant: 'v2' }, descending: false });
        expect(sorted.map((r) => r.flagId).sort()).toEqual(input.map((r) => r.flagId).sort());
        const values = sorted.map((r) => r.cells[1]?.value ?? null);
        const firstNull = values.indexOf(null);
        const numbers = (firstNull < 0 ? values : values.slice(0, firstNull)) as number[];
        expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
        if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
      }),
    );
  });
});
