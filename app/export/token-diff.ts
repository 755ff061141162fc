/**
 * A word-and-character diff for redlines: Chinese compares character by character, Latin words
 * and digit runs as whole words (an editor reads 4110 → 4100 as one changed number, not one
 * changed digit), line breaks as their own token. Surrogate-safe: each token, including a
 * character outside the BMP, is encoded as one BMP code unit before diff-match-patch sees it
 * (the same trick as its own diff_linesToChars_), so no diff ever splits a surrogate pair.
 */
import DiffMatchPatch from 'diff-match-patch';

/** One run of a diff: text both sides share, text only the target has, or text only the source has. */
export interface DiffRun {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** Latin words (with inner apostrophes and hyphens), digit runs with separators, a line break, other spaces, else one code point. */
const TOKEN = /[A-Za-z]+(?:['’-][A-Za-z]+)*|[0-9]+(?:[.,:][0-9]+)*|\r\n|\n|\r|[^\S\r\n]+|[\s\S]/gu;

/** Splits text into diff tokens; joining them gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The runs that turn `from` into `to`, cleaned up so that edits read as whole phrases. */
export function tokenDiff(from: string, to: string): DiffRun[] {
  const table = new Map<string, string>();
  const tokens: string[] = [];
  const encode = (text: string): string =>
    tokenize(text)
      .map((token) => {
        let code = table.get(token);
        if (code === undefined) {
          code = codeUnitFor(tokens.length);
          table.set(token, code);
          tokens.push(token);
        }
        return code;
      })
      .join('');
  const a = encode(from);
  const b = encode(to);
  const dmp = new DiffMatchPatch();
  // A deadline keeps a pathological pair (a variant that is another story) from stalling the
  // export; past it diff-match-patch returns a coarser diff that still turns one text into the
  // other exactly, so the redline stays correct, only less fine-grained.
  dmp.Diff_Timeout = DIFF_DEADLINE_SECONDS;
  const diffs = dmp.diff_main(a, b, false);
  dmp.diff_cleanupSemantic(diffs);
  const decode = (codes: string): string => {
    let out = '';
    for (let i = 0; i < codes.length; i++)
      out += tokens[indexOfCodeUnit(codes.charCodeAt(i))] ?? '';
    return out;
  };
  const runs: DiffRun[] = [];
  for (const [op, codes] of diffs) {
    const text = decode(codes);
    if (!text) continue;
    const kind = op === 0 ? 'equal' : op > 0 ? 'insert' : 'delete';
    const last = runs[runs.length - 1];
    if (last && last.op === kind) runs[runs.length - 1] = { op: kind, text: last.text + text };
    else runs.push({ op: kind, text });
  }
  return runs;
}

/** The source side of a diff: every equal and deleted run. */
export function sourceOf(runs: readonly DiffRun[]): string {
  return runs
    .filter((r) => r.op !== 'insert')
    .map((r) => r.text)
    .join('');
}

/** The target side of a diff: every equal and inserted run. */
export function targetOf(runs: readonly DiffRun[]): string {
  return runs
    .filter((r) => r.op !== 'delete')
    .map((r) => r.text)
    .join('');
}

/** Two seconds: a 20,000-character story with hundreds of changes diffs in well under one. */
const DIFF_DEADLINE_SECONDS = 2;

/** Surrogates are skipped so that every code is a whole character on its own. */
const SURROGATE_START = 0xd800;
const SURROGATE_COUNT = 0x800;
/** Tokens the encoding can hold: the BMP minus the surrogates. */
const MAX_TOKENS = 0x10000 - SURROGATE_COUNT;

function codeUnitFor(index: number): string {
  if (index >= MAX_TOKENS) throw new Error('too many distinct words to diff');
  return String.fromCharCode(index < SURROGATE_START ? index : index + SURROGATE_COUNT);
}

function indexOfCodeUnit(code: number): number {
  return code < SURROGATE_START ? code : code - SURROGATE_COUNT;
}
