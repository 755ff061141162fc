import DiffMatchPatch from 'diff-match-patch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDmp } from './bounded-dmp';
import { myersBisect } from './myers-bisect';

/** Short texts over a few letters and ideographs (our own), so that snakes and ties are common. */
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '的', '是', '。'), maxLength: 40 });

/** diff-match-patch's own bisect, its split and clock replaced by a record of the split point and a round count. */
function referenceBisect(a: string, b: string, rounds: number): DiffMatchPatch.Diff[] {
  const dmp = new DiffMatchPatch() as DiffMatchPatch & {
    diff_bisectSplit_: (a: string, b: string, x: number, y: number) => DiffMatchPatch.Diff[];
  };
  dmp.diff_bisectSplit_ = (_a, _b, x, y) => [[2, `${x},${y}`]];
  let left = rounds;
  // diff_bisect_ compares the clock with its deadline once a round: past it once `rounds` are used.
  const deadline = { valueOf: (): number => (left-- > 0 ? Infinity : -Infinity) };
  return dmp.diff_bisect_(a, b, deadline as unknown as number);
}

describe('myersBisect', () => {
  it('finds the middle snake diff-match-patch finds, and gives up after the same round', () => {
    fc.assert(
      fc.property(text, text, fc.nat(30), (a, b, rounds) => {
        let left = rounds;
        const ours = myersBisect(
          a,
          b,
          () => left-- <= 0,
          (x, y) => [[2, `${x},${y}`]],
        );
        expect(ours).toEqual(referenceBisect(a, b, rounds));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the snake of two one-character texts alike (the grid is one cell)', () => {
    for (const [a, b] of [
      ['的', '的'],
      ['a', 'a'],
    ] as const)
      expect(
        myersBisect(
          a,
          b,
          () => false,
          (x, y) => [[2, `${x},${y}`]],
        ),
      ).toEqual(referenceBisect(a, b, 30));
  });

  it('gives boundedDmp the diff diff-match-patch gives without a deadline', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ours = boundedDmp().diff_main(a, b, false);
        // A deadline far away: the half-match speed-up on (as in boundedDmp), the clock never read.
        const reference = new DiffMatchPatch();
        reference.Diff_Timeout = 1e9;
        expect(ours).toEqual(reference.diff_main(a, b, false));
      }),
      { numRuns: 500 },
    );
  });
});
