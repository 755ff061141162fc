/**
 * Questions about the edit runs on either side of an equality in a diff-match-patch diff list:
 * how long they are, whether they substitute, change only marks or only Chinese characters. The
 * 'anchors' cleanup (pairwise.ts) decides from them whether a short equality is a coincidence.
 */
import type DiffMatchPatch from 'diff-match-patch';
import { isHan, hanRun } from '../lexicon/characters';
import { isPunctuation } from '../text/fold-chars';

/** A diff list as diff-match-patch returns it. */
export type DiffList = ReturnType<DiffMatchPatch['diff_main']>;

/** A CJK ideograph (a shared character that can be part of a reworded word; punctuation cannot). */
export function isWordChar(text: string): boolean {
  return isHan(text);
}

/** A closing quote or bracket, which a sentence's mark may stand before or after. */
export function isCloser(text: string): boolean {
  return /^[”’」』）)"']$/.test(text);
}

/** Characters of the edit run next to diffs[i] in direction `step`. */
export function runLength(diffs: DiffList, i: number, step: 1 | -1): number {
  let n = 0;
  for (let j = i + step; j >= 0 && j < diffs.length; j += step) {
    const [op, text] = diffs[j] as [number, string];
    if (op === 0) break;
    n += text.length;
  }
  return n;
}

/** True when the edit run next to diffs[i] in direction `step` changes Chinese characters only (no digits, marks or Latin). */
export function wordsOnly(diffs: DiffList, i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < diffs.length; j += step) {
    const [op, text] = diffs[j] as [number, string];
    if (op === 0) break;
    if (!hanRun(text, 0)) return false;
  }
  return true;
}

/** True when the edit run next to diffs[i] in direction `step` both deletes and inserts (a substitution). */
export function substitution(diffs: DiffList, i: number, step: 1 | -1): boolean {
  let deletes = false;
  let inserts = false;
  for (let j = i + step; j >= 0 && j < diffs.length; j += step) {
    const [op] = diffs[j] as [number, string];
    if (op === 0) break;
    if (op < 0) deletes = true;
    else inserts = true;
  }
  return deletes && inserts;
}

/** True when the edit run next to diffs[i] in direction `step` changes only punctuation. */
export function punctuationRun(diffs: DiffList, i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < diffs.length; j += step) {
    const [op, text] = diffs[j] as [number, string];
    if (op === 0) break;
    for (const ch of text) if (!isPunctuation(ch)) return false;
  }
  return true;
}

/** What kind of edit run lies next to diffs[i] in direction `step`. */
export function editRun(
  diffs: DiffList,
  i: number,
  step: 1 | -1,
): 'none' | 'insert' | 'delete' | 'replace' {
  let inserts = false;
  let deletes = false;
  for (let j = i + step; j >= 0 && j < diffs.length; j += step) {
    const op = (diffs[j] as [number, string])[0];
    if (op === 0) break;
    if (op > 0) inserts = true;
    else deletes = true;
  }
  if (inserts && deletes) return 'replace';
  return inserts ? 'insert' : deletes ? 'delete' : 'none';
}
