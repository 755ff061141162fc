/**
 * Paragraphs moved to one place: a reprint that prints two paragraphs elsewhere, side by side
 * (one from the story's middle, one from its end), inserts both at one gap of the base, and the
 * base grid reads them as one insertion. Neither half alone is then as long as the insertion, so
 * no deletion pairs with it as a move. Such a one-sided site is tried paragraph by paragraph
 * (mergeMoves, shapes.ts), and the pieces that found no counterpart are joined again.
 */
import type { ShapedSite } from './shapes';
import type { SiteReading } from './sites';

/** Pieces made from one site, and the site each came from. */
export interface Pieces {
  readonly sites: ShapedSite[];
  readonly origin: ReadonlyMap<ShapedSite, ShapedSite>;
}

/** [start, end) with white space trimmed at both ends (a paragraph's break stays outside it). */
function trimmed(text: string, start: number, end: number): SiteReading {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}

/**
 * The paragraphs of a one-sided site (some variants print it, the others nothing), one site each,
 * or null when it holds one paragraph or its printed readings break into different numbers of
 * paragraphs.
 */
function piecesOf(
  site: ShapedSite,
  texts: readonly string[],
  starts: readonly (readonly number[])[],
): ShapedSite[] | null {
  if (site.nested || site.kind !== 'change') return null;
  const present = site.readings.map((r) => r.end > r.start);
  if (present.every(Boolean) || !present.some(Boolean)) return null;
  const cuts = site.readings.map((r, k) =>
    present[k] ? (starts[k] ?? []).filter((p) => p > r.start && p < r.end) : [],
  );
  const counts = new Set(cuts.filter((_, k) => present[k]).map((c) => c.length));
  const breaks = counts.size === 1 ? ([...counts][0] as number) : 0;
  if (breaks === 0) return null;
  const pieces: ShapedSite[] = [];
  for (let n = 0; n <= breaks; n++) {
    const readings = site.readings.map((r, k) => {
      if (!present[k]) return r;
      const own = cuts[k] as number[];
      const from = n === 0 ? r.start : (own[n - 1] as number);
      const to = n === breaks ? r.end : (own[n] as number);
      return trimmed(texts[k] as string, from, to);
    });
    if (readings.every((r, k) => !present[k] || r.end > r.start))
      pieces.push({ ...site, readings });
  }
  return pieces.length > 1 ? pieces : null;
}

/** Every one-sided site of several paragraphs replaced by its paragraphs (see the module comment). */
export function paragraphPieces(
  sites: readonly ShapedSite[],
  texts: readonly string[],
  starts: readonly (readonly number[])[],
): Pieces {
  const out: ShapedSite[] = [];
  const origin = new Map<ShapedSite, ShapedSite>();
  for (const site of sites) {
    const pieces = piecesOf(site, texts, starts);
    if (!pieces) {
      out.push(site);
      continue;
    }
    for (const piece of pieces) origin.set(piece, site);
    out.push(...pieces);
  }
  return { sites: out, origin };
}

/** One site over the neighbouring pieces `run` (each variant printing from the first's start to the last's end). */
function joined(run: readonly ShapedSite[]): ShapedSite {
  const first = run[0] as ShapedSite;
  const last = run[run.length - 1] as ShapedSite;
  return {
    ...first,
    readings: first.readings.map((r, k) =>
      r.end > r.start ? { start: r.start, end: (last.readings[k] as SiteReading).end } : r,
    ),
  };
}

/**
 * The pieces that found no counterpart joined again: a site none of whose pieces moved is given
 * back as it was (its nested differences stay its own), and neighbouring pieces of one site that
 * are still plain changes become one site.
 */
export function rejoinPieces(
  sites: readonly ShapedSite[],
  origin: ReadonlyMap<ShapedSite, ShapedSite>,
): ShapedSite[] {
  const total = new Map<ShapedSite, number>();
  for (const from of origin.values()) total.set(from, (total.get(from) ?? 0) + 1);
  const out: ShapedSite[] = [];
  let k = 0;
  while (k < sites.length) {
    const from = origin.get(sites[k] as ShapedSite);
    if (!from) {
      out.push(sites[k] as ShapedSite);
      k += 1;
      continue;
    }
    let end = k;
    while (end < sites.length && origin.get(sites[end] as ShapedSite) === from) end += 1;
    const run = sites.slice(k, end);
    if (run.length === total.get(from) && run.every((p) => p.kind === 'change')) out.push(from);
    else {
      let plain: ShapedSite[] = [];
      for (const piece of [...run, undefined]) {
        if (piece?.kind === 'change') {
          plain.push(piece);
          continue;
        }
        if (plain.length > 0) out.push(joined(plain));
        plain = [];
        if (piece) out.push(piece);
      }
    }
    k = end;
  }
  return out;
}
