import { describe, expect, it } from 'vitest';
import { alignmentOfDiffs } from './pairwise';
import { mergeSites } from './sites';

describe('mergeSites', () => {
  // Three paragraphs of a base; paragraph starts at 11 and 28.
  const p0 = 'Alpha one.\n';
  const p1 = 'Delta two, gone.\n';
  const p2 = 'Echo three.\n';
  const base = p0 + p1 + p2;
  const walls = [p0.length, p0.length + p1.length];

  it('keeps a paragraph dropped apart from another paragraph inserted at its end, when another variant drops its last character', () => {
    // Variant A prints another paragraph (moved there from elsewhere) in place of the second one:
    // a whole paragraph dropped, a wall, a whole paragraph inserted.
    const moved = 'Bravo four.\n';
    const a = alignmentOfDiffs(
      [
        [0, p0],
        [-1, p1],
        [0, ''],
        [1, moved],
        [0, p2],
      ],
      base.length,
    );
    // Variant B runs the second paragraph into the third: it drops the second's last character.
    const b = alignmentOfDiffs(
      [
        [0, p0 + 'Delta two, gone.'],
        [-1, '\n'],
        [0, p2],
      ],
      base.length,
    );
    const sites = mergeSites([a, b], walls, [[p0.length, p0.length + moved.length], [p0.length]]);
    const cells = sites.map((s) => [s.firstCell, s.lastCell]);
    // The drop (and B's change inside it) is one site; the insertion at the wall is another.
    expect(cells).toEqual([
      [2 * p0.length + 1, 2 * (p0.length + p1.length) - 1],
      [2 * (p0.length + p1.length), 2 * (p0.length + p1.length)],
    ]);
  });
});
