/**
 * Texts of a sentence or two. The finder matches paragraphs by shared 4-character shingles
 * (match-blocks.ts: MIN_SHARED of them, paragraphs of MIN_UNIT_CHARS at least), which a short
 * sentence with one changed word or figure does not reach (展馆定于6月8日开放 / 8月6日 share one
 * 4-gram), and a credit line or a byline is no paragraph at all. When the finder finds no shared
 * story and the inputs are that short, the variants whose whole texts are clearly one sentence
 * are compared as one story over the whole of each.
 */
import type { Span, VariantText } from '../model/types';
import { normalizeForMatching } from './normalize';

/**
 * The longest text (normalised characters: letters and digits) taken for a sentence or two. A
 * longer text holds paragraphs long enough for the finder's shingles to match.
 */
export const SHORT_TEXT_MAX = 300;

/**
 * Character bigrams two short texts must share (Dice coefficient) to be one sentence. A changed
 * word in a sentence of ten characters keeps about 0.5 (记者仉志强 / 记者仇志强 is exactly 0.5);
 * two different sentences on one subject share a bigram or two of a dozen (under 0.25).
 */
export const SAME_SENTENCE_MIN = 0.5;

/**
 * The share of the shorter text's bigrams that the longer text must hold for the shorter to be
 * the same sentence with a clause or sentences left out (那位老人病了 inside 那位在岛上守了三十年灯塔
 * 的老人病了 keeps 4 of its 5; each place where the longer text adds a clause breaks one bigram).
 * Dice cannot see this: the longer text's extra bigrams pull it under SAME_SENTENCE_MIN.
 */
export const CONTAINED_MIN = 0.75;

/** The fewest bigrams a shorter text needs before containment alone may join it (a word or two is no sentence). */
const CONTAINED_MIN_BIGRAMS = 4;

/** The distinct character bigrams of a normalised text. */
function bigrams(normalized: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < normalized.length; i++) out.add(normalized.slice(i, i + 2));
  return out;
}

/** The Dice coefficient of two bigram sets: twice the shared bigrams over the sum of their sizes. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The share of the smaller bigram set that the larger holds; 0 when the smaller is too small to tell. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < CONTAINED_MIN_BIGRAMS) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}

/** True when two short texts print one sentence: alike throughout, or one inside the other. */
function sameSentence(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return dice(a, b) >= SAME_SENTENCE_MIN || containment(a, b) >= CONTAINED_MIN;
}

/** A short shared text: the variants that print it, with one span over the whole of each. */
export interface ShortTextStory {
  readonly spans: readonly Span[];
  /** The variants that take part, by index into the variants given. */
  readonly members: readonly number[];
}

/** The whole of a text without its leading and trailing white space, as a span. */
function wholeSpan(variant: VariantText): Span {
  const start = variant.text.length - variant.text.trimStart().length;
  return { variant: variant.id, start, end: variant.text.trimEnd().length };
}

/**
 * The variants whose whole texts are one short sentence they share: every variant's text is
 * short (SHORT_TEXT_MAX), and the variants whose bigrams are one sentence (sameSentence) with the text
 * most others are like take part. Undefined when fewer than two take part or some variant is no short text
 * (a page beside a sentence is the finder's to judge).
 */
export function shortTextStory(variants: readonly VariantText[]): ShortTextStory | undefined {
  const normalized = variants.map((v) => normalizeForMatching(v.text));
  if (normalized.some((n) => n.length > SHORT_TEXT_MAX)) return undefined;
  const grams = normalized.map(bigrams);
  // The text most others are like stands for the sentence; the variants like it print it.
  const like = grams.map((g, i) =>
    grams.flatMap((h, j) => (j === i || sameSentence(g, h) ? [j] : [])),
  );
  const members = like.reduce((best, m) => (m.length > best.length ? m : best), [] as number[]);
  if (members.length < 2) return undefined;
  return { members, spans: members.map((i) => wholeSpan(variants[i] as VariantText)) };
}
