/**
 * A variant that carries only part of a story is no witness for the rest. A continuation page
 * (its part opens with (上接01版) or "From Page A1") does not omit the story's first half: it
 * never printed it. Its pair alignment shows that half as one deletion near its start (after a
 * repeated headline at most); every site inside it where the variant reads nothing loses that
 * variant's reading, and a site left with no disagreement among the witnesses is no flag. The same
 * holds, mirrored, for a part that ends with (下转第4版) or "See BUDGET, Page A9".
 */
import { editCells, type PairAlignment } from './pairwise';
import type { ShapedSite } from './shapes';

/** How a variant's part is continued (from the story finder's marks); undefined when it is not. */
type Marks = { readonly from: boolean; readonly to: boolean } | undefined;

/**
 * The base cells a variant does not carry: [0, before] when it comes from elsewhere, [after, ∞)
 * when it goes on elsewhere. Only a deletion of at least this many code points is a part not
 * carried; a shorter one is an edit (a dropped dateline).
 */
const MIN_PART = 12;

function limits(
  pair: PairAlignment,
  length: number,
  starts: readonly number[],
  marks: Marks,
): { before: number; after: number } {
  let before = -1;
  let after = Number.POSITIVE_INFINITY;
  if (!marks) return { before, after };
  // The variant's own text may open with a repeated headline: its first paragraph is allowed.
  const opening = starts.find((p) => p > 0) ?? 0;
  if (marks.from) {
    let best = 0;
    for (const e of pair.edits) {
      if (e.varStart > opening) break;
      const deleted = e.baseEnd - e.baseStart;
      if (e.varEnd === e.varStart && deleted >= MIN_PART && deleted > best) {
        best = deleted;
        before = editCells(e).last;
      }
    }
  }
  if (marks.to) {
    const closing = [...starts].reverse().find((p) => p < length) ?? length;
    let best = 0;
    for (let k = pair.edits.length - 1; k >= 0; k--) {
      const e = pair.edits[k];
      if (!e || e.varEnd < closing) break;
      const deleted = e.baseEnd - e.baseStart;
      if (e.varEnd === e.varStart && deleted >= MIN_PART && deleted > best) {
        best = deleted;
        after = editCells(e).first;
      }
    }
  }
  return { before, after };
}

/**
 * The sites with the readings of variants that do not carry them marked absent; sites whose
 * remaining witnesses agree (or fewer than two remain) are dropped.
 */
export function withoutNotCarried(
  sites: readonly ShapedSite[],
  pairs: readonly PairAlignment[],
  texts: readonly string[],
  paragraphStarts: readonly (readonly number[])[],
  marks: readonly Marks[],
): ShapedSite[] {
  const bounds = pairs.map((pair, k) =>
    limits(pair, (texts[k] as string).length, paragraphStarts[k] ?? [], marks[k]),
  );
  const out: ShapedSite[] = [];
  for (const site of sites) {
    const absent: number[] = [];
    site.readings.forEach((r, k) => {
      const b = bounds[k];
      if (!b || r.end > r.start) return;
      if (site.lastCell <= b.before || site.firstCell >= b.after) absent.push(k);
    });
    if (absent.length === 0) {
      out.push(site);
      continue;
    }
    const witnesses = site.readings
      .map((r, k) => ({ r, k }))
      .filter(({ k }) => !absent.includes(k));
    const slices = witnesses.map(({ r, k }) => (texts[k] as string).slice(r.start, r.end));
    if (witnesses.length < 2 || slices.every((t) => t === slices[0])) continue;
    // The passage only the non-carriers lacked is no omission: the differences among those that
    // print it are its nested sites already.
    if (!site.nested && slices.every((t) => t.length > 0)) continue;
    const stillCut = site.kind === 'truncation' && slices.some((t) => t.length === 0);
    out.push({
      ...site,
      absent,
      kind: site.kind === 'truncation' && !stillCut ? 'change' : site.kind,
    });
  }
  return out;
}
