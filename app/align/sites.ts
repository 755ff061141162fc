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

/** An interval of base cells one edit covers, or several merged; `block` tells of its last edit. */
interface Interval {
  firstCell: number;
  lastCell: number;
  /** The edit at its end drops or inserts whole paragraphs (a block-level edit). */
  block: boolean;
  /** The variants (alignment indexes) whose edits it holds. */
  readonly variants: Set<number>;
}

/** True when [start, end) is a run of whole paragraphs of a text with these paragraph starts. */
function wholeParagraphs(
  start: number,
  end: number,
  starts: ReadonlySet<number>,
  length: number,
): boolean {
  return end > start && (start === 0 || starts.has(start)) && (end === length || starts.has(end));
}

/**
 * Merges the edits of all alignments into sites on the base grid. `walls` are base paragraph
 * starts, `paragraphs` each variant's: structure comes before characters, and a paragraph is
 * decided apart from its neighbour. Two edits that only touch at a wall stay two sites (one
 * variant's change running up to the end of a paragraph and another's dropping the next paragraph
 * or inserting at its start; a paragraph dropped beside one moved in), unless a variant printed a
 * word or two in place of a paragraph another dropped.
 */
export function mergeSites(
  pairs: readonly PairAlignment[],
  walls: readonly number[] = [],
  paragraphs: readonly (readonly number[])[] = [],
): { firstCell: number; lastCell: number }[] {
  const wallCells = new Set(walls.map((p) => 2 * p));
  const baseStarts = new Set(walls);
  const baseLength = Math.max(0, (pairs[0]?.gapBefore.length ?? 1) - 1);
  const intervals: Interval[] = [];
  pairs.forEach((pair, k) => {
    const starts = new Set(paragraphs[k] ?? []);
    const length = pair.gapAfter[baseLength] ?? 0;
    for (const edit of pair.edits) {
      const cells = editCells(edit);
      const inserted = edit.varEnd > edit.varStart;
      const deleted = edit.baseEnd > edit.baseStart;
      const block =
        inserted !== deleted &&
        (inserted
          ? wholeParagraphs(edit.varStart, edit.varEnd, starts, length)
          : wholeParagraphs(edit.baseStart, edit.baseEnd, baseStarts, baseLength));
      intervals.push({
        firstCell: cells.first,
        lastCell: cells.last,
        block,
        variants: new Set([k]),
      });
    }
  });
  intervals.sort((a, b) => a.firstCell - b.firstCell || a.lastCell - b.lastCell);
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    // Touching cells merge: one variant's deletion and another's insertion right after it are one
    // place. So do small changes of neighbouring characters in different variants (李肖娜 / 肖娜 /
    // 李晓娜: one drops 李, another changes 肖): character cells are odd, so two of them one cell
    // apart. A dropped paragraph beside a typo stays apart (omission-beside-typo).
    const small = (a: Interval): boolean => a.lastCell - a.firstCell <= SMALL_CELLS;
    const neighbours =
      last !== undefined &&
      interval.firstCell === last.lastCell + 2 &&
      interval.firstCell % 2 === 1 &&
      last.lastCell % 2 === 1 &&
      small(last) &&
      small(interval);
    // Touching at a paragraph start p — the one ends at its gap (cell 2p) and the other starts at
    // its first character (2p + 1), or the one ends on the paragraph's last character (2p - 1) and
    // the other inserts at its gap — two places when the second drops or inserts whole paragraphs
    // and the first is a change closing the paragraph before or a whole paragraph too. A word or
    // two at the gap still joins: 据 printed in place of a dropped byline line is one place.
    // So is another variant's change opening the paragraph after whole paragraphs inserted at its
    // gap (a paragraph moved in before it, whose copy must stay one passage to be found as a
    // move). The same variant's is not: that is its paragraph break in another place.
    // A drop that closes the paragraph (its last cell is the paragraph's last character, 2p - 1)
    // and whole paragraphs another variant inserts at the gap after it are two places as well.
    const closesParagraph =
      last !== undefined &&
      wallCells.has(interval.firstCell) &&
      last.lastCell % 2 === 1 &&
      ![...interval.variants].some((k) => last.variants.has(k));
    const atWall =
      last !== undefined &&
      interval.firstCell === last.lastCell + 1 &&
      ((interval.block &&
        (wallCells.has(last.lastCell) ||
          (wallCells.has(interval.firstCell) && (last.block || closesParagraph)))) ||
        (last.block &&
          wallCells.has(last.lastCell) &&
          last.firstCell === last.lastCell &&
          ![...interval.variants].some((k) => last.variants.has(k))));
    if (last && !atWall && (interval.firstCell <= last.lastCell + 1 || neighbours)) {
      for (const k of interval.variants) last.variants.add(k);
      if (interval.lastCell > last.lastCell) last.block = interval.block;
      else if (interval.lastCell === last.lastCell) last.block ||= interval.block;
      last.lastCell = Math.max(last.lastCell, interval.lastCell);
    } else merged.push({ ...interval, variants: new Set(interval.variants) });
  }
  return merged.map(({ firstCell, lastCell }) => ({ firstCell, lastCell }));
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

/**
 * The cells on the base grid a base reading covers (two per character, even cells are gaps; an
 * empty reading is the gap it stands in), or cell 0 when there is none.
 */
export function cellsOf(r: SiteReading | undefined): { firstCell: number; lastCell: number } {
  if (!r) return { firstCell: 0, lastCell: 0 };
  return r.end > r.start
    ? { firstCell: 2 * r.start + 1, lastCell: 2 * r.end - 1 }
    : { firstCell: 2 * r.start, lastCell: 2 * r.start };
}
