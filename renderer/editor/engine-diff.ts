/**
 * The side-by-side's changes taken from the engine's own alignment, not from a fresh diff of the
 * two panes (issue 13: Monaco's line diff paired a dropped paragraph's neighbours wrongly and
 * showed identical paragraphs as deleted and inserted). The engine already says which range of
 * each pane reads each flag; the text between two consecutive flags is what both panes share. So a
 * pane pair differs only (a) inside a flag whose two readings differ, and (b) in a stretch between
 * flags that the editor has since edited (the canonical) or that differs in print only (style, in
 * the as-printed view). Only those stretches are diffed, by character, and never across a flag.
 *
 * Pure (no Monaco), so it is tested in Node; `engine-diff-provider.ts` hands the result to Monaco.
 */
import DiffMatchPatch from 'diff-match-patch';

/** One flag's range in each of the two panes (pane offsets, end exclusive). */
export interface AlignedPair {
  readonly leftStart: number;
  readonly leftEnd: number;
  readonly rightStart: number;
  readonly rightEnd: number;
}

/** A changed stretch: left [leftStart, leftEnd) reads right [rightStart, rightEnd). */
export type TextChange = AlignedPair;

/** Pairs of one flag id's marks in the two panes, as the compare view holds them. */
export function pairMarks(
  left: readonly { flagId: string; start: number; end: number }[],
  right: readonly { flagId: string; start: number; end: number }[],
): AlignedPair[] {
  const rightById = new Map(right.map((m) => [m.flagId, m]));
  const pairs: AlignedPair[] = [];
  for (const mark of left) {
    const other = rightById.get(mark.flagId);
    if (other)
      pairs.push({
        leftStart: mark.start,
        leftEnd: mark.end,
        rightStart: other.start,
        rightEnd: other.end,
      });
  }
  return pairs;
}

/**
 * The anchors both panes read in the same order, outermost first: a flag nested in another (a
 * difference inside an omitted paragraph) and a moved passage (printed at another place in one
 * pane) are not anchors; the stretch around them is compared as text instead.
 */
export function monotoneChain(
  pairs: readonly AlignedPair[],
  leftLength: number,
  rightLength: number,
): AlignedPair[] {
  const sorted = [...pairs].sort((a, b) => a.leftStart - b.leftStart || b.leftEnd - a.leftEnd);
  const chain: AlignedPair[] = [];
  let leftEnd = 0;
  let rightEnd = 0;
  for (const pair of sorted) {
    const valid =
      pair.leftStart <= pair.leftEnd &&
      pair.rightStart <= pair.rightEnd &&
      pair.leftEnd <= leftLength &&
      pair.rightEnd <= rightLength;
    if (!valid || pair.leftStart < leftEnd || pair.rightStart < rightEnd) continue;
    chain.push(pair);
    leftEnd = pair.leftEnd;
    rightEnd = pair.rightEnd;
  }
  return chain;
}

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0.5;

/** The character changes of one stretch, offsets relative to the whole texts. */
function diffStretch(
  left: string,
  right: string,
  leftStart: number,
  leftEnd: number,
  rightStart: number,
  rightEnd: number,
  out: TextChange[],
): void {
  let a = leftStart;
  let b = rightStart;
  let aEnd = leftEnd;
  let bEnd = rightEnd;
  // Trim what the stretch shares at both ends (an edit touches a few characters of a long stretch).
  while (a < aEnd && b < bEnd && left.charCodeAt(a) === right.charCodeAt(b)) {
    a += 1;
    b += 1;
  }
  while (aEnd > a && bEnd > b && left.charCodeAt(aEnd - 1) === right.charCodeAt(bEnd - 1)) {
    aEnd -= 1;
    bEnd -= 1;
  }
  if (a === aEnd && b === bEnd) return;
  if (a === aEnd || b === bEnd) {
    out.push({ leftStart: a, leftEnd: aEnd, rightStart: b, rightEnd: bEnd });
    return;
  }
  const diffs = dmp.diff_main(left.slice(a, aEnd), right.slice(b, bEnd), false);
  dmp.diff_cleanupSemantic(diffs);
  let open: { leftStart: number; rightStart: number } | null = null;
  for (const [op, text] of diffs) {
    if (op === 0) {
      if (open)
        out.push({
          leftStart: open.leftStart,
          leftEnd: a,
          rightStart: open.rightStart,
          rightEnd: b,
        });
      open = null;
      a += text.length;
      b += text.length;
      continue;
    }
    open ??= { leftStart: a, rightStart: b };
    if (op === -1) a += text.length;
    else b += text.length;
  }
  if (open)
    out.push({ leftStart: open.leftStart, leftEnd: a, rightStart: open.rightStart, rightEnd: b });
}

/**
 * True when an anchor has text on one side only (an omission): its empty side is a place, not a
 * reading, and the place is a guess where the text around it could go either way (after or before
 * a line break), so such an anchor does not cut the stretch; the text around it places it.
 */
function oneSided(pair: AlignedPair): boolean {
  return (pair.leftStart === pair.leftEnd) !== (pair.rightStart === pair.rightEnd);
}

/**
 * Every place where the two panes read differently, in order, from the engine's anchors: each
 * anchor and each stretch between anchors is compared on its own, so a change never crosses an
 * anchor and text both panes share is never part of a change. An omission is compared with the
 * stretch it lies in (see oneSided).
 */
export function engineChanges(
  left: string,
  right: string,
  pairs: readonly AlignedPair[],
): TextChange[] {
  const chain = monotoneChain(
    pairs.filter((pair) => !oneSided(pair)),
    left.length,
    right.length,
  );
  const changes: TextChange[] = [];
  let leftAt = 0;
  let rightAt = 0;
  for (const pair of chain) {
    diffStretch(left, right, leftAt, pair.leftStart, rightAt, pair.rightStart, changes);
    diffStretch(left, right, pair.leftStart, pair.leftEnd, pair.rightStart, pair.rightEnd, changes);
    leftAt = pair.leftEnd;
    rightAt = pair.rightEnd;
  }
  diffStretch(left, right, leftAt, left.length, rightAt, right.length, changes);
  return changes;
}

/** True when a flag's two pane ranges read the same (the flag is about another page). */
export function pairAgrees(left: string, right: string, pair: AlignedPair): boolean {
  return left.slice(pair.leftStart, pair.leftEnd) === right.slice(pair.rightStart, pair.rightEnd);
}
