/**
 * The story a site belongs to, as the classifier reads it: built once per story by the compare
 * pipeline (app/compare.ts) after alignment, and handed to every rule. Whatever a rule learns from
 * the whole story (how often a word recurs, which words the story capitalises, which words it
 * names after a title) is remembered here, so the story is scanned once per question, not once
 * per site; and what segmentation found (bylines, datelines, titles, captions) is read here
 * instead of being detected again.
 */
import type { BlockKind } from '../segment/block-types';

/** A block of one variant's story, in that variant's folded story text (end exclusive). */
export interface ContextBlock {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
}

/** One story as every classification rule sees it. */
export interface StoryContext {
  /** The base variant's folded story text, each paragraph on a line of its own. */
  readonly text: string;
  /** The kind of block (title, byline, dateline, caption, paragraph…) at a folded offset of a variant, when segmentation knows it. */
  blockAt(variant: string, at: number): BlockKind | undefined;
  /** How often `needle` occurs in the story text (overlapping occurrences count). */
  count(needle: string): number;
  /**
   * A fact computed from the story once per key and remembered for the story's other sites. Keys
   * name the question and its word (`subject:全红婵`); one key always holds one type.
   */
  remember<T>(key: string, compute: () => T): T;
}

/** The blocks of each variant of the story, by variant id, sorted by start. */
export type StoryBlocks = ReadonlyMap<string, readonly ContextBlock[]>;

/** Builds the context of one story from its folded base text and, when known, its blocks. */
export function storyContext(text: string, blocks: StoryBlocks = new Map()): StoryContext {
  const counts = new Map<string, number>();
  const facts = new Map<string, unknown>();
  return {
    text,
    blockAt(variant, at) {
      const list = blocks.get(variant);
      if (!list) return undefined;
      let lo = 0;
      let hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const block = list[mid] as ContextBlock;
        if (at < block.start) hi = mid - 1;
        else if (at >= block.end) lo = mid + 1;
        else return block.kind;
      }
      return undefined;
    },
    count(needle) {
      let count = counts.get(needle);
      if (count === undefined) {
        count = 0;
        for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) count += 1;
        counts.set(needle, count);
      }
      return count;
    },
    remember<T>(key: string, compute: () => T): T {
      if (facts.has(key)) return facts.get(key) as T;
      const value = compute();
      facts.set(key, value);
      return value;
    },
  };
}

