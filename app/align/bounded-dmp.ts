/**
 * diff-match-patch with a deterministic bound instead of its clock. Its Myers bisect costs about
 * (N + M) × D steps for texts of N and M characters D edits apart, and diff-match-patch stops it at
 * a deadline (Diff_Timeout) with a coarse diff there: a deletion and an insertion. A deadline makes
 * the output depend on the machine's load. Here the bisect is stopped by a budget of steps instead:
 * each of its rounds (one more edit of distance) costs the size of the texts it works on, and a
 * diff that spends the budget gets the same coarse diff diff-match-patch's deadline would give. The
 * same texts always give the same diff.
 */
import DiffMatchPatch from 'diff-match-patch';
import { myersBisect } from './myers-bisect';

/**
 * Bisect steps one diff may spend (rounds × the size of the texts of each round): about a second
 * of diff-match-patch on this machine at the most, as its 1 s timeout allowed (two unrelated 20k
 * stories of one vocabulary, whose long shared runs make each round dear, spend it in ~1.2 s; two
 * random 20k texts in ~0.2 s). Paragraph groups of a reprint spend a small part of it.
 */
const BISECT_BUDGET = 2e8;

/** A diff-match-patch whose bisect is bounded by steps (see the module comment), never by the clock. */
export function boundedDmp(): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  // Above zero, so that the half-match speed-up stays on (diff_halfMatch_ is off at 0); the
  // deadline diff-match-patch derives from it is never read (the bisect below replaces it).
  dmp.Diff_Timeout = 1;
  let remaining = BISECT_BUDGET;
  const main = dmp.diff_main.bind(dmp);
  // A call without a deadline is a new diff (recursive calls pass one on): a budget of its own.
  dmp.diff_main = (a: string, b: string, checklines?: boolean, deadline?: number) => {
    if (deadline === undefined) remaining = BISECT_BUDGET;
    return main(a, b, checklines, deadline);
  };
  dmp.diff_bisect_ = (a: string, b: string): DiffMatchPatch.Diff[] => {
    const size = a.length + b.length;
    // A round costs the size of the texts; the bisect stops once the budget is spent.
    const spent = (): boolean => {
      remaining -= size;
      return remaining < 0;
    };
    // diff_bisectSplit_: the halves are diffed within this diff's budget (any deadline says so).
    return myersBisect(a, b, spent, (x, y) =>
      dmp
        .diff_main(a.substring(0, x), b.substring(0, y), false, Infinity)
        .concat(dmp.diff_main(a.substring(x), b.substring(y), false, Infinity)),
    );
  };
  return dmp;
}
