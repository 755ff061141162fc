/**
 * Every variant of a story aligned to one base: block by block (block-align.ts), after a cheap
 * 4-gram check that the variant carries the story at all.
 */
import { gramSetOf, sharedGramShare } from './gram-set';
import type { EncodedText } from './code-points';
import { alignByBlocks } from './block-align';
import { prepareBase, type PreparedBase } from './block-anchors';
import { identity } from './nested-sites';
import type { Cleanup, PairAlignment } from './pairwise';
import type { DiffList } from './diff-runs';

/** A cooperative cancellation flag (AbortSignal satisfies it). */
export interface CancelSignal {
  readonly aborted: boolean;
}

/**
 * A variant that shares less than this fraction of the shorter text with the base does not carry
 * the story (a different article on the page): reporting it as missing beats hundreds of flags.
 */
const MIN_SHARED = 0.2;

/** Thrown when the signal is aborted; callers may check `name`. */
export class CancelledError extends Error {
  constructor() {
    super('Comparison cancelled.');
    this.name = 'CancelledError';
  }
}

/** What alignAll reports to and is stopped by. */
interface AlignAllOptions {
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: CancelSignal;
}

/**
 * Every variant aligned to the base (block by block), or null for a variant that does not carry
 * the story (too few shared 4-grams, or too little shared text after the diff).
 */
export function alignAll(
  encoded: readonly EncodedText[],
  paragraphStarts: readonly (readonly number[])[],
  baseIndex: number,
  cleanup: Cleanup,
  options: AlignAllOptions,
): (PairAlignment | null)[] {
  const base = (encoded[baseIndex] as EncodedText).text;
  // The 4-grams as an exact numeric set (gram-set.ts): strings cost most of a long line's memory.
  const baseGrams = gramSetOf(base);
  // The base's paragraph grams, made once for all the variants aligned to it (block-align.ts).
  const baseStarts = paragraphStarts[baseIndex] ?? [];
  let prepared: PreparedBase | undefined;
  const preparedBase = (): PreparedBase => (prepared ??= prepareBase(base, baseStarts));
  // Chunk pairs that recur over the variants are diffed once (pairwise.ts PairOptions.made).
  const made = new Map<string, DiffList>();
  return encoded.map((enc, i) => {
    if (options.signal?.aborted) throw new CancelledError();
    // Unrelated text costs diff-match-patch its whole timeout; a 4-gram check rules it out first.
    if (i !== baseIndex && sharedGramShare(baseGrams, enc.text) < MIN_GRAMS) {
      options.onProgress?.((i + 1) / encoded.length);
      return null;
    }
    const pair =
      i === baseIndex
        ? identity(base.length)
        : alignByBlocks(
            base,
            enc.text,
            baseStarts,
            paragraphStarts[i] ?? [],
            { cleanup, made },
            preparedBase,
          );
    options.onProgress?.((i + 1) / encoded.length);
    const shorter = Math.min(base.length, enc.text.length);
    if (i !== baseIndex && shorter > 0 && pair.shared < MIN_SHARED * shorter) return null;
    if (i !== baseIndex && shorter === 0 && base.length + enc.text.length > 0) return null;
    return pair;
  });
}

/**
 * Below this fraction of shared 4-grams a variant is taken not to carry the story without diffing.
 * A reprint with one edit per 30 characters still shares over 70%; two unrelated news stories
 * share a few percent (common phrases such as 社会工作, 新华社).
 */
const MIN_GRAMS = 0.1;
