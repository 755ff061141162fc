/**
 * A figure (or a short word) changed right before a clause some variants drop diffs as one edit when nothing is
 * shared between them: 两成五[，是……一年] / 25% / 25%[，是……一年]. The figure and the lost clause
 * are two places an editor decides apart, of two kinds (a number, and wording by the house's
 * convention for a dropped clause), so one flag over both has one category wrong. This splits such
 * a site at the clause's opening comma.
 */
import type { ShapedSite } from './shapes';
import { cellsOf, type SiteReading } from './sites';

/** Longest head (UTF-16 units) that is taken for a figure or a word, not a passage. */
const HEAD_MAX = 8;

/** Shortest clause split off (the comma and a few characters). */
const CLAUSE_MIN = 4;

/** What a head may not hold: the end of a sentence, or a quote (then it is more than a figure). */
const NOT_IN_HEAD = /[。！？!?；;“”‘’"「」]/u;

/** The marks that open a clause after the figure. */
const CLAUSE_OPEN = /[，,]/u;

/** The reading cut at its first clause mark: the head before it and the clause from it on. */
function cut(text: string): readonly [string, string] {
  const at = text.search(CLAUSE_OPEN);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at)];
}

/**
 * The site as it is, or its head and its clause as two sites when every variant prints a short
 * head, the heads differ, and the variants either print one and the same clause after it or none.
 */
export function splitFigureBesideClause(
  site: ShapedSite,
  texts: readonly string[],
  baseK: number,
): ShapedSite[] {
  if (site.kind !== 'change' || site.nested) return [site];
  const parts = site.readings.map((r, k) => cut((texts[k] as string).slice(r.start, r.end)));
  const heads = new Set(parts.map(([head]) => head));
  const clauses = new Set(parts.map(([, clause]) => clause));
  clauses.delete('');
  const clause = [...clauses][0] ?? '';
  const fits =
    clauses.size === 1 &&
    clause.length >= CLAUSE_MIN &&
    parts.some(([, c]) => c === '') &&
    heads.size > 1 &&
    [...heads].every((h) => h.trim() !== '' && h.length <= HEAD_MAX && !NOT_IN_HEAD.test(h));
  if (!fits) return [site];
  const headOf = (r: SiteReading, k: number): SiteReading => ({
    start: r.start,
    end: r.start + (parts[k] as readonly [string, string])[0].length,
  });
  const headReadings = site.readings.map(headOf);
  const clauseReadings = site.readings.map((r, k) => ({ start: headOf(r, k).end, end: r.end }));
  return [
    { ...site, ...cellsOf(headReadings[baseK]), readings: headReadings },
    { ...site, ...cellsOf(clauseReadings[baseK]), readings: clauseReadings },
  ];
}
