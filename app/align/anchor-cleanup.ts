/**
 * The 'anchors' cleanup of a character diff (pairwise.ts): which short equalities between two
 * edits are coincidence and which are anchors that keep two changes apart, English replacements
 * re-diffed by words, marks separated from repeated characters, and pure insertions and deletions
 * slid onto sentence bounds.
 */
import type DiffMatchPatch from 'diff-match-patch';
import { isPunctuation } from '../text/fold-chars';
import {
  editRun,
  isCloser,
  isWordChar,
  punctuationRun,
  runLength,
  substitution,
  wordsOnly,
  type DiffList,
} from './diff-runs';
import { spliceAll } from '../model/bounded';
import { FULL_STOPS, SEMICOLONS, hanRun } from '../lexicon/characters';

/**
 * Shortest equality that survives between two edits under the 'anchors' cleanup. One to three
 * shared characters between changes are coincidence in Chinese text (的, 社会, 工作); four or more
 * are an anchor worth keeping. cleanupSemantic instead absorbs any equality shorter than the edits
 * around it, which welds an abridged paragraph (62 characters kept out of 466) into one
 * replacement and hides the small changes inside it.
 */
const ANCHOR = 4;

/** Turns equalities shorter than ANCHOR that sit between two edits into deletion + insertion. */
export function absorbShortEqualities(dmp: DiffMatchPatch, diffs: DiffList): void {
  let changed = false;
  const anchored = clauseAnchors(diffs);
  for (const entry of inRegisterAnchors(diffs)) anchored.add(entry);
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
    const markAcrossQuote =
      text.length === 1 &&
      isCloser(text) &&
      punctuationRun(diffs, i, -1) &&
      punctuationRun(diffs, i, 1);
    if ((prev === 'insert' && next === 'delete') || (prev === 'delete' && next === 'insert')) {
      const reworded =
        text.length === 1 &&
        isWordChar(text) &&
        runLength(diffs, i, -1) <= REWORDED &&
        runLength(diffs, i, 1) <= REWORDED;
      if (!reworded && !markAcrossQuote) continue;
    }
    // Marks changed on both sides of a short word (、供电、 / ，供电，) are separate punctuation
    // changes: welding them would turn three punctuation flags into one wording flag.
    if (punctuationRun(diffs, i, -1) && punctuationRun(diffs, i, 1) && !markAcrossQuote) continue;
    // Two small changes with a word of two or three characters between them (金塘岛上的3座 /
    // 金堂岛上的三座) are two places, of different kinds; coincidence needs a long edit around it.
    // A word moved or added around the one between (告诉记者 / 对记者说) is one rewording: only two
    // substitutions, or edits of digits or marks, stay apart. So does a character swapped in place
    // (as many deleted as inserted: 内 / 仍) beside a character dropped or added a word away
    // (王海燕内 / 海燕仍): the swap is a whole change on its own, nothing moved around the word.
    if (anchored.has(diffs[i] as [number, string])) continue;
    const swapBeside =
      (swappedInPlace(diffs, i, -1) && !substitution(diffs, i, 1)) ||
      (swappedInPlace(diffs, i, 1) && !substitution(diffs, i, -1));
    const moved =
      !(substitution(diffs, i, -1) && substitution(diffs, i, 1)) &&
      !swapBeside &&
      wordsOnly(diffs, i, -1) &&
      wordsOnly(diffs, i, 1);
    if (
      text.length >= 2 &&
      runLength(diffs, i, -1) <= SMALL_EDIT &&
      runLength(diffs, i, 1) <= SMALL_EDIT &&
      !moved
    )
      continue;
    // A changed figure beside a changed mark or word (6.2%；/ 6.7%，, 56.7%，比 / 57.6%，较) is two
    // places of two kinds, even a single shared character apart.
    // Not inside English words, where an abbreviation drops letters and adds its point (Saint / St.).
    if (!/[A-Za-z]/.test(text) && differentKinds(runText(diffs, i, -1), runText(diffs, i, 1)))
      continue;
    // Text that closes a sentence before a dropped or added sentence (16.2公里。 / 16.5公里。) is
    // the anchor between a change and the omission after it.
    if (SENTENCE_END.test(text) && (next === 'insert' || next === 'delete')) continue;
    diffs.splice(i, 1, [-1, text], [1, text]);
    changed = true;
    i += 1;
  }
  if (changed) dmp.diff_cleanupMerge(diffs);
}

/** True when the edit run next to diffs[i] in direction `step` deletes as many characters as it inserts. */
function swappedInPlace(diffs: DiffList, i: number, step: 1 | -1, most = Infinity): boolean {
  let deleted = 0;
  let inserted = 0;
  for (let j = i + step; j >= 0 && j < diffs.length; j += step) {
    const [op, text] = diffs[j] as [number, string];
    if (op === 0) break;
    if (op < 0) deleted += text.length;
    else inserted += text.length;
  }
  return deleted > 0 && deleted === inserted && deleted <= most;
}

/**
 * The short equalities of the raw diff that part two rewordings, decided before any is absorbed
 * (absorbing one lengthens the runs beside the next): a clause mark both texts share (，；：)
 * between two short rewordings of words, and a word of two or more characters between two short
 * substitutions (王海 in 主任王海燕表示 / 负责人王海艳说: a title, a name's garbled character). Both
 * are text every reading shares between two differences, so two flags, not one.
 */
function clauseAnchors(diffs: DiffList): Set<[number, string]> {
  const out = new Set<[number, string]>();
  for (let i = 1; i < diffs.length - 1; i++) {
    const entry = diffs[i] as [number, string];
    const [op, text] = entry;
    if (op !== 0 || text.length >= ANCHOR) continue;
    if (runLength(diffs, i, -1) > CLAUSE_EDIT || runLength(diffs, i, 1) > CLAUSE_EDIT) continue;
    if (!wordsOnly(diffs, i, -1) || !wordsOnly(diffs, i, 1)) continue;
    const clauseMark =
      /^[，；：,;:]$/u.test(text) &&
      editRun(diffs, i, -1) !== 'none' &&
      editRun(diffs, i, 1) !== 'none';
    const betweenSubstitutions =
      text.length >= 2 &&
      isWordRun(text) &&
      substitution(diffs, i, -1) &&
      substitution(diffs, i, 1);
    if (clauseMark || betweenSubstitutions) out.add(entry);
  }
  return out;
}

/**
 * The short equalities of the raw diff that stand in register between two small edits, decided
 * before any is absorbed (absorbing one lengthens the runs beside the next, and a dense rewording
 * would then weld into one flag): text every reading shares between two differences, so two flags.
 * - Between two substitutions of a clause's few words each (第[三|3]局[双方战至|两队打到]25[比|：]23):
 *   each side reads something else in its own place, which no coincidence inside an omitted
 *   passage does (there one side reads nothing at all).
 * - A shared full stop between two such edits ([来蹲在田边说|莱介绍]。他[|家]): a rewording never
 *   runs across the end of a sentence both texts print.
 * Chinese text and figures only (see below for English).
 */
function inRegisterAnchors(diffs: DiffList): Set<[number, string]> {
  const out = new Set<[number, string]>();
  for (let i = 1; i < diffs.length - 1; i++) {
    const entry = diffs[i] as [number, string];
    const [op, text] = entry;
    if (op !== 0 || text.trim().length === 0 || text.length >= ANCHOR) continue;
    if (editRun(diffs, i, -1) === 'none' || editRun(diffs, i, 1) === 'none') continue;
    // Not in English: letters shared inside changed words are coincidence, and the word diff
    // (splitReplacements) reads English runs by whole words instead. A lone letter an OCR engine
    // read for a figure (3O0 / 300) is no English word.
    if (/[A-Za-z]/.test(text) || /[A-Za-z]{2}/.test(runText(diffs, i, -1) + runText(diffs, i, 1)))
      continue;
    if (runLength(diffs, i, -1) > CLAUSE_EDIT || runLength(diffs, i, 1) > CLAUSE_EDIT) continue;
    // One character of a word rewritten around it (千[方]百计 / 想[方]设法) is one reworded word:
    // only a longer edit beside it (a clause's words) makes the character a wall.
    const inWord =
      text.length === 1 &&
      isWordChar(text) &&
      Math.max(runLength(diffs, i, -1), runLength(diffs, i, 1)) <= SMALL_EDIT;
    const substitutions = substitution(diffs, i, -1) && substitution(diffs, i, 1) && !inWord;
    const sentenceBetween = SENTENCE_MARK.test(text);
    if (substitutions || sentenceBetween) out.add(entry);
  }
  return out;
}

/** A mark that ends a sentence anywhere in a short equality. */
const SENTENCE_MARK = new RegExp(`[${FULL_STOPS}]`);

/** Chinese characters only: a word, not marks or figures. */
function isWordRun(text: string): boolean {
  return hanRun(text);
}

/**
 * Longest edit run (deleted plus inserted characters) on either side of an anchor that parts two
 * rewordings: a clause's few words each way. Longer runs are a dropped or added passage, where a
 * shared word or comma is coincidence.
 */
const CLAUSE_EDIT = 12;

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
  if (before.length > KIND_EDIT || after.length > KIND_EDIT || /[A-Za-z]/.test(before + after))
    return false;
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
export function splitReplacements(dmp: DiffMatchPatch, diffs: DiffList): void {
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
export function separateMarksFromRepeats(dmp: DiffMatchPatch, diffs: DiffList): void {
  let changed = false;
  for (let i = 1; i < diffs.length - 1; i++) {
    const [op, equal] = diffs[i] as [number, string];
    if (op !== 0 || (diffs[i + 1] as [number, string])[0] === 0) continue;
    const repeated = equal[0] ?? '';
    if (isPunctuation(repeated) || [...equal].some((ch) => ch !== repeated)) continue;
    for (let j = i - 1; j >= 0 && (diffs[j] as [number, string])[0] !== 0; j--) {
      const [editOp, text] = diffs[j] as [number, string];
      const head = text.slice(0, -1);
      if (
        !text.endsWith(repeated) ||
        head.length === 0 ||
        ![...head].every((ch) => isPunctuation(ch))
      )
        continue;
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
  if (!/[A-Za-z]/.test(deleted + inserted) || Math.max(deleted.length, inserted.length) < 12)
    return null;
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
  const decode = (text: string): string =>
    [...text].map((ch) => words[ch.charCodeAt(0) - 0x100] ?? '').join('');
  const sharesWord = coded.some(
    ([op, text]) =>
      op === 0 &&
      [...text].some((ch) => /^[A-Za-z]{3,}$/.test(words[ch.charCodeAt(0) - 0x100] ?? '')),
  );
  if (!sharesWord) return null;
  return coded.map(([op, text]) => [op, decode(text)]) as DiffList;
}

/**
 * Longest deletion or insertion (characters) on either side of one shared character that still
 * reads as one reworded phrase: 执导 / 导演, and 进展顺利 / 有序推进 (three on each side of 进).
 */
const REWORDED = 3;

/** Marks that end a sentence, and closing quotes that may follow them. */
const SENTENCE_END = new RegExp(`[${FULL_STOPS}${SEMICOLONS}]$`);
const SENTENCE_CLOSE = new RegExp(`[${FULL_STOPS}][”’）)]$`);

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
export function shiftToSentences(diffs: DiffList): void {
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
