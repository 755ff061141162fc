/**
 * Multi-variant sites: every variant's edits are projected onto the base grid, overlapping or
 * touching edits of any variant are merged into one site, and each site gets one reading per
 * variant, trimmed to the disagreement itself.
 */
import { editCells, positionAfter, positionBefore, type PairAlignment } from './pairwise';

/** One variant's reading at a site, in that variant's encoded (code point) coordinates. */
export interface SiteReading {
  readonly start: number;
  readonly end: number;
}

/** Widest edit (grid cells: two per character) still a small change for joining neighbours: two characters. */
const SMALL_CELLS = 4;

/** Merges the edits of all alignments into sites on the base grid. */
export function mergeSites(
  pairs: readonly PairAlignment[],
): { firstCell: number; lastCell: number }[] {
  const intervals: { firstCell: number; lastCell: number }[] = [];
  for (const pair of pairs)
    for (const edit of pair.edits) {
      const cells = editCells(edit);
      intervals.push({ firstCell: cells.first, lastCell: cells.last });
    }
  intervals.sort((a, b) => a.firstCell - b.firstCell || a.lastCell - b.lastCell);
  const merged: { firstCell: number; lastCell: number }[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    // Touching cells merge: one variant's deletion and another's insertion right after it are one
    // place. So do small changes of neighbouring characters in different variants (李肖娜 / 肖娜 /
    // 李晓娜: one drops 李, another changes 肖): character cells are odd, so two of them one cell
    // apart. A dropped paragraph beside a typo stays apart (omission-beside-typo).
    const small = (a: { firstCell: number; lastCell: number }): boolean =>
      a.lastCell - a.firstCell <= SMALL_CELLS;
    const neighbours =
      last !== undefined &&
      interval.firstCell === last.lastCell + 2 &&
      interval.firstCell % 2 === 1 &&
      last.lastCell % 2 === 1 &&
      small(last) &&
      small(interval);
    if (last && (interval.firstCell <= last.lastCell + 1 || neighbours))
      last.lastCell = Math.max(last.lastCell, interval.lastCell);
    else merged.push({ ...interval });
  }
  return merged;
}

/** The readings of every variant over cells [firstCell, lastCell]. */
export function readSite(
  pairs: readonly PairAlignment[],
  firstCell: number,
  lastCell: number,
): SiteReading[] {
  return pairs.map((pair) => ({
    start: positionBefore(pair, firstCell),
    end: positionAfter(pair, lastCell),
  }));
}

/**
 * Trims the prefix and suffix all readings share, so a flag is as small as the disagreement.
 * Returns null when nothing differs after trimming.
 */
export function trimReadings(
  texts: readonly string[],
  readings: readonly SiteReading[],
): SiteReading[] | null {
  const slices = readings.map((r, i) => (texts[i] as string).slice(r.start, r.end));
  if (slices.every((s) => s === slices[0])) return null;
  const shortest = Math.min(...slices.map((s) => s.length));
  let prefix = 0;
  while (prefix < shortest && slices.every((s) => s[prefix] === (slices[0] as string)[prefix]))
    prefix += 1;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    slices.every(
      (s) =>
        s[s.length - 1 - suffix] ===
        (slices[0] as string)[(slices[0] as string).length - 1 - suffix],
    )
  )
    suffix += 1;
  return readings.map((r) => ({ start: r.start + prefix, end: r.end - suffix }));
}
