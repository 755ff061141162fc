/**
 * What the splitters of one merged change site share (split-joint.ts, split-touching.ts): each
 * printing's reading of the site and the one most print, and the site cut into two sites by two
 * sets of readings.
 */
import type { ShapedSite } from './shapes';
import { cellsOf, trimReadings, type SiteReading } from './sites';

/** The reading most variants print (the first such in variant order). */
function commonest(slices: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of slices) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = slices[0] ?? '';
  for (const s of slices) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

/**
 * Each printing's reading of a change site (a plain change, not nested in a move) and the one
 * most of them print; null for any other site.
 */
export function changeReadings(
  site: ShapedSite,
  texts: readonly string[],
): { slices: string[]; common: string } | null {
  if (site.kind !== 'change' || site.nested) return null;
  const slices = site.readings.map((r, k) => (texts[k] as string).slice(r.start, r.end));
  return { slices, common: commonest(slices) };
}

/**
 * The site cut into two sites, in the order given, each trimmed to where its printings differ and
 * placed on the base's grid; null when either part has nothing left to differ in.
 */
export function twoSites(
  site: ShapedSite,
  texts: readonly string[],
  baseK: number,
  first: readonly SiteReading[],
  second: readonly SiteReading[],
): ShapedSite[] | null {
  const a = trimReadings(texts, first);
  const b = trimReadings(texts, second);
  if (!a || !b) return null;
  return [a, b].map((readings) => ({
    ...site,
    ...cellsOf(readings[baseK] as SiteReading),
    readings,
  }));
}
