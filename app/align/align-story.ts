/**
 * Aligns one story across all its variants: fold, encode by code point, diff every variant against
 * one base, merge every variant's edits into shared sites, detect swaps, moves and truncations,
 * and report each site in original offsets with its readings in context, for the classification
 * stage (app/classify, run by app/compare.ts) to decide its category.
 */
import { gramSetOf, sharedGramShare } from './gram-set';
import type { Flag, Reading, StyleKind, VariantText } from '../model/types';
import type { ClassifyReading } from '../classify/rule';
import { foldText, toOriginalRange, type FoldedText, type TextRange } from '../text/fold';
import { CodePointTable, toFoldedIndex, type EncodedText } from './code-points';
import { alignByBlocks } from './block-align';
import { baseOrder } from './base-choice';
import { prepareBase, type PreparedBase } from './block-anchors';
import { alignPair, type Cleanup, type PairAlignment } from './pairwise';
import {
  markTruncations,
  mergeMoves,
  mergeNumberParts,
  mergeSwaps,
  widenNumbers,
  type ShapedSite,
} from './shapes';
import { mergeSites, readSite, trimReadings, type SiteReading } from './sites';
import { majorityOf } from './majority';
import { restoreStandIns, standInNotCarried } from './not-carried';
import { splitChangeBesideOmission } from './split-omission';
import { encodedParagraphStarts, splitAtParagraph } from './split-paragraphs';
import { widenToWords } from './words';
import { lowerBound, upperBound } from '../model/binary-search';

/** A cooperative cancellation flag (AbortSignal satisfies it). */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** Options of one story alignment. */
export interface AlignOptions {
  readonly cleanup?: Cleanup;
  /** Seconds one pairwise diff may take before diff-match-patch settles for a coarse diff. */
  readonly timeoutSeconds?: number;
  /**
   * Per variant id: its part opens with a mark that it comes from elsewhere (上接01版, From Page
   * A1) or closes with one that it goes on elsewhere. Such a variant is no witness for the part it
   * does not print (see not-carried.ts).
   */
  readonly continues?: ReadonlyMap<string, { readonly from: boolean; readonly to: boolean }>;
  /** Called with the fraction done (0..1) after each variant is aligned. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: CancelSignal;
}

/** One variant of the story: its text and the ranges that belong to the story, in reading order. */
export interface StoryVariant {
  readonly variant: VariantText;
  readonly ranges: readonly TextRange[];
}

/** One place of disagreement, aligned but not yet classified. */
export interface AlignedSite extends Omit<Flag, 'category' | 'numbers' | 'rule' | 'why'> {
  /** Every variant's reading in its folded context, for the classifier. */
  readonly context: readonly ClassifyReading[];
}

/** The aligned story: its sites plus the variants that turned out not to carry it. */
export interface AlignedStory {
  readonly sites: AlignedSite[];
  /** The base variant's folded story text with each paragraph on a line (the classifier's story text). */
  readonly storyText: string;
  /** Each kept variant's folded story text, by variant id (to place segmentation's blocks in it). */
  readonly folded: ReadonlyMap<string, FoldedText>;
  readonly missing: string[];
  /** Style noise folded per variant id. */
  readonly styleCounts: ReadonlyMap<string, Readonly<Record<StyleKind, number>>>;
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

/** Aligns the story across its variants and returns one flag per place of disagreement. */
export function alignStory(
  storyId: string,
  variants: readonly StoryVariant[],
  options: AlignOptions = {},
): AlignedStory {
  const cleanup = options.cleanup ?? 'anchors';
  // The same limit as plain diff-match-patch: similar 100k texts diff in well under 100 ms.
  const timeoutSeconds = options.timeoutSeconds ?? 1;
  const folded = variants.map((v) => foldText(v.variant.text, v.ranges));
  const table = new CodePointTable(folded.map((f) => f.text));
  const encoded = folded.map((f) => table.encode(f.text));
  const styleCounts = new Map(
    variants.map((v, i) => [v.variant.id, (folded[i] as FoldedText).styleCounts]),
  );

  const paragraphStarts = folded.map((f, i) =>
    encodedParagraphStarts(f, encoded[i] as EncodedText),
  );
  const order = baseOrder(
    encoded.map((e) => e.text),
    paragraphStarts,
    variants.map((v) => {
      const marks = options.continues?.get(v.variant.id);
      return marks !== undefined && (marks.from || marks.to);
    }),
  );
  let baseIndex = order[0] ?? 0;
  let pairs: (PairAlignment | null)[] = [];
  // Try the longest variants as base until most of the others share it (the longest page may be
  // a different story altogether when the finder is unsure).
  for (let attempt = 0; attempt < Math.min(3, order.length); attempt++) {
    baseIndex = order[attempt] as number;
    pairs = alignAll(encoded, paragraphStarts, baseIndex, cleanup, timeoutSeconds, options);
    const carried = pairs.filter((p) => p !== null).length;
    if (carried * 2 > variants.length) break;
  }
  const missing = variants.flatMap((v, i) => (pairs[i] === null ? [v.variant.id] : []));
  const kept = variants.map((_, i) => i).filter((i) => pairs[i] !== null);
  const ownTexts = kept.map((i) => (encoded[i] as EncodedText).text);
  const baseLength = (encoded[baseIndex] as EncodedText).text.length;
  // A part a variant does not carry (a continuation page's missing half) is stood in for by the
  // base's text while sites are shaped, and taken away again afterwards (not-carried.ts).
  const stood = standInNotCarried(
    kept.map((i) => pairs[i] as PairAlignment),
    ownTexts,
    kept.map((i) => paragraphStarts[i] as number[]),
    kept.map((i) => options.continues?.get((variants[i] as StoryVariant).variant.id)),
    kept.indexOf(baseIndex),
  );
  const keptPairs = stood.pairs;
  const keptTexts = stood.texts;
  const keptParagraphs = stood.paragraphStarts;
  const readAt = (first: number, last: number) => readSite(keptPairs, first, last);
  let sites: ShapedSite[] = [];
  const walls = keptParagraphs[kept.indexOf(baseIndex)];
  for (const cells of mergeSites(keptPairs, walls, keptParagraphs)) {
    const trimmed = trimReadings(keptTexts, readAt(cells.firstCell, cells.lastCell));
    if (!trimmed) continue;
    for (const part of splitAtParagraph(
      { firstCell: cells.firstCell, lastCell: cells.lastCell, readings: trimmed, kind: 'change' },
      keptTexts,
      keptParagraphs,
    )) {
      sites.push(...splitChangeBesideOmission(part, keptTexts));
    }
  }
  sites = sites.flatMap((site) =>
    splitAtEdges(
      site,
      nestedSites(site, keptTexts, kept.indexOf(baseIndex), cleanup, timeoutSeconds),
      keptTexts,
    ),
  );
  sites = mergeSwaps(
    sites,
    keptTexts,
    (f, l) => trimReadings(keptTexts, readAt(f, l)) ?? readAt(f, l),
  );
  const beforeMoves = new Map(
    sites
      .filter((site) => !site.nested)
      .map((site) => [site, site.readings.map((r) => ({ ...r }))]),
  );
  sites = mergeMoves(sites, keptTexts);
  // The differences nested in a passage that turned out to be moved are found again below, against
  // the passage's copy: the old ones would read the copy twice. That holds at both places — the
  // insertion folded into the move, and the deletion mergeMoves turned into the move in place. The
  // differences split off at the passage's edges (splitAtEdges) lie outside it and stay.
  const absorbed = [...beforeMoves].filter(
    ([site]) => !sites.includes(site) || site.kind === 'move',
  );
  if (absorbed.length > 0) {
    sites = sites.filter(
      (site) =>
        !site.nested ||
        !absorbed.some(
          ([a, readings]) =>
            a.firstCell === site.firstCell &&
            a.lastCell === site.lastCell &&
            insidePassage(site, readings),
        ),
    );
  }
  // A moved passage's copies may still differ inside (十七处 / 十九处): flagged against each other.
  const baseK = kept.indexOf(baseIndex);
  sites = sites.flatMap((site) =>
    site.kind === 'move'
      ? [site, ...nestedSites(site, keptTexts, baseK, cleanup, timeoutSeconds, true)]
      : [site],
  );
  markTruncations(sites, keptTexts, baseLength);
  sites = mergeNumberParts(sites, keptTexts);
  widenNumbers(sites, keptTexts);
  sites = widenToWords(sites, keptTexts);

  sites = restoreStandIns(sites, stood.standIns, ownTexts);

  // The base text with its paragraphs on lines of their own: a headline folded onto its story's
  // first line is still told apart from running text by the classifier.
  const baseFolded = folded[baseIndex] as FoldedText;
  const baseStory = paragraphLines(baseFolded.text, baseFolded.paragraphStarts);
  const aligned: AlignedSite[] = sites.map((site, n) => {
    const classifyReadings: ClassifyReading[] = [];
    const readings: Reading[] = site.readings.flatMap((r, k) => {
      if (site.absent?.includes(k)) return [];
      const index = kept[k] as number;
      const f = folded[index] as FoldedText;
      const enc = encoded[index] as EncodedText;
      const fs = toFoldedIndex(enc, r.start);
      const fe = toFoldedIndex(enc, r.end);
      const range = toOriginalRange(f, fs, fe);
      const variant = (variants[index] as StoryVariant).variant;
      classifyReadings.push({
        variant: variant.id,
        text: f.text.slice(fs, fe),
        // A name never runs across a paragraph: the context stops at the reading's paragraph.
        before: f.text.slice(Math.max(0, fs - 24, paragraphStartAt(f.paragraphStarts, fs)), fs),
        after: f.text.slice(
          fe,
          Math.min(fe + 24, nextParagraphStart(f.paragraphStarts, fe, f.text.length)),
        ),
        wholeLine: coversLines(f, fs, fe),
        atWrap: fs === fe && binaryHas(f.lineStarts, fs) && !binaryHas(f.paragraphStarts, fs),
        folded: f.text,
        start: fs,
        end: fe,
      });
      return [
        {
          variant: variant.id,
          start: range.start,
          end: range.end,
          text: variant.text.slice(range.start, range.end),
        },
      ];
    });
    return {
      id: `${storyId}-f${n + 1}`,
      readings,
      majority: majorityOf(
        classifyReadings.map((r) => r.text),
        readings,
      ),
      ...(site.kind !== 'change' ? { kind: site.kind } : {}),
      ...noteOf(
        site,
        kept.map((i) => (variants[i] as StoryVariant).variant.name),
      ),
      context: classifyReadings,
    };
  });
  const foldedById = new Map(
    kept.map((i) => [(variants[i] as StoryVariant).variant.id, folded[i] as FoldedText]),
  );
  return { sites: aligned, storyText: baseStory, folded: foldedById, missing, styleCounts };
}

/** Whether every reading of `site` lies inside the passage's reading wherever the passage has text. */
function insidePassage(site: ShapedSite, passage: readonly SiteReading[]): boolean {
  return passage.every((p, k) => {
    const r = site.readings[k] as SiteReading;
    return p.end === p.start || (p.start <= r.start && r.end <= p.end);
  });
}

/** A passage at least this long (code points) that some variants lack is collated inside too. */
const NESTED_MIN = 8;

/**
 * Differences inside a passage that some variants omit: the variants that carry it may still
 * disagree within it (业态 / 就业), and those are flags of their own, with the omitting variants
 * reading nothing at the omission point.
 */
function nestedSites(
  site: ShapedSite,
  texts: readonly string[],
  baseK: number,
  cleanup: Cleanup,
  timeoutSeconds: number,
  moved = false,
): ShapedSite[] {
  const present = site.readings.map((r, k) => ({ r, k })).filter(({ r }) => r.end > r.start);
  if (present.length < 2 || (present.length === site.readings.length && !moved)) return [];
  if (present.every(({ r }) => r.end - r.start < NESTED_MIN)) return [];
  const slices = present.map(({ r, k }) => (texts[k] as string).slice(r.start, r.end));
  if (slices.every((s) => s === slices[0])) return [];
  const refAt = Math.max(
    0,
    present.findIndex(({ k }) => k === baseK),
  );
  const ref = slices[refAt] as string;
  const pairs = slices.map((s, i) =>
    i === refAt ? identity(ref.length) : alignPair(ref, s, { cleanup, timeoutSeconds }),
  );
  const out: ShapedSite[] = [];
  for (const cells of mergeSites(pairs)) {
    const local = readSite(pairs, cells.firstCell, cells.lastCell);
    const readings = site.readings.map((r) => ({ start: r.start, end: r.end }));
    present.forEach(({ r, k }, i) => {
      const l = local[i] as { start: number; end: number };
      readings[k] = { start: r.start + l.start, end: r.start + l.end };
    });
    const trimmed = trimReadings(texts, readings);
    if (!trimmed) continue;
    // Offset the nested cells past the outer site so ordering stays by base position.
    out.push({
      firstCell: site.firstCell,
      lastCell: site.lastCell,
      readings: trimmed,
      kind: 'change',
      nested: true,
    });
  }
  return out;
}

/**
 * Splits off a difference that the carrying variants have at the very start or end of a passage
 * others omit: subtitle + byline omitted by one variant while another has 据 in place of the byline
 * is the subtitle's omission and, beside it, the byline's, not one omission with the byline again
 * nested inside. Differences strictly inside stay nested in the omission.
 */
function splitAtEdges(
  outer: ShapedSite,
  nested: readonly ShapedSite[],
  texts: readonly string[],
): ShapedSite[] {
  if (nested.length === 0) return [outer];
  const present = outer.readings.map((r) => r.end > r.start);
  const at = (n: ShapedSite, edge: 'start' | 'end'): boolean =>
    n.readings.every((r, k) => !present[k] || r[edge] === (outer.readings[k] as SiteReading)[edge]);
  const last = nested[nested.length - 1] as ShapedSite;
  const first = nested[0] as ShapedSite;
  const tail = at(last, 'end') ? last : undefined;
  const head = first !== tail && at(first, 'start') ? first : undefined;
  if (!head && !tail) return [outer, ...nested];
  const middle = nested.filter((n) => n !== head && n !== tail);
  const readings = outer.readings.map((r, k) =>
    present[k]
      ? {
          start: head ? (head.readings[k] as SiteReading).end : r.start,
          end: tail ? (tail.readings[k] as SiteReading).start : r.end,
        }
      : r,
  );
  const trimmed = readings.some((r, k) => present[k] && r.end > r.start)
    ? trimReadings(texts, readings)
    : null;
  const rest: ShapedSite[] = trimmed ? [{ ...outer, readings: trimmed }, ...middle] : middle;
  return [...(head ? [head] : []), ...rest, ...(tail ? [tail] : [])];
}

function alignAll(
  encoded: readonly EncodedText[],
  paragraphStarts: readonly (readonly number[])[],
  baseIndex: number,
  cleanup: Cleanup,
  timeoutSeconds: number,
  options: AlignOptions,
): (PairAlignment | null)[] {
  const base = (encoded[baseIndex] as EncodedText).text;
  // The 4-grams as an exact numeric set (gram-set.ts): strings cost most of a long line's memory.
  const baseGrams = gramSetOf(base);
  // The base's paragraph grams, made once for all the variants aligned to it (block-align.ts).
  const baseStarts = paragraphStarts[baseIndex] ?? [];
  let prepared: PreparedBase | undefined;
  const preparedBase = (): PreparedBase => (prepared ??= prepareBase(base, baseStarts));
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
            { cleanup, timeoutSeconds },
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

function identity(length: number): PairAlignment {
  const map = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i;
  return { edits: [], gapBefore: map, gapAfter: map, shared: length };
}

/** True when folded [start, end) starts at a line start and ends at a line end of its variant. */
function coversLines(f: FoldedText, start: number, end: number): boolean {
  if (end <= start) return false;
  const starts = f.lineStarts;
  const startsLine = binaryHas(starts, start);
  const endsLine = end === f.text.length || binaryHas(starts, end);
  return startsLine && endsLine;
}

/** The start of the paragraph holding folded offset `at` (the last paragraph start ≤ at). */
/** The text with a line break before each paragraph start (folding may have joined them). */
function paragraphLines(text: string, starts: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const start of starts) {
    if (start <= at || start >= text.length) continue;
    parts.push(text.slice(at, start));
    at = start;
  }
  parts.push(text.slice(at));
  return parts.join('\n');
}

function paragraphStartAt(starts: readonly number[], at: number): number {
  const next = upperBound(starts, at);
  return next > 0 ? (starts[next - 1] as number) : 0;
}

/** The first paragraph start after folded offset `at` (or `length`). */
function nextParagraphStart(starts: readonly number[], at: number, length: number): number {
  return starts[upperBound(starts, at)] ?? length;
}

function binaryHas(sorted: readonly number[], value: number): boolean {
  return sorted[lowerBound(sorted, value)] === value;
}

function noteOf(site: ShapedSite, names: readonly string[]): { note?: string } {
  if (site.kind === 'truncation' && site.endsHere) {
    return {
      note: `${site.endsHere.map((k) => names[k]).join(', ')} ends here: the rest of the story is not reprinted.`,
    };
  }
  if (site.kind === 'move')
    return { note: 'This passage stands in a different place in some variants.' };
  if (site.kind === 'swap') return { note: 'The same words in a different order.' };
  return {};
}
