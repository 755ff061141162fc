/**
 * Differences inside a passage some variants omit or move: the variants that print it may still
 * disagree within it, and those are flags of their own (nested in the passage's flag), read
 * against each printed copy. Differences at the very edge of such a passage are split off beside
 * it instead (splitAtEdges).
 */
import { alignPair, type Cleanup, type PairAlignment } from './pairwise';
import type { ShapedSite } from './shapes';
import { mergeSites, readSite, trimReadings, type SiteReading } from './sites';

/** The identity alignment of a text of `length` with itself. */
export function identity(length: number): PairAlignment {
  const map = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i;
  return { edits: [], gapBefore: map, gapAfter: map, shared: length };
}

/** Whether every reading of `site` lies inside the passage's reading wherever the passage has text. */
export function insidePassage(site: ShapedSite, passage: readonly SiteReading[]): boolean {
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
export function nestedSites(
  site: ShapedSite,
  texts: readonly string[],
  baseK: number,
  cleanup: Cleanup,
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
    i === refAt ? identity(ref.length) : alignPair(ref, s, { cleanup }),
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
export function splitAtEdges(
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
