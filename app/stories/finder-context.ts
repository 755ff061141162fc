/**
 * What one run of the story finder remembers by text. The finder asks for the same paragraph's
 * normalised letters and topic tokens many times (matching, repeated passages, once per story it
 * judges, the page-wide counts), and a day's pages print most paragraphs identically on many
 * pages: on a generated day of 150 pages, re-folding the same text (toSimplified, NFKC) took
 * 2.9 s of the finder's time. The context is made by findStoriesInPages and carried through the
 * finder (PageView.context, or an argument where there are pages but no views yet), so nothing
 * is kept between runs or shared between callers.
 */
import { normalizeForMatching } from './normalize';
import { tokenList } from './topic-tokens';

/** Where a text's topic tokens come from (topic-words.ts). */
export interface TokenSource {
  /** The distinct topic tokens of a text (callers must not change the set). */
  tokens(text: string): ReadonlySet<string>;
  /** Every topic token of a text in order, repeats included (callers must not change the list). */
  tokenList(text: string): readonly string[];
}

/** One finder run's memory of the texts it has read. */
export interface FinderContext extends TokenSource {
  /** normalizeForMatching of a text. */
  normalize(text: string): string;
}

/** A fresh context: each answer computed once per text for the life of the context. */
export function makeFinderContext(): FinderContext {
  const normalized = new Map<string, string>();
  const lists = new Map<string, readonly string[]>();
  const sets = new Map<string, ReadonlySet<string>>();
  const list = (text: string): readonly string[] => {
    let out = lists.get(text);
    if (out === undefined) {
      out = tokenList(text);
      lists.set(text, out);
    }
    return out;
  };
  return {
    normalize(text) {
      let out = normalized.get(text);
      if (out === undefined) {
        out = normalizeForMatching(text);
        normalized.set(text, out);
      }
      return out;
    },
    tokenList: list,
    tokens(text) {
      let out = sets.get(text);
      if (out === undefined) {
        out = new Set(list(text));
        sets.set(text, out);
      }
      return out;
    },
  };
}
