/**
 * The story a site belongs to, as the classifier reads it: built once per story by the compare
 * pipeline (app/compare.ts) after alignment, and handed to every rule. Whatever a rule learns from
 * the whole story (how often a word recurs, which words the story capitalises, which words it
 * names after a title) is remembered here, so the story is scanned once per question, not once
 * per site; and what segmentation found (bylines, datelines, titles, captions) is read here
 * instead of being detected again.
 */
import type { BlockKind } from '../segment/block-types';
import { partitionPoint, upperBound } from '../model/binary-search';
import { segment, type TaggedWord } from './tagger';

/** A word and its part of speech, placed in a variant's folded story text (end exclusive). */
export interface PlacedWord extends TaggedWord {
  readonly start: number;
  readonly end: number;
}

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
  /** The block (its kind and its folded range) at a folded offset of a variant, when one is known. */
  blockSpanAt(variant: string, at: number): ContextBlock | undefined;
  /** How often `needle` occurs in the story text (overlapping occurrences count). */
  count(needle: string): number;
  /**
   * Where `needle` occurs in the story text, ascending (overlapping occurrences too): the offsets
   * an indexOf loop finds, from an index of the text (callers must not change the list).
   */
  occurrences(needle: string): readonly number[];
  /**
   * A fact computed from the story once per key and remembered for the story's other sites. Keys
   * name the question and its word (`subject:全红婵`); one key always holds one type.
   */
  remember<T>(key: string, compute: () => T): T;
  /**
   * The paragraph of `folded` (a variant's folded story text) that holds offset `at`, end
   * exclusive: bounded by the variant's paragraph starts and block edges given to storyContext
   * and by line breaks in `folded`. A folded story is one line, so its paragraphs are known
   * only from those starts and edges.
   */
  paragraphAt(variant: string, folded: string, at: number): TextSpan;
  /**
   * The words, with their parts of speech, of the paragraph (paragraphAt) that holds offset `at`:
   * segmented once per paragraph of the story and remembered for its other sites. Empty when no
   * segmenter is registered (app/classify/tagger.ts).
   */
  wordsAt(variant: string, folded: string, at: number): readonly PlacedWord[];
  /**
   * The words of wordsAt that overlap [at, to) — the same words, with the same tags — from
   * segmenting only the run of the paragraph between the punctuation around them (see
   * SEGMENTER_BREAK): most sites need a clause, not their paragraph, segmented.
   */
  wordsOver(variant: string, folded: string, at: number, to: number): readonly PlacedWord[];
}

/** A stretch of a folded text, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Characters the segmenter never joins into a word and cuts its input at before segmenting:
 * jieba cuts a text into runs of Han characters, ASCII letters and digits and +#&._%- and
 * segments each run on its own, every other character being a word of its own. A stretch that
 * starts and ends at one of these (or at the paragraph's ends) therefore segments into the very
 * words the whole paragraph gives there. Only characters surely outside those runs are listed.
 */
const SEGMENTER_BREAK = /[\s,;:!?()"'，。、；：？！“”‘’（）《》〈〉【】「」『』…—·]/u;

/**
 * The stretch of `folded` that wordsOver segments for [at, to): within `paragraph` (the one that
 * holds `at`, the whole text when not given), from the segmenter break before `at` to the one at
 * or after `to`. Every word wordsOver gives lies inside it.
 */
export function clauseAround(
  folded: string,
  at: number,
  to: number,
  paragraph: TextSpan = { start: 0, end: folded.length },
): TextSpan {
  // Scans only as far as the clause reaches (a line break is a break too): searching a long
  // folded story for a break from every reading cost a second on 10 x 100k.
  const floor = Math.max(0, paragraph.start);
  const ceiling = Math.min(folded.length, paragraph.end);
  let start = Math.max(floor, Math.min(at, ceiling));
  while (start > floor && !SEGMENTER_BREAK.test(folded[start - 1] as string)) start--;
  let stop = start;
  while (stop < to && stop < ceiling && folded[stop] !== '\n') stop++;
  let end = Math.max(to, start);
  if (stop < to) end = stop;
  else while (end < ceiling && !SEGMENTER_BREAK.test(folded[end] as string)) end++;
  return { start, end };
}

/** The blocks of each variant of the story, by variant id, sorted by start. */
export type StoryBlocks = ReadonlyMap<string, readonly ContextBlock[]>;

/** Where each variant's paragraphs begin in its folded story text, by variant id, ascending. */
export type StoryParagraphs = ReadonlyMap<string, readonly number[]>;

/**
 * The offsets of `folded` where a paragraph begins: the given paragraph starts, the edges of the
 * blocks (a title or byline folded onto its story's first line ends where the body begins), and
 * the starts of lines; ascending, without 0.
 */
function paragraphBreaks(
  folded: string,
  starts: readonly number[],
  blocks: readonly ContextBlock[],
): number[] {
  const breaks = new Set<number>(starts);
  for (const block of blocks) breaks.add(block.start).add(block.end);
  for (let i = folded.indexOf('\n'); i >= 0; i = folded.indexOf('\n', i + 1)) breaks.add(i + 1);
  breaks.delete(0);
  return [...breaks].filter((b) => b < folded.length).sort((a, b) => a - b);
}

/**
 * Where a needle occurs in `text` (overlapping occurrences too), ascending — what a loop of
 * indexOf finds. Needles of two code units or more are looked up by their first two in an index
 * of `text` made on the first question: a story asks about thousands of words, and scanning a
 * story of 100k characters for each was a quarter of classifying 10 variants of it.
 */
function occurrencesOf(text: string): (needle: string) => readonly number[] {
  let byPair: Map<number, number[]> | undefined;
  const scan = (needle: string): number[] => {
    const out: number[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
    return out;
  };
  return (needle) => {
    if (needle.length < 2) return scan(needle);
    if (byPair === undefined) {
      byPair = new Map();
      for (let i = 0; i + 1 < text.length; i++) {
        const key = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
        const list = byPair.get(key);
        if (list === undefined) byPair.set(key, [i]);
        else list.push(i);
      }
    }
    const starts = byPair.get(needle.charCodeAt(0) * 65536 + needle.charCodeAt(1)) ?? [];
    return needle.length === 2 ? starts : starts.filter((i) => text.startsWith(needle, i));
  };
}

/** Segmented words given their offsets, from `start` on. */
function placeWords(words: readonly TaggedWord[], start: number): PlacedWord[] {
  let at = start;
  return words.map((w) => {
    const placed = { word: w.word, tag: w.tag, start: at, end: at + w.word.length };
    at = placed.end;
    return placed;
  });
}

/**
 * Builds the context of one story from its folded base text and, when known, each variant's
 * blocks and paragraph starts (folded offsets).
 */
export function storyContext(
  text: string,
  blocks: StoryBlocks = new Map(),
  starts: StoryParagraphs = new Map(),
): StoryContext {
  const counts = new Map<string, number>();
  const facts = new Map<string, unknown>();
  const breaks = new Map<string, readonly number[]>();
  const paragraphs = new Map<string, readonly PlacedWord[]>();
  const clauses = new Map<string, readonly PlacedWord[]>();
  const occurrencesIn = occurrencesOf(text);
  const paragraphAt = (variant: string, folded: string, at: number): TextSpan => {
    let list = breaks.get(variant);
    if (!list) {
      list = paragraphBreaks(folded, starts.get(variant) ?? [], blocks.get(variant) ?? []);
      breaks.set(variant, list);
    }
    const next = upperBound(list, at);
    return { start: next > 0 ? (list[next - 1] as number) : 0, end: list[next] ?? folded.length };
  };
  const blockSpanAt = (variant: string, at: number): ContextBlock | undefined => {
    const list = blocks.get(variant);
    if (!list) return undefined;
    // Blocks are ascending and disjoint: the first one ending after `at` holds it, if any does.
    const block = list[partitionPoint(list.length, (k) => (list[k] as ContextBlock).end <= at)];
    return block && at >= block.start ? block : undefined;
  };
  return {
    text,
    blockAt(variant, at) {
      return blockSpanAt(variant, at)?.kind;
    },
    blockSpanAt,
    count(needle) {
      let count = counts.get(needle);
      if (count === undefined) {
        count = occurrencesIn(needle).length;
        counts.set(needle, count);
      }
      return count;
    },
    occurrences: occurrencesIn,
    remember<T>(key: string, compute: () => T): T {
      if (facts.has(key)) return facts.get(key) as T;
      const value = compute();
      facts.set(key, value);
      return value;
    },
    paragraphAt,
    wordsAt(variant, folded, at) {
      const { start, end } = paragraphAt(variant, folded, at);
      const key = `${variant}\u0000${start}`;
      let words = paragraphs.get(key);
      if (!words) {
        // A paragraph ends before its line break, which is no word of it.
        const stop = folded[end - 1] === '\n' ? end - 1 : end;
        words = placeWords(segment(folded.slice(start, stop)), start);
        paragraphs.set(key, words);
      }
      return words;
    },
    wordsOver(variant, folded, at, to) {
      const { start, end } = clauseAround(folded, at, to, paragraphAt(variant, folded, at));
      const key = `${variant}\u0000${start}\u0000${end}`;
      let words = clauses.get(key);
      if (!words) {
        words = placeWords(segment(folded.slice(start, end)), start);
        clauses.set(key, words);
      }
      return words.filter((w) => w.start < to && at < w.end);
    },
  };
}
