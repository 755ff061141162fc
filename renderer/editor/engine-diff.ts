/**
 * The side-by-side's changes taken from the engine's own alignment, not from a fresh diff of the
 * two panes (issue 13: Monaco's line diff paired a dropped paragraph's neighbours wrongly and
 * showed identical paragraphs as deleted and inserted). The engine already says which range of
 * each pane reads each flag; the text between two consecutive flags is what both panes share. So a
 * pane pair differs only (a) inside a flag whose two readings differ, and (b) in a stretch between
 * flags that the editor has since edited (the canonical). Only those stretches are diffed, by
 * character, and never across a flag. In the folded view they are compared in their compare form
 * (compare-form.ts: style folded, the desk's ignore rules applied), so a stretch that differs in
 * style only (a U+3000, a comma's width) or by a rule the desk ignores is not shown as changed;
 * in the as-printed view every printed difference shows.
 *
 * Pure (no Monaco), so it is tested in Node; `engine-diff-provider.ts` hands the result to Monaco.
 */
import DiffMatchPatch from 'diff-match-patch';
import { toSimplified } from '../../app/text/script-fold';
import { formOf, paneRange, type CompareForm } from './compare-form';

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

/** A change between two strings, local offsets: x[xs, xe) reads y[ys, ye). */
type LocalChange = readonly [xs: number, xe: number, ys: number, ye: number];

/** The character changes between two strings, shared ends trimmed first. */
function localChanges(x: string, y: string): LocalChange[] {
  let a = 0;
  let b = 0;
  let aEnd = x.length;
  let bEnd = y.length;
  // Trim what the two share at both ends (an edit touches a few characters of a long stretch).
  while (a < aEnd && b < bEnd && x.charCodeAt(a) === y.charCodeAt(b)) {
    a += 1;
    b += 1;
  }
  while (aEnd > a && bEnd > b && x.charCodeAt(aEnd - 1) === y.charCodeAt(bEnd - 1)) {
    aEnd -= 1;
    bEnd -= 1;
  }
  if (a === aEnd && b === bEnd) return [];
  if (a === aEnd || b === bEnd) return [[a, aEnd, b, bEnd]];
  const out: LocalChange[] = [];
  const diffs = dmp.diff_main(x.slice(a, aEnd), y.slice(b, bEnd), false);
  dmp.diff_cleanupSemantic(diffs);
  let open: readonly [number, number] | null = null;
  for (const [op, text] of diffs) {
    if (op === 0) {
      if (open) out.push([open[0], a, open[1], b]);
      open = null;
      a += text.length;
      b += text.length;
      continue;
    }
    open ??= [a, b];
    if (op === -1) a += text.length;
    else b += text.length;
  }
  if (open) out.push([open[0], a, open[1], b]);
  return out;
}

/**
 * Characters whose folding depends on their neighbours or that folding drops or rewrites: white
 * space (U+3000 too), punctuation and symbols (width, quotes, heading marks), full-width forms,
 * combining marks (composed by folding) and Latin ligatures.
 */
const STYLE_SENSITIVE = /[\s\p{P}\p{S}\p{M}\uff01-\uff5e\ufb00-\ufb06]/u;

/**
 * True when a raw change is a real one without folding its context: neither side holds a character
 * whose folding depends on context, and the two sides differ in script-folded form too (a 繁/简
 * pair does not). Most changes at a flag are such (李/王, 3200/3500, an added 的), and
 * folding every line around each of them cost tens of milliseconds an F8 on the UI bench story.
 */
function plainlyReal(left: string, right: string, change: TextChange, form: CompareForm): boolean {
  if (form.rules.length > 0) return false;
  const x = left.slice(change.leftStart, change.leftEnd);
  const y = right.slice(change.rightStart, change.rightEnd);
  return sameWithoutContext(x, y) === false;
}

/**
 * True when two texts read the same folded, decided without folding when neither holds a
 * context-sensitive character: then only the script (繁/简) can fold, character by character.
 * Null when it cannot be decided that way.
 */
function sameWithoutContext(x: string, y: string): boolean | null {
  if (STYLE_SENSITIVE.test(x) || STYLE_SENSITIVE.test(y)) return null;
  return x === y || toSimplified(x) === toSimplified(y);
}

/**
 * Shared text folded on each side of a change, at most: enough for what folding reads around a
 * character (a quote's direction, CJK spacing, an indent or heading mark at a line's start), and
 * for the longest ignore rule.
 */
function marginOf(form: CompareForm): number {
  return Math.max(8, ...form.rules.map((r) => Math.max(r.a.length, r.b.length)));
}

/**
 * The changes of one run of raw changes in its compare form (compare-form.ts): widened on both
 * sides by the same amount of the text both share around it, folded (so each change folds in its
 * context), compared folded and mapped back to pane ranges. A change that is style, or a desk
 * ignore rule, is no change.
 */
function foldedRun(
  left: string,
  right: string,
  run: TextChange,
  widen: { readonly before: number; readonly after: number },
  form: CompareForm,
  out: TextChange[],
): void {
  const leftFrom = run.leftStart - widen.before;
  const rightFrom = run.rightStart - widen.before;
  const x = formOf(left, leftFrom, run.leftEnd + widen.after, form);
  const y = formOf(right, rightFrom, run.rightEnd + widen.after, form);
  if (x.text === y.text) return;
  let previous: TextChange | undefined;
  for (const [xs, xe, ys, ye] of localChanges(x.text, y.text)) {
    const l = paneRange(x, xs, xe, leftFrom);
    const r = paneRange(y, ys, ye, rightFrom);
    // Units an ignore rule wrote stand for one pane range together: two changes in it are one.
    if (previous && (l.start < previous.leftEnd || r.start < previous.rightEnd)) {
      previous = {
        ...previous,
        leftEnd: Math.max(previous.leftEnd, l.end),
        rightEnd: Math.max(previous.rightEnd, r.end),
      };
      out[out.length - 1] = previous;
      continue;
    }
    previous = { leftStart: l.start, leftEnd: l.end, rightStart: r.start, rightEnd: r.end };
    out.push(previous);
  }
}

/**
 * The raw changes of a stretch in its compare form: changes closer than two margins are one run
 * (their windows would overlap); a lone change that is plainly real is kept as it is, any other run
 * is folded in its window. The text between raw changes is what both sides share, so a window
 * reaches as far on the left as on the right.
 */
function foldedStretch(
  left: string,
  right: string,
  stretch: TextChange,
  raw: readonly TextChange[],
  form: CompareForm,
  out: TextChange[],
): void {
  const margin = marginOf(form);
  let i = 0;
  while (i < raw.length) {
    let j = i;
    while (j + 1 < raw.length && raw[j + 1]!.leftStart - raw[j]!.leftEnd < 2 * margin) j += 1;
    const first = raw[i]!;
    const last = raw[j]!;
    const run = { ...first, leftEnd: last.leftEnd, rightEnd: last.rightEnd };
    if (i === j && plainlyReal(left, right, run, form)) out.push(run);
    else {
      const before = Math.min(margin, first.leftStart - (raw[i - 1]?.leftEnd ?? stretch.leftStart));
      const after = Math.min(margin, (raw[j + 1]?.leftStart ?? stretch.leftEnd) - last.leftEnd);
      foldedRun(left, right, run, { before, after }, form, out);
    }
    i = j + 1;
  }
}

/** The changes of one stretch, offsets relative to the whole texts; folded when a form is given. */
function diffStretch(
  left: string,
  right: string,
  stretch: TextChange,
  form: CompareForm | null,
  out: TextChange[],
): void {
  const x = left.slice(stretch.leftStart, stretch.leftEnd);
  const y = right.slice(stretch.rightStart, stretch.rightEnd);
  if (x === y) return;
  const raw = localChanges(x, y).map(([xs, xe, ys, ye]): TextChange => ({
    leftStart: stretch.leftStart + xs,
    leftEnd: stretch.leftStart + xe,
    rightStart: stretch.rightStart + ys,
    rightEnd: stretch.rightStart + ye,
  }));
  if (form) foldedStretch(left, right, stretch, raw, form, out);
  else out.push(...raw);
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
  form: CompareForm | null = null,
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
    const between = {
      leftStart: leftAt,
      leftEnd: pair.leftStart,
      rightStart: rightAt,
      rightEnd: pair.rightStart,
    };
    diffStretch(left, right, between, form, changes);
    diffStretch(left, right, pair, form, changes);
    leftAt = pair.leftEnd;
    rightAt = pair.rightEnd;
  }
  const tail = {
    leftStart: leftAt,
    leftEnd: left.length,
    rightStart: rightAt,
    rightEnd: right.length,
  };
  diffStretch(left, right, tail, form, changes);
  return changes;
}

/**
 * True when a flag's two pane ranges read the same (the flag is about another page): as printed,
 * or in the compare form (style and the desk's ignore rules are no difference).
 */
export function pairAgrees(
  left: string,
  right: string,
  pair: AlignedPair,
  form: CompareForm | null = null,
): boolean {
  const x = left.slice(pair.leftStart, pair.leftEnd);
  const y = right.slice(pair.rightStart, pair.rightEnd);
  if (x === y || !form) return x === y;
  const same = form.rules.length === 0 ? sameWithoutContext(x, y) : null;
  if (same !== null) return same;
  return (
    formOf(left, pair.leftStart, pair.leftEnd, form).text ===
    formOf(right, pair.rightStart, pair.rightEnd, form).text
  );
}
