/**
 * Shapes of disagreement beyond a simple change: a word-order swap split by the diff into two
 * nearby sites, a moved paragraph seen as a deletion plus an insertion, a reprint that stops early.
 */
import type { FlagKind } from '../model/types';
import type { PairAlignment } from './pairwise';
import type { SiteReading } from './sites';

/** A site while shapes are being detected: cells on the base grid and one reading per variant. */
export interface ShapedSite {
  firstCell: number;
  lastCell: number;
  readings: SiteReading[];
  kind: FlagKind;
  /** Variant indexes whose reading marks where the story ends (truncation). */
  endsHere?: number[];
  /** A difference inside a passage that other variants omit; shapes leave it alone. */
  nested?: boolean;
  /** Variant indexes that do not carry this part of the story (a continuation page): no reading, no vote. */
  absent?: readonly number[];
  /**
   * A 'move' whose two places are one: each variant prints its copy right where the others' would
   * be (a paragraph the block alignment did not pair, e.g. an OCR copy). Not moved at all: only
   * the differences inside it are flags.
   */
  inPlace?: boolean;
}

/**
 * The largest base distance (code points) between two sites that may still be one swap:
 * 日常监督管理 / 日常管理监督 diffs as two edits around the shared 监督.
 */
const SWAP_GAP = 6;

/** Longest text that is treated as a swap; longer reorderings are moves. */
const SWAP_MAX = 24;

/** Minimum length (code points) of a deleted block that may be a moved passage. */
const MOVE_MIN = 8;

function sortedChars(text: string): string {
  return [...text].sort().join('');
}

/** Merges pairs of nearby sites whose combined readings are permutations of each other. */
export function mergeSwaps(
  sites: ShapedSite[],
  texts: readonly string[],
  readAt: (first: number, last: number) => SiteReading[],
): ShapedSite[] {
  const out: ShapedSite[] = [];
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i] as ShapedSite;
    const next = sites[i + 1];
    if (next && !site.nested && !next.nested && (next.firstCell - site.lastCell) / 2 <= SWAP_GAP) {
      const readings = readAt(site.firstCell, next.lastCell);
      const slices = readings.map((r, k) => (texts[k] as string).slice(r.start, r.end));
      const key = sortedChars(slices[0] as string);
      const distinct = new Set(slices);
      if (
        distinct.size > 1 &&
        (slices[0] as string).length >= 2 &&
        (slices[0] as string).length <= SWAP_MAX &&
        slices.every((s) => sortedChars(s) === key)
      ) {
        // Digits in another order (4120 / 4210) are a different number, not words reordered.
        const digits = slices.some((s) => /[0-9]/.test(s));
        out.push({
          firstCell: site.firstCell,
          lastCell: next.lastCell,
          readings,
          kind: digits ? 'change' : 'swap',
        });
        i += 1;
        continue;
      }
    }
    out.push(site);
  }
  return out;
}

function bigramDice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++)
    grams.set(a.slice(i, i + 2), (grams.get(a.slice(i, i + 2)) ?? 0) + 1);
  let common = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const c = grams.get(g) ?? 0;
    if (c > 0) {
      common += 1;
      grams.set(g, c - 1);
    }
  }
  return (2 * common) / (a.length - 1 + b.length - 1);
}

/**
 * Similarity above which a deleted passage and an inserted one are the same passage moved; high
 * because two different sentences of one story share many bigrams (的, 社会, 工作).
 */
const MOVE_SIMILARITY = 0.8;

/** The distinct non-empty readings of a site. */
function printedCopies(site: ShapedSite, texts: readonly string[]): string[] {
  const copies = new Set<string>();
  site.readings.forEach((r, k) => {
    if (r.end > r.start) copies.add((texts[k] as string).slice(r.start, r.end));
  });
  return [...copies];
}

/**
 * Similarity from which a deletion and an insertion are one passage moved when the block
 * alignment paired their paragraphs out of order (a moved paragraph with a change every few
 * characters keeps ~0.65–0.8 of its bigrams): the pairing already weighed the paragraphs against
 * every other, so the copies need only be plainly alike, not near-identical.
 */
const MOVE_SUPPORTED = 0.5;

/** The variants' alignments to the base, whose paragraphs paired out of order back up a move. */
export interface MoveEvidence {
  readonly pairs: readonly PairAlignment[];
  readonly baseK: number;
}

/**
 * Share of a site's copy that the paired paragraph must cover: the site is that paragraph (give or
 * take a changed word at its edge), not a passage of several that merely holds it.
 */
const PAIRED_COVER = 0.8;

/** True when [b0, b1) covers at least PAIRED_COVER of [a0, a1). */
const covers = (a0: number, a1: number, b0: number, b1: number): boolean =>
  Math.min(a1, b1) - Math.max(a0, b0) >= PAIRED_COVER * (a1 - a0);

/**
 * True when some variant's alignment paired, out of order, its copy at one of the two sites with
 * the base's copy at the other (block-align.ts movedBlocks).
 */
function pairedOutOfOrder(a: ShapedSite, b: ShapedSite, evidence: MoveEvidence): boolean {
  const { pairs, baseK } = evidence;
  return pairs.some((pair, k) => {
    const ra = a.readings[k];
    const rb = b.readings[k];
    if (k === baseK || !pair.movedBlocks || !ra || !rb) return false;
    const [own, other] = ra.end > ra.start ? [ra, b] : [rb, a];
    const base = other.readings[baseK];
    if (own.end <= own.start || !base || base.end <= base.start) return false;
    return pair.movedBlocks.some(
      (m) =>
        covers(own.start, own.end, m.varStart, m.varEnd) &&
        covers(base.start, base.end, m.baseStart, m.baseEnd),
    );
  });
}

/**
 * Finds a passage that some variants carry in one place and others in another, and turns the
 * deletion + insertion pair into one 'move' site at the first place, reading each variant's copy.
 * With `evidence`, copies whose paragraphs the block alignment paired out of order need only be
 * MOVE_SUPPORTED alike.
 */
export function mergeMoves(
  sites: ShapedSite[],
  texts: readonly string[],
  evidence?: MoveEvidence,
): ShapedSite[] {
  const present = (site: ShapedSite): boolean[] => site.readings.map((r) => r.end > r.start);
  const removed = new Set<number>();
  for (let i = 0; i < sites.length; i++) {
    if (removed.has(i)) continue;
    const a = sites[i] as ShapedSite;
    if (a.nested) continue;
    let pa = present(a);
    if (pa.every(Boolean) || !pa.some(Boolean)) continue;
    // Every printed copy: the copy at the other place may be closest to any of them (a base that
    // reworded the passage is no measure of whether another variant moved it).
    let copiesA = printedCopies(a, texts);
    if (!copiesA.some((t) => t.length >= MOVE_MIN)) continue;
    // A passage printed in three places (a short paragraph two reprints moved to different
    // places) takes each other place in turn, until every variant's copy is read or none is left.
    for (let j = i + 1; j < sites.length && !pa.every(Boolean); j++) {
      if (removed.has(j)) continue;
      const b = sites[j] as ShapedSite;
      if (b.nested) continue;
      const pb = present(b);
      // Each variant prints the passage at one place or the other, or at neither: a reprint that
      // dropped the paragraph another moved leaves the move a move (and the differences inside
      // its copies are still found).
      if (!pb.some(Boolean) || pb.some((p, k) => p && pa[k])) continue;

      const copiesB = printedCopies(b, texts);
      const best = Math.max(...copiesA.flatMap((x) => copiesB.map((y) => bigramDice(x, y))));
      const supported =
        best >= MOVE_SUPPORTED && evidence !== undefined && pairedOutOfOrder(a, b, evidence);
      if (best < MOVE_SIMILARITY && !supported) continue;
      // Nothing between the two places in any variant: the copy stands where the passage is.
      const inPlace = a.readings.every((r, k) => {
        const other = b.readings[k] as SiteReading;
        return pa[k] ? other.start === r.end : other.start === r.start;
      });
      a.inPlace = a.kind === 'move' ? a.inPlace === true && inPlace : inPlace;
      const before = pa;
      a.readings = a.readings.map((r, k) => (before[k] ? r : (b.readings[k] as SiteReading)));
      a.kind = 'move';
      removed.add(j);
      pa = present(a);
      copiesA = printedCopies(a, texts);
    }
  }
  return sites.filter((_, i) => !removed.has(i));
}

/**
 * Marks sites at the end of the story where some variants read nothing and stop there: the
 * reprint cut the story's tail.
 */
export function markTruncations(
  sites: ShapedSite[],
  texts: readonly string[],
  baseLength: number,
): void {
  const last = sites.filter((s) => !s.nested).pop();
  if (!last || last.lastCell < 2 * baseLength - 1) return;
  const ends = last.readings.flatMap((r, k) =>
    r.end === r.start && r.end === (texts[k] as string).length ? [k] : [],
  );
  const longest = Math.max(...last.readings.map((r) => r.end - r.start));
  if (ends.length > 0 && ends.length < last.readings.length && longest >= MOVE_MIN) {
    last.kind = 'truncation';
    last.endsHere = ends;
  }
}

const NUMBER_CHAR = /[0-9]/;

/**
 * The sites with each one that `join` accepts after its predecessor merged into it: one site from
 * the first's start to the second's end in every variant, text between them included.
 */
export function joinNeighbours(
  sites: readonly ShapedSite[],
  join: (last: ShapedSite, site: ShapedSite) => boolean,
): ShapedSite[] {
  const out: ShapedSite[] = [];
  for (const site of sites) {
    const last = out[out.length - 1];
    if (!last || !join(last, site)) {
      out.push(site);
      continue;
    }
    out[out.length - 1] = {
      ...last,
      lastCell: site.lastCell,
      readings: last.readings.map((r, k) => ({
        start: r.start,
        end: (site.readings[k] as SiteReading).end,
      })),
    };
  }
  return out;
}

/** The characters of a number in digits (3,600) or in Chinese numerals (八点六), by script. */
/** One unit between the parts of a date (6[月]8日 / 8[月]6日): a date is one figure. */
const DATE_UNIT = /^([^年月日]{0,2})[年月日]([^年月日]{0,2})$/u;

/**
 * True when the gap is one unit of a date with, at most, a shared digit or two of the number on
 * either side of it (5月3[1]日 / 6月3[0]日 leaves 月3 between the changed month and day).
 */
function dateGap(gap: string, part: RegExp): boolean {
  const m = DATE_UNIT.exec(gap);
  return m !== null && part.test(m[1] ?? '') && part.test(m[2] ?? '');
}

const NUMBER_PARTS = [
  { part: /^[0-9.,，]*$/, digit: /[0-9]/ },
  {
    part: /^[点零〇一二三四五六七八九十百千万亿两]*$/u,
    digit: /[零〇一二三四五六七八九十百千万亿两]/u,
  },
] as const;

/**
 * Joins neighbouring sites that lie in one number (3,600 / 6,300 / 3,060 diffs as 3, and 600 in
 * different variants; 八点六 / 六点八 as 八 and 六 around the point; 6月8日 / 8月6日 as 6 and 8
 * around 月): both sites hold only the number's characters of one script, and so does the text
 * between them in every variant, or it is one unit of a date. One number read three ways is one
 * flag.
 */
export function mergeNumberParts(
  sites: readonly ShapedSite[],
  texts: readonly string[],
): ShapedSite[] {
  const slice = (r: SiteReading, k: number): string => (texts[k] as string).slice(r.start, r.end);
  const numeric = (site: ShapedSite, script: (typeof NUMBER_PARTS)[number]): boolean =>
    site.kind === 'change' &&
    site.readings.every((r, k) => script.part.test(slice(r, k))) &&
    site.readings.some((r, k) => script.digit.test(slice(r, k)));
  return joinNeighbours(sites, (last, site) =>
    NUMBER_PARTS.some(
      (script) =>
        // Two parts of a number inside a moved or omitted passage join as well, but never one
        // inside the passage with one outside it.
        last.nested === site.nested &&
        numeric(last, script) &&
        numeric(site, script) &&
        site.readings.every((r, k) => {
          const gap = (texts[k] as string).slice((last.readings[k] as SiteReading).end, r.start);
          return (script.part.test(gap) && gap.length <= 3) || dateGap(gap, script.part);
        }),
    ),
  );
}

/** True when reading `outer` holds reading `inner`. */
const holds = (outer: SiteReading, inner: SiteReading | undefined): boolean =>
  inner !== undefined && outer.start <= inner.start && inner.end <= outer.end;

/**
 * Widens a site that changes digits to the whole number in every variant (4,800 / 8,400 rather
 * than 4,8 / 8,4), by the digits and separators all variants share around it, stopping short of
 * the neighbouring sites so that flags never overlap.
 */
export function widenNumbers(sites: ShapedSite[], texts: readonly string[]): void {
  sites.forEach((site, i) => {
    const slices = site.readings.map((r, k) => (texts[k] as string).slice(r.start, r.end));
    // A decimal mark misread between digits (17.9 / 17,9) is widened to its number too.
    const decimalMark = slices.some((t) => t === '.') && slices.every((t) => /^[.,，]?$/.test(t));
    if (
      (!slices.some((t) => /[0-9万亿]/.test(t)) && !decimalMark) ||
      slices.some((t) => /[^0-9.,，%万亿]/.test(t))
    )
      return;
    // The passage a nested site lies in is no neighbour to stop short of.
    const apart = (n: ShapedSite | undefined): ShapedSite | undefined =>
      n && !n.readings.every((r, k) => holds(r, site.readings[k])) ? n : undefined;
    const prev = apart(sites[i - 1]);
    const next = apart(sites[i + 1]);
    const charAt = (k: number, at: number): string => (texts[k] as string)[at] ?? '';
    // Inside a moved or omitted passage, a variant that does not print the passage reads nothing
    // there and says nothing about the number's other digits.
    const passage = site.nested ? sites.slice(0, i).findLast((s) => !s.nested) : undefined;
    const readers = site.readings.flatMap((_, k) => {
      const own = passage?.readings[k];
      return own && own.end === own.start ? [] : [k];
    });
    const shared = (pick: (r: SiteReading, k: number) => string): string => {
      const chars = readers.map((k) => pick(site.readings[k] as SiteReading, k));
      return chars.every((c) => c === chars[0]) ? (chars[0] ?? '') : '';
    };
    for (;;) {
      const ch = shared((r, k) => charAt(k, r.start - 1));
      const before = shared((r, k) => charAt(k, r.start - 2));
      const part = NUMBER_CHAR.test(ch) || (/[.,，]/.test(ch) && NUMBER_CHAR.test(before));
      if (
        !part ||
        site.readings.some(
          (r, k) => prev !== undefined && (prev.readings[k] as SiteReading).end >= r.start,
        )
      )
        break;
      site.readings = site.readings.map((r, k) =>
        readers.includes(k) ? { start: r.start - 1, end: r.end } : r,
      );
    }
    for (;;) {
      const ch = shared((r, k) => charAt(k, r.end));
      const after = shared((r, k) => charAt(k, r.end + 1));
      const part = NUMBER_CHAR.test(ch) || (/[.,，]/.test(ch) && NUMBER_CHAR.test(after));
      if (
        !part ||
        site.readings.some(
          (r, k) => next !== undefined && (next.readings[k] as SiteReading).start <= r.end,
        )
      )
        break;
      site.readings = site.readings.map((r, k) =>
        readers.includes(k) ? { start: r.start, end: r.end + 1 } : r,
      );
    }
  });
}
