/**
 * A character diff of very long texts in about linear time and memory. diff-match-patch's Myers
 * bisect costs (N + M) × D and gives up at its timeout with a whole-text replacement: two 20 MB
 * single-line files took 160 s and 2.9 GB and came back with no flag at all. Its own remedy, line
 * mode, needs lines; a single line has none. So the texts are cut into content-defined chunks —
 * a cut wherever a rolling hash of the last WINDOW characters hits a mask, so identical text is
 * cut identically in both texts whatever was inserted before it (as rsync and backup tools do) —
 * the chunk sequences are diffed as tokens, and only the runs of changed chunks are diffed again
 * character by character. The result is a diff list like diff_main's.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { DiffList } from './diff-runs';

/** Texts longer than this (both together, in code units) take the chunked path. */
export const LONG_TEXT = 1_000_000;

/** Characters the rolling hash looks back over. */
const WINDOW = 16;

/** Distinct tokens a UTF-16 string can carry (diff_main compares the token strings by code unit). */
const MAX_TOKENS = 60_000;

/** The chunk ends of `text`: a cut after position i when the rolling hash of text[i-WINDOW+1..i] & mask is 0. */
function cuts(text: string, mask: number): number[] {
  const ends: number[] = [];
  const BASE = 257;
  const MOD = 1_000_003;
  let drop = 1;
  for (let k = 0; k < WINDOW - 1; k++) drop = (drop * BASE) % MOD;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= WINDOW) hash = (hash - ((text.charCodeAt(i - WINDOW) * drop) % MOD) + MOD) % MOD;
    hash = (hash * BASE + text.charCodeAt(i)) % MOD;
    if (i >= WINDOW - 1 && (hash & mask) === 0) ends.push(i + 1);
  }
  if (ends.at(-1) !== text.length) ends.push(text.length);
  return ends;
}

/** The chunks of `text` as strings. */
function chunksOf(text: string, mask: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (const end of cuts(text, mask)) {
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** Appends [op, text] to `diffs`, merging with the previous entry of the same op. */
function add(diffs: DiffList, op: number, text: string): void {
  if (text.length === 0) return;
  const last = diffs[diffs.length - 1];
  if (last && last[0] === op) last[1] += text;
  else diffs.push([op, text] as DiffList[number]);
}

/**
 * The diff of two long texts: chunk tokens diffed by `dmp`, then each run of changed chunks
 * diffed by character. Equal text stays equal; the edits are as small as in diff_main wherever the
 * changes are sparse (a handful per chunk run), which is what a reprint is.
 */
export function diffLong(dmp: DiffMatchPatch, base: string, variant: string): DiffList {
  // Mean chunk length grows with the text so that both texts together stay under MAX_TOKENS chunks.
  let mask = 63;
  while ((base.length + variant.length) / (mask + 1) > MAX_TOKENS / 2) mask = mask * 2 + 1;
  const tokens = new Map<string, string>();
  const encode = (chunks: readonly string[]): string => {
    let out = '';
    for (const chunk of chunks) {
      let token = tokens.get(chunk);
      if (token === undefined) {
        token = String.fromCharCode(tokens.size);
        tokens.set(chunk, token);
      }
      out += token;
    }
    return out;
  };
  const baseChunks = chunksOf(base, mask);
  const variantChunks = chunksOf(variant, mask);
  const byToken = new Map<string, string>();
  const coarse = dmp.diff_main(encode(baseChunks), encode(variantChunks), false);
  for (const [chunk, token] of tokens) byToken.set(token, chunk);
  const text = (tokenRun: string): string => {
    let out = '';
    for (const token of tokenRun) out += byToken.get(token) ?? '';
    return out;
  };
  const diffs: DiffList = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted === '' && inserted === '') return;
    for (const [op, piece] of deleted === '' || inserted === ''
      ? [[deleted ? -1 : 1, deleted || inserted] as const]
      : dmp.diff_main(deleted, inserted, false))
      add(diffs, op, piece);
    deleted = '';
    inserted = '';
  };
  for (const [op, tokenRun] of coarse) {
    if (op === 0) {
      flush();
      add(diffs, 0, text(tokenRun));
    } else if (op < 0) deleted += text(tokenRun);
    else inserted += text(tokenRun);
  }
  flush();
  return diffs;
}
