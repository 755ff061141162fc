/**
 * One variant's change and another's insertion right beside it touch on the base grid and are
 * merged into one site: 乌力吉家 / 乌兰家 / 乌力吉一家 reads 力吉 / 兰 / 力吉一, a name changed and a
 * word inserted after it, two places of different kinds (name, wording) in one flag. When the
 * readings that print the common text whole and then more (力吉一) agree with it, and the
 * others replace it (兰), the insertion is its own site at the edge.
 */
import type { ShapedSite } from './shapes';
import type { SiteReading } from './sites';
import { changeReadings, twoSites } from './split-site';

/**
 * The site, or the change and the insertion beside it as two sites (in text order). Needs at
 * least one variant that prints the common reading with more after it (or before it), one that
 * prints something else in its place, and none that adds on the other side.
 */
export function splitTouchingInsert(
  site: ShapedSite,
  texts: readonly string[],
  baseK: number,
): ShapedSite[] {
  const read = changeReadings(site, texts);
  if (!read || read.common.length === 0) return [site];
  const { slices, common } = read;
  const longer = (s: string): boolean => s.length > common.length;
  const after = slices.map((s) => longer(s) && s.startsWith(common));
  const before = slices.map((s, k) => longer(s) && !after[k] && s.endsWith(common));
  const other = slices.map((s, k) => s !== common && !after[k] && !before[k]);
  if (!other.some(Boolean)) return [site];
  const side = after.some(Boolean) && !before.some(Boolean) ? 'after' : undefined;
  const flip = before.some(Boolean) && !after.some(Boolean) ? 'before' : undefined;
  const where = side ?? flip;
  if (!where) return [site];
  const n = common.length;
  const change: SiteReading[] = site.readings.map((r, k) => {
    if (after[k]) return { start: r.start, end: r.start + n };
    if (before[k]) return { start: r.end - n, end: r.end };
    return r;
  });
  const insert: SiteReading[] = site.readings.map((r, k) => {
    if (after[k]) return { start: r.start + n, end: r.end };
    if (before[k]) return { start: r.start, end: r.end - n };
    return where === 'after' ? { start: r.end, end: r.end } : { start: r.start, end: r.start };
  });
  const pieces =
    where === 'after'
      ? twoSites(site, texts, baseK, change, insert)
      : twoSites(site, texts, baseK, insert, change);
  return pieces ?? [site];
}
