/**
 * One variant against the base: a character diff (diff-match-patch) turned into edits in base
 * coordinates and a position map from base gaps to variant positions.
 *
 * Library choice: the original `diff-match-patch` 1.0.5. The maintained fork
 * `@sanity/diff-match-patch` is not installed here and its algorithm is the same Myers bisect; the
 * one defect that matters to us (splitting surrogate pairs) is avoided by code-point encoding
 * before the diff (code-points.ts), so the fork would buy nothing measurable.
 */
import DiffMatchPatch from 'diff-match-patch';
import { isPunctuation } from '../text/fold-chars';
import { editRun, isCloser, isWordChar, punctuationRun, runLength, substitution, wordsOnly, type DiffList } from './diff-runs';
import { spliceAll } from '../model/bounded';
import { diffLong, LONG_TEXT } from './long-diff';

/** One contiguous edit: base [baseStart, baseEnd) reads variant [varStart, varEnd). */
export interface Edit {
  readonly baseStart: number;
  readonly baseEnd: number;
  readonly varStart: number;
  readonly varEnd: number;
}

/** The alignment of one variant to the base. */
export interface PairAlignment {
  readonly edits: readonly Edit[];
  /** For base gap p (before base char p), the variant position before any insertion there. */
  readonly gapBefore: Int32Array;
  /** For base gap p, the variant position after the insertion there (where base char p aligns). */
  readonly gapAfter: Int32Array;
  /** Code units the two texts share in equal runs. */
  readonly shared: number;
}

/**
 * How the raw diff is cleaned up. 'semantic' is diff-match-patch's cleanupSemantic (absorbs
 * coincidental one-character equalities inside an omitted paragraph, at the cost of sometimes
 * widening two nearby small changes into one); 'efficiency' uses cleanupEfficiency; 'none' keeps
 * the minimal diff.
 */
export type Cleanup = 'anchors' | 'semantic' | 'efficiency' | 'none';

/**
 * Shortest equality that survives between two edits under the 'anchors' cleanup. One to three
 * shared characters between changes are coincidence in Chinese text (的, 社会, 工作); four or more
 * are an anchor worth keeping. cleanupSemantic instead absorbs any equality shorter than the edits
 * around it, which welds an abridged paragraph (62 characters kept out of 466) into one
 * replacement and hides the small changes inside it.
 */
const ANCHOR = 4;

/** Options for one pairwise diff. */
export interface PairOptions {
  readonly cleanup: Cleanup;
  /**
   * Seconds diff-match-patch may spend before falling back to a coarse diff. Similar texts of
   * 100k characters diff in tens of milliseconds; only unrelated text gets near the limit.
   */
  readonly timeoutSeconds: number;
}

/** Diffs `variant` against `base` (both code-point encoded) and maps it onto base positions. */
export function alignPair(base: string, variant: string, options: PairOptions): PairAlignment {
  return alignmentOfDiffs(pairDiffs(base, variant, options), base.length);
}

/** The cleaned-up character diff of `variant` against `base`: [op, text] with op -1/0/1. */
export function pairDiffs(base: string, variant: string, options: PairOptions): DiffList {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = options.timeoutSeconds;
  dmp.Diff_EditCost = 4;
  // Very long texts (a 20 MB single line) are diffed by content-defined chunks first (long-diff.ts).
  const diffs = base.length + variant.length > LONG_TEXT ? diffLong(dmp, base, variant) : dmp.diff_main(base, variant, false);
  if (options.cleanup === 'anchors') {
    // Sentence bounds first, so that a dropped sentence leaves its neighbour's full stop in the
    // equality before it (公里[。据介绍……纪录] → 公里。[据介绍……纪录。]) for the anchor rules.
    shiftToSentences(diffs);
    absorbShortEqualities(dmp, diffs);
    splitReplacements(dmp, diffs);
    separateMarksFromRepeats(dmp, diffs);
  } else if (options.cleanup === 'semantic') dmp.diff_cleanupSemantic(diffs);
  else if (options.cleanup === 'efficiency') dmp.diff_cleanupEfficiency(diffs);
  shiftToSentences(diffs);
  // Sliding can leave an empty equality between two edits; drop it so they form one edit run.
  for (let k = diffs.length - 1; k >= 0; k--) if ((diffs[k] as [number, string])[1].length === 0) diffs.splice(k, 1);
  return diffs;
}

/**
 * The edits and position maps of a diff list over a base of length `n`. An empty equality in the
 * list is a wall: the edits on either side stay two edits (block-align.ts puts one between
 * aligned blocks, so that a difference never runs into the next block).
 */
export function alignmentOfDiffs(diffs: DiffList, n: number): PairAlignment {
  const gapBefore = new Int32Array(n + 1);
  const gapAfter = new Int32Array(n + 1);
  const edits: Edit[] = [];
  let b = 0;
  let v = 0;
  let shared = 0;
  let i = 0;
  // True right after an edit: its end gap already holds the insertion and must not be overwritten.
  let afterEdit = false;
  // True when a wall (an empty equality) stands between the last edit and the next one.
  let wall = false;
  while (i < diffs.length) {
    const [op, text] = diffs[i] as [number, string];
    if (op === 0 && text.length === 0) {
      wall = afterEdit;
      i += 1;
      continue;
    }
    if (op === 0) {
      wall = false;
      for (let k = afterEdit ? 1 : 0; k < text.length; k++) {
        gapBefore[b + k] = v + k;
        gapAfter[b + k] = v + k;
      }
      b += text.length;
      v += text.length;
      shared += text.length;
      i += 1;
      afterEdit = false;
      continue;
    }
    // Gather one run of deletions and insertions into a single edit.
    let deleted = 0;
    let inserted = 0;
    while (i < diffs.length && (diffs[i] as [number, string])[0] !== 0) {
      const [op2, text2] = diffs[i] as [number, string];
      if (op2 < 0) deleted += text2.length;
      else inserted += text2.length;
      i += 1;
    }
    // Deleted base chars align to the start of the inserted text; the insertion sits at the gap
    // after them, so a site covering the deleted chars and that gap reads the whole replacement.
    // Behind a wall the gap before b already holds where the previous edit's insertion starts.
    for (let k = 0; k < deleted; k++) {
      if (!(wall && k === 0)) gapBefore[b + k] = v;
      gapAfter[b + k] = v;
    }
    edits.push({ baseStart: b, baseEnd: b + deleted, varStart: v, varEnd: v + inserted });
    if (!(wall && deleted === 0)) gapBefore[b + deleted] = v;
    b += deleted;
    v += inserted;
    gapAfter[b] = v;
    afterEdit = true;
    wall = false;
  }
  if (!afterEdit) {
    gapBefore[n] = v;
    gapAfter[n] = v;
  }
  return { edits, gapBefore, gapAfter, shared };
}

/**
 * The cells of the base grid an edit covers. Cell 2p is the gap before base char p, cell 2p+1 is
 * base char p; a replacement covers its deleted chars and the gap after them (where its inserted
 * text sits).
 */
export function editCells(edit: Edit): { readonly first: number; readonly last: number } {
  const inserted = edit.varEnd > edit.varStart;
  if (edit.baseEnd === edit.baseStart) return { first: 2 * edit.baseStart, last: 2 * edit.baseStart };
  return { first: 2 * edit.baseStart + 1, last: inserted ? 2 * edit.baseEnd : 2 * edit.baseEnd - 1 };
}

/** The variant position before grid cell `cell`. */
export function positionBefore(pair: PairAlignment, cell: number): number {
  const p = cell >> 1;
  return (cell & 1) === 0 ? (pair.gapBefore[p] ?? 0) : (pair.gapAfter[p] ?? 0);
}

/** The variant position after grid cell `cell`. */
export function positionAfter(pair: PairAlignment, cell: number): number {
  const p = cell >> 1;
  return (cell & 1) === 0 ? (pair.gapAfter[p] ?? 0) : (pair.gapBefore[p + 1] ?? 0);
}


/** Turns equalities shorter than ANCHOR that sit between two edits into deletion + insertion. */
function absorbShortEqualities(dmp: DiffMatchPatch, diffs: DiffList): void {
  let changed = false;
  for (let i = 1; i < diffs.length - 1; i++) {
    const [op, text] = diffs[i] as [number, string];
    if (op !== 0 || text.length >= ANCHOR) continue;
    const prev = editRun(diffs, i, -1);
    const next = editRun(diffs, i, 1);
    if (prev === 'none' || next === 'none') continue;
    // An insertion, a short equality, then a deletion (强大|暖流|。dropped paragraph) are two real
    // edits around a real word, not a coincidence inside one replacement.
    // But one shared character between a one- or two-character deletion and insertion is a word
    // reworded around it (执导 / 导演, 明显 / 显著): one change, not two.
    // A mark moved across a closing quote (家园。”她说 / 家园”，她说) is one punctuation change.
    const markAcrossQuote = text.length === 1 && isCloser(text) && punctuationRun(diffs, i, -1) && punctuationRun(diffs, i, 1);
    if ((prev === 'insert' && next === 'delete') || (prev === 'delete' && next === 'insert')) {
      const reworded = text.length === 1 && isWordChar(text) && runLength(diffs, i, -1) <= REWORDED && runLength(diffs, i, 1) <= REWORDED;
      if (!reworded && !markAcrossQuote) continue;
    }
    // Marks changed on both sides of a short word (、供电、 / ，供电，) are separate punctuation
    // changes: welding them would turn three punctuation flags into one wording flag.
    if (punctuationRun(diffs, i, -1) && punctuationRun(diffs, i, 1) && !markAcrossQuote) continue;
    // Two small changes with a word of two or three characters between them (金塘岛上的3座 /
    // 金堂岛上的三座) are two places, of different kinds; coincidence needs a long edit around it.
    // A word moved or added around the one between (告诉记者 / 对记者说) is one rewording: only two
    // substitutions, or edits of digits or marks, stay apart.
    const moved = !(substitution(diffs, i, -1) && substitution(diffs, i, 1)) && wordsOnly(diffs, i, -1) && wordsOnly(diffs, i, 1);
    if (text.length >= 2 && runLength(diffs, i, -1) <= SMALL_EDIT && runLength(diffs, i, 1) <= SMALL_EDIT && !moved) continue;
    // A changed figure beside a changed mark or word (6.2%；/ 6.7%，, 56.7%，比 / 57.6%，较) is two
    // places of two kinds, even a single shared character apart.
    // Not inside English words, where an abbreviation drops letters and adds its point (Saint / St.).
    if (!/[A-Za-z]/.test(text) && differentKinds(runText(diffs, i, -1), runText(diffs, i, 1))) continue;
    // Text that closes a sentence before a dropped or added sentence (16.2公里。 / 16.5公里。) is
    // the anchor between a change and the omission after it.
    if (SENTENCE_END.test(text) && (next === 'insert' || next === 'delete')) continue;
    diffs.splice(i, 1, [-1, text], [1, text]);
    changed = true;
    i += 1;
  }
  if (changed) dmp.diff_cleanupMerge(diffs);
}

/** Longest edit run (deleted plus inserted characters) that `differentKinds` keeps apart: a figure of a few digits each way. */
const KIND_EDIT = 10;

/** What an edit run changes: only figures, only marks, or words. */
function kindOf(text: string): 'figures' | 'marks' | 'words' {
  // A word space the marks took with them (p.m. in / pm in) is part of the marks' change.
  const printed = text.replace(/\s/gu, '');
  if (/^[0-9.,%]+$/.test(printed) && /[0-9]/.test(printed)) return 'figures';
  return [...printed].every((ch) => isPunctuation(ch)) ? 'marks' : 'words';
}

/** True for two short edit runs of different kinds, one of them figures or marks. */
function differentKinds(before: string, after: string): boolean {
  if (before.length > KIND_EDIT || after.length > KIND_EDIT || /[A-Za-z]/.test(before + after)) return false;
  const a = kindOf(before);
  const b = kindOf(after);
  return a !== b && (a !== 'words' || b !== 'words');
}

/** The text of the edit run next to diffs[i] in direction `step`, deletions and insertions together. */
function runText(diffs: DiffList, i: number, step: 1 | -1): string {
  let out = '';
  for (let j = i + step; j >= 0 && j < diffs.length; j += step) {
    const [op, text] = diffs[j] as [number, string];
    if (op === 0) break;
    out += text;
  }
  return out;
}

/** Largest edit run (deleted plus inserted characters) still a small change: a one- or two-character substitution. */
const SMALL_EDIT = 4;

/**
 * Re-diffs long English replacements by words, so that letters of a dropped paragraph are not
 * matched to a changed word: six[teen] states plus a dropped paragraph, not one replacement of
 * " states. At Logan…" by "teen states". (A change beside a dropped sentence with no shared text
 * between them is split later, per site: split-omission.ts.)
 */
function splitReplacements(dmp: DiffMatchPatch, diffs: DiffList): void {
  let changed = false;
  for (let i = 0; i < diffs.length; i++) {
    if ((diffs[i] as [number, string])[0] === 0) continue;
    let end = i;
    let deleted = '';
    let inserted = '';
    for (; end < diffs.length && (diffs[end] as [number, string])[0] !== 0; end++) {
      const [op, text] = diffs[end] as [number, string];
      if (op < 0) deleted += text;
      else inserted += text;
    }
    const replacement = splitRun(dmp, deleted, inserted);
    if (replacement) {
      spliceAll(diffs, i, end - i, replacement);
      changed = true;
      end = i + replacement.length;
    }
    i = end;
  }
  if (changed) dmp.diff_cleanupMerge(diffs);
}

/**
 * Where an edit ends with a mark and then a character that the equal run after it repeats
 * (谈判[，|、1]11[7|] — the diff is as short with the 1 on either side of 11), moves that character
 * across, to the edit after the run: [，|、]11[7|1], a changed mark and a changed number, each
 * flagged as what it is instead of one number flag ，117 / 、111.
 */
function separateMarksFromRepeats(dmp: DiffMatchPatch, diffs: DiffList): void {
  let changed = false;
  for (let i = 1; i < diffs.length - 1; i++) {
    const [op, equal] = diffs[i] as [number, string];
    if (op !== 0 || (diffs[i + 1] as [number, string])[0] === 0) continue;
    const repeated = equal[0] ?? '';
    if (isPunctuation(repeated) || [...equal].some((ch) => ch !== repeated)) continue;
    for (let j = i - 1; j >= 0 && (diffs[j] as [number, string])[0] !== 0; j--) {
      const [editOp, text] = diffs[j] as [number, string];
      const head = text.slice(0, -1);
      if (!text.endsWith(repeated) || head.length === 0 || ![...head].every((ch) => isPunctuation(ch))) continue;
      diffs[j] = [editOp, head];
      diffs.splice(i + 1, 0, [editOp, repeated]);
      changed = true;
    }
  }
  if (changed) dmp.diff_cleanupMerge(diffs);
}

/** The word-diffed ops for one English edit run, or null to keep it. */
function splitRun(dmp: DiffMatchPatch, deleted: string, inserted: string): DiffList | null {
  if (deleted.length === 0 || inserted.length === 0) return null;
  // Twelve characters: shorter English runs are a word or two, which the character diff reads well.
  if (!/[A-Za-z]/.test(deleted + inserted) || Math.max(deleted.length, inserted.length) < 12) return null;
  return wordDiff(dmp, deleted, inserted);
}

/**
 * Diffs an English edit run by words (a word, a number or one other character per token), or
 * null when no word of three or more letters is shared: then the character diff stands.
 */
function wordDiff(dmp: DiffMatchPatch, deleted: string, inserted: string): DiffList | null {
  const tokens = new Map<string, string>();
  const words: string[] = [];
  const encode = (text: string): string => {
    let out = '';
    for (const token of text.match(/[A-Za-z]+|[0-9]+|[\s\S]/gu) ?? []) {
      let ch = tokens.get(token);
      if (ch === undefined) {
        // Stand-ins from U+0100 up: one per distinct token of this run (far fewer than the BMP holds).
        ch = String.fromCharCode(0x100 + words.length);
        tokens.set(token, ch);
        words.push(token);
      }
      out += ch;
    }
    return out;
  };
  const a = encode(deleted);
  const b = encode(inserted);
  const coded = dmp.diff_main(a, b, false);
  const decode = (text: string): string => [...text].map((ch) => words[ch.charCodeAt(0) - 0x100] ?? '').join('');
  const sharesWord = coded.some(([op, text]) => op === 0 && [...text].some((ch) => /^[A-Za-z]{3,}$/.test(words[ch.charCodeAt(0) - 0x100] ?? '')));
  if (!sharesWord) return null;
  return coded.map(([op, text]) => [op, decode(text)]) as DiffList;
}

/**
 * Longest deletion or insertion (characters) on either side of one shared character that still
 * reads as one reworded phrase: 执导 / 导演, and 进展顺利 / 有序推进 (three on each side of 进).
 */
const REWORDED = 3;

/** Marks that end a sentence, and closing quotes that may follow them. */
const SENTENCE_END = /[。！？；!?;]$/;
const SENTENCE_CLOSE = /[。！？!?][”’）)]$/;

/** How well an edit between equalities `left` and `right` reading `text` sits on sentence bounds. */
function boundaryScore(left: string, text: string): number {
  let score = 0;
  if (SENTENCE_END.test(text) || SENTENCE_CLOSE.test(text)) score += 2;
  if (left.length === 0 || SENTENCE_END.test(left) || SENTENCE_CLOSE.test(left)) score += 1;
  return score;
}

/**
 * Slides each pure insertion or deletion along the equal text around it (the diff is equally
 * minimal anywhere in that range) to where it starts after a sentence end and ends with one: a
 * dropped sentence then reads "她说……。", not "。她说……". Without a sentence bound the edit goes
 * to its rightmost place. Like diff_cleanupSemanticLossless, which scores English word and line
 * boundaries instead.
 */
function shiftToSentences(diffs: DiffList): void {
  for (let i = 1; i < diffs.length - 1; i++) {
    const [lop, l] = diffs[i - 1] as [number, string];
    const [op, x] = diffs[i] as [number, string];
    const [rop, r] = diffs[i + 1] as [number, string];
    if (lop !== 0 || rop !== 0 || op === 0 || x.length === 0) continue;
    let left = l;
    let text = x;
    let right = r;
    // Slide to the leftmost position, then walk right scoring each; the last best place wins.
    while (left.length > 0 && left[left.length - 1] === text[text.length - 1]) {
      right = text[text.length - 1] + right;
      text = left[left.length - 1] + text.slice(0, -1);
      left = left.slice(0, -1);
    }
    let best = { left, text, right, score: boundaryScore(left, text) };
    while (right.length > 0 && right[0] === text[0]) {
      left += text[0];
      text = text.slice(1) + right[0];
      right = right.slice(1);
      const score = boundaryScore(left, text);
      if (score >= best.score) best = { left, text, right, score };
    }
    // Ties go to the rightmost place, so that every variant dropping one of two repeated
    // characters (了了) drops the same one and the sites coincide; an editor reads the second
    // of a doubled character as the extra one.
    if (best.left === l && best.text === x) continue;
    diffs[i - 1] = [0, best.left];
    diffs[i] = [op, best.text];
    diffs[i + 1] = [0, best.right];
  }
}
