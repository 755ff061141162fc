/**
 * diff-match-patch's Myers bisect (diff_bisect_, Myers 1986 "An O(ND) difference algorithm", the
 * middle snake found from both ends), rewritten step for step for speed: the same rounds, the same
 * snake, the same split, so the same diff. Its V arrays are Int32Arrays instead of arrays of
 * numbers, characters are compared by code unit (charCodeAt) instead of as one-character strings
 * (charAt), and the budget is asked once a round where the original builds a Date. A joined
 * witness a paragraph longer than its base spends most of a day's alignment here.
 */
import type DiffMatchPatch from 'diff-match-patch';

/** The diff of the texts split after `x` characters of the first and `y` of the second (diff_bisectSplit_). */
type Split = (x: number, y: number) => DiffMatchPatch.Diff[];

/**
 * diff_bisect_ of `a` and `b`: `split` at the middle snake, or a deletion and an insertion when
 * there is none or when `spent()` says so at the start of a round (where diff_bisect_ reads its
 * clock).
 */
export function myersBisect(
  a: string,
  b: string,
  spent: () => boolean,
  split: Split,
): DiffMatchPatch.Diff[] {
  const n = a.length;
  const m = b.length;
  // The code units in typed arrays, read in the inner loops instead of charCodeAt: the texts are
  // often slices of longer strings (the halves of a split), which charCodeAt reads through.
  const au = unitsOf(a);
  const bu = unitsOf(b);
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  const length = 2 * maxD;
  // Two more cells than the grid's diagonals: the first round reads and writes [offset + 1], past
  // the end when the texts are one character each (diff-match-patch's arrays grow there).
  const v1 = new Int32Array(length + 2).fill(-1);
  const v2 = new Int32Array(length + 2).fill(-1);
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;
  const delta = n - m;
  // With an odd total the front path collides with the reverse path, else the reverse with the front.
  const front = delta % 2 !== 0;
  // Start and end of the k loops, kept off the space beyond the grid.
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    if (spent()) break;
    // The front path, one step.
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1Offset = offset + k1;
      let x1 = reach(v1, k1Offset, k1, d);
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && au[x1] === bu[y1]) {
        x1++;
        y1++;
      }
      v1[k1Offset] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const k2Offset = offset + delta - k1;
        if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] !== -1) {
          if (x1 >= n - (v2[k2Offset] as number)) return split(x1, y1);
        }
      }
    }
    // The reverse path, one step.
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2Offset = offset + k2;
      let x2 = reach(v2, k2Offset, k2, d);
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && au[n - x2 - 1] === bu[m - y2 - 1]) {
        x2++;
        y2++;
      }
      v2[k2Offset] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const k1Offset = offset + delta - k2;
        if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] !== -1) {
          const x1 = v1[k1Offset] as number;
          const y1 = offset + x1 - k1Offset;
          if (x1 >= n - x2) return split(x1, y1);
        }
      }
    }
  }
  // The budget ran out, or the texts share nothing.
  return [
    [-1, a],
    [1, b],
  ];
}

/**
 * How far along diagonal k a path of d steps reaches before following its snake (Myers): one step
 * down from diagonal k + 1, or one step right from k - 1, whichever went further. `at` is k's cell.
 */
function reach(v: Int32Array, at: number, k: number, d: number): number {
  return k === -d || (k !== d && (v[at - 1] as number) < (v[at + 1] as number))
    ? (v[at + 1] as number)
    : (v[at - 1] as number) + 1;
}

/** The UTF-16 code units of `text`. */
function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
