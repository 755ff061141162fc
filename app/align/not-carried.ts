/**
 * A variant that carries only part of a story is no witness for the rest. A continuation page
 * (its part opens with (上接01版) or "From Page A1") does not omit the story's first half: it
 * never printed it. Its pair alignment shows that half as one deletion near its start (after a
 * repeated headline at most); mirrored, a part that ends with (下转第4版) or "See BUDGET, Page A9"
 * shows the second half as one deletion near its end.
 *
 * Such a part is **stood in for** by the base's own text before sites are built: the variant is
 * aligned as if it printed the base there, so its missing half neither merges every other
 * variant's differences into one site nor breaks a move or swap among the others (a paragraph
 * moved out of the part it lacks is still one passage in two places). After the sites are shaped,
 * every reading that lies inside a stand-in is taken away (`absent`: no reading, no vote), a
 * reading that runs into one is clipped to the variant's own text, and a site whose remaining
 * witnesses agree is no flag.
 */
import type { Edit, PairAlignment } from './pairwise';
import type { ShapedSite } from './shapes';
import type { SiteReading } from './sites';

/** How a variant's part is continued (from the story finder's marks); undefined when it is not. */
export type Marks = { readonly from: boolean; readonly to: boolean } | undefined;

/**
 * Only a deletion of at least this many code points is a part not carried; a shorter one is an
 * edit (a dropped dateline).
 */
const MIN_PART = 12;

/** The largest pure deletion among `edits` (scanned in the given order while `within` holds). */
function largestDeletion(edits: Iterable<Edit>, within: (e: Edit) => boolean): Edit | undefined {
  let best: Edit | undefined;
  for (const e of edits) {
    if (!within(e)) break;
    const deleted = e.baseEnd - e.baseStart;
    if (
      e.varEnd === e.varStart &&
      deleted >= MIN_PART &&
      deleted > (best ? best.baseEnd - best.baseStart : 0)
    )
      best = e;
  }
  return best;
}

/** The deletions of `pair` that are parts the variant does not carry, in base order. */
function partsNotCarried(
  pair: PairAlignment,
  length: number,
  starts: readonly number[],
  marks: Marks,
): Edit[] {
  if (!marks) return [];
  // The variant's own text may open with a repeated headline: its first paragraph is allowed.
  const opening = starts.find((p) => p > 0) ?? 0;
  const closing = [...starts].reverse().find((p) => p < length) ?? length;
  const head = marks.from ? largestDeletion(pair.edits, (e) => e.varStart <= opening) : undefined;
  const tail = marks.to
    ? largestDeletion([...pair.edits].reverse(), (e) => e.varEnd >= closing)
    : undefined;
  if (head && tail && head !== tail) return [head, tail];
  return head ? [head] : tail ? [tail] : [];
}

/** One stand-in: base [baseStart, baseEnd) inserted into the variant's text at `at` (virtual). */
export interface StandIn {
  /** Where the stand-in starts in the variant's aligned (virtual) text. */
  readonly at: number;
  readonly length: number;
}

/** The variants as aligned with their stand-ins, and where each stand-in lies. */
export interface StoodIn {
  readonly pairs: PairAlignment[];
  readonly texts: string[];
  readonly paragraphStarts: number[][];
  /** Per variant: its stand-ins in text order (none for a variant that carries the whole story). */
  readonly standIns: readonly (readonly StandIn[])[];
}

/** The pair, text and paragraph starts of one variant with base text standing in for `cuts`. */
function standInOne(
  pair: PairAlignment,
  text: string,
  starts: readonly number[],
  base: string,
  baseStarts: readonly number[],
  cuts: readonly Edit[],
): { pair: PairAlignment; text: string; starts: number[]; standIns: StandIn[] } {
  // Total stand-in length before base position p (cuts ending at or before p).
  const before = (p: number): number =>
    cuts.reduce((s, c) => s + (c.baseEnd <= p ? c.baseEnd - c.baseStart : 0), 0);
  const standIns = cuts.map((c) => ({
    at: c.varStart + before(c.baseStart),
    length: c.baseEnd - c.baseStart,
  }));
  const remap = (map: Int32Array): Int32Array => {
    const out = new Int32Array(map.length);
    for (let p = 0; p < map.length; p++) {
      const inside = cuts.findIndex((c) => c.baseStart < p && p < c.baseEnd);
      const c = cuts[inside];
      out[p] = c
        ? (standIns[inside] as StandIn).at + (p - c.baseStart)
        : (map[p] as number) + before(p);
    }
    return out;
  };
  const edits = pair.edits
    .filter((e) => !cuts.includes(e))
    .map((e) => {
      const shift = before(e.baseStart);
      return { ...e, varStart: e.varStart + shift, varEnd: e.varEnd + shift };
    });
  let virtual = '';
  let from = 0;
  for (const c of cuts) {
    virtual += text.slice(from, c.varStart) + base.slice(c.baseStart, c.baseEnd);
    from = c.varStart;
  }
  virtual += text.slice(from);
  // The variant's own paragraph starts (shifted past the stand-ins at or before them) and the
  // base's inside each stand-in.
  const shiftOf = (q: number): number =>
    cuts.reduce((s, c) => s + (c.varStart <= q ? c.baseEnd - c.baseStart : 0), 0);
  const all = new Set(starts.map((q) => q + shiftOf(q)));
  cuts.forEach((c, n) => {
    const at = (standIns[n] as StandIn).at;
    all.add(at);
    all.add(at + c.baseEnd - c.baseStart);
    for (const p of baseStarts) if (p > c.baseStart && p < c.baseEnd) all.add(at + p - c.baseStart);
  });
  const total = cuts.reduce((s, c) => s + c.baseEnd - c.baseStart, 0);
  return {
    pair: {
      edits,
      gapBefore: remap(pair.gapBefore),
      gapAfter: remap(pair.gapAfter),
      shared: pair.shared + total,
    },
    text: virtual,
    starts: [...all].filter((q) => q > 0 && q < virtual.length).sort((a, b) => a - b),
    standIns,
  };
}

/**
 * Every variant with a part it does not carry, aligned with the base's text standing in for that
 * part (see the module comment). Variants without marks, or whose alignment shows no such part,
 * are returned as they are.
 */
export function standInNotCarried(
  pairs: readonly PairAlignment[],
  texts: readonly string[],
  paragraphStarts: readonly (readonly number[])[],
  marks: readonly Marks[],
  baseK: number,
): StoodIn {
  const base = texts[baseK] ?? '';
  const baseStarts = paragraphStarts[baseK] ?? [];
  const out: StoodIn = { pairs: [], texts: [], paragraphStarts: [], standIns: [] };
  pairs.forEach((pair, k) => {
    const text = texts[k] as string;
    const starts = paragraphStarts[k] ?? [];
    const cuts = k === baseK ? [] : partsNotCarried(pair, text.length, starts, marks[k]);
    if (cuts.length === 0) {
      out.pairs.push(pair);
      out.texts.push(text);
      out.paragraphStarts.push([...starts]);
      (out.standIns as StandIn[][]).push([]);
      return;
    }
    const one = standInOne(pair, text, starts, base, baseStarts, cuts);
    out.pairs.push(one.pair);
    out.texts.push(one.text);
    out.paragraphStarts.push(one.starts);
    (out.standIns as StandIn[][]).push(one.standIns);
  });
  return out;
}

/**
 * A reading of the aligned (virtual) text back in the variant's own text: null when it lies
 * inside a stand-in (or is empty at its edge), clipped where it runs into one.
 */
function restoreReading(r: SiteReading, standIns: readonly StandIn[]): SiteReading | null {
  let { start, end } = r;
  for (const s of standIns) {
    const stop = s.at + s.length;
    if (start >= s.at && end <= stop) return null;
    if (start >= s.at && start < stop) start = stop;
    if (end > s.at && end <= stop) end = s.at;
  }
  if (end < start) end = start;
  const shift = (x: number): number =>
    x - standIns.reduce((t, s) => t + (s.at + s.length <= x ? s.length : 0), 0);
  return { start: shift(start), end: shift(end) };
}

/**
 * The sites in each variant's own coordinates: readings inside a stand-in marked absent, sites
 * whose remaining witnesses agree (or fewer than two remain) dropped. `texts` are the variants'
 * own encoded texts.
 */
export function restoreStandIns(
  sites: readonly ShapedSite[],
  standIns: readonly (readonly StandIn[])[],
  texts: readonly string[],
): ShapedSite[] {
  if (standIns.every((s) => s.length === 0)) return [...sites];
  const out: ShapedSite[] = [];
  for (const site of sites) {
    const absent: number[] = [...(site.absent ?? [])];
    const readings = site.readings.map((r, k) => {
      const own = standIns[k] ?? [];
      if (own.length === 0) return r;
      const restored = restoreReading(r, own);
      if (!restored) {
        absent.push(k);
        return { start: 0, end: 0 };
      }
      return restored;
    });
    if (absent.length === 0) {
      out.push({ ...site, readings });
      continue;
    }
    const slices = readings
      .map((r, k) => ({ r, k }))
      .filter(({ k }) => !absent.includes(k))
      .map(({ r, k }) => (texts[k] as string).slice(r.start, r.end));
    if (slices.length < 2 || slices.every((t) => t === slices[0])) continue;
    const stillCut = site.kind === 'truncation' && slices.some((t) => t.length === 0);
    out.push({
      ...site,
      readings,
      absent,
      kind: site.kind === 'truncation' && !stillCut ? 'change' : site.kind,
    });
  }
  return out;
}
