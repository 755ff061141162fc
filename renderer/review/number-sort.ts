/** Sorting the number table: by position, by the difference (values before forms), by majority or by one variant's value. */
import type { NumberRow } from '../../app/review/queries';

/** A column the table sorts by: a fixed one or a variant id. */
export type NumberSortKey =
  'position' | 'differ' | 'majority' | 'status' | { readonly variant: string };

/** Sort column and direction. */
export interface NumberSort {
  readonly key: NumberSortKey;
  readonly descending: boolean;
}

function compareNullable(a: number | null, b: number | null, sign: number): number {
  if (a === null && b === null) return 0;
  // Rows without a value go last whichever the direction: they are the odd ones to look at apart.
  if (a === null) return 1;
  if (b === null) return -1;
  return sign * (a - b);
}

/** The rows sorted stably by the column; ties keep story order (position). */
export function sortNumberRows(rows: readonly NumberRow[], sort: NumberSort): NumberRow[] {
  const { key } = sort;
  const sign = sort.descending ? -1 : 1;
  const compare = (a: NumberRow, b: NumberRow): number => {
    if (key === 'position') return sign * (a.position - b.position);
    if (key === 'differ') return sign * (a.differ === b.differ ? 0 : a.differ === 'value' ? -1 : 1);
    if (key === 'majority')
      return (
        sign *
        (a.majority ?? '\uffff').localeCompare(b.majority ?? '\uffff', 'zh-CN', { numeric: true })
      );
    if (key === 'status') return sign * a.status.localeCompare(b.status);
    const value = (row: NumberRow): number | null =>
      row.cells.find((c) => c.variant === key.variant)?.value ?? null;
    return compareNullable(value(a), value(b), sign);
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare(a.row, b.row) || a.row.position - b.row.position || a.index - b.index)
    .map((x) => x.row);
}
