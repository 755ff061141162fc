/**
 * The scoring of shared/eval/score.py (non-seed mode), in TypeScript so that tests and the bench
 * can score synthetic cases without Python. Kept rule for rule: a flag hits a site when one of its
 * readings touches the site's reading in the same variant and is at most twice as long plus 8.
 */
import type { Category, CompareResult } from '../../../app/model/types';
import type { TruthSite } from './generate';

/** Counts for one or more cases; the rates are derived by `rates`. */
export interface ScoreCounts {
  sites: number;
  found: number;
  flags: number;
  hits: number;
  categoryOk: number;
  perCategory: Record<string, { sites: number; found: number; ok: number }>;
}

/** Whether ranges [a,b) and [c,d) touch, as score.py decides it (empty ranges touch at their edges). */
function touch(a: number, b: number, c: number, d: number): boolean {
  if (a < b && c < d) return Math.max(a, c) < Math.min(b, d);
  if (a === b) [a, b, c, d] = [c, d, a, b];
  return a - 1 <= c && c <= b + 1;
}

interface FlagRanges {
  readonly category: Category;
  readonly ranges: ReadonlyMap<string, readonly [number, number]>;
}

function matchScore(site: TruthSite, flag: FlagRanges): number {
  let best = 0;
  for (const [variant, r] of Object.entries(site.readings)) {
    const f = flag.ranges.get(variant);
    if (!f) continue;
    const [a, b] = [r.start, r.end];
    const [c, d] = f;
    if (touch(a, b, c, d) && d - c <= 2 * (b - a) + 8)
      best = Math.max(best, 1 + Math.min(b, d) - Math.max(a, c));
  }
  return best;
}

/** Scores one result against its truth. */
export function scoreResult(result: CompareResult, sites: readonly TruthSite[]): ScoreCounts {
  const flags: FlagRanges[] = result.stories.flatMap((s) =>
    s.flags.map((f) => ({
      category: f.category,
      ranges: new Map(f.readings.map((r) => [r.variant, [r.start, r.end] as const])),
    })),
  );
  const counts = emptyCounts();
  for (const site of sites) {
    const category = site.categories[0] ?? 'wording';
    const per = (counts.perCategory[category] ??= { sites: 0, found: 0, ok: 0 });
    counts.sites++;
    per.sites++;
    let best: FlagRanges | undefined;
    let bestScore = 0;
    for (const flag of flags) {
      const s = matchScore(site, flag);
      if (s > bestScore) [best, bestScore] = [flag, s];
    }
    if (best) {
      counts.found++;
      per.found++;
      if (site.categories.includes(best.category)) {
        counts.categoryOk++;
        per.ok++;
      }
    }
  }
  counts.flags = flags.length;
  counts.hits = flags.filter((f) => sites.some((s) => matchScore(s, f) > 0)).length;
  return counts;
}

/** Zero counts. */
export function emptyCounts(): ScoreCounts {
  return { sites: 0, found: 0, flags: 0, hits: 0, categoryOk: 0, perCategory: {} };
}

/** Adds `b` into `a`. */
export function addCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  a.sites += b.sites;
  a.found += b.found;
  a.flags += b.flags;
  a.hits += b.hits;
  a.categoryOk += b.categoryOk;
  for (const [k, v] of Object.entries(b.perCategory)) {
    const per = (a.perCategory[k] ??= { sites: 0, found: 0, ok: 0 });
    per.sites += v.sites;
    per.found += v.found;
    per.ok += v.ok;
  }
  return a;
}

/** Recall, precision and category accuracy (macro over categories, as score.py's category_macro). */
export function rates(c: ScoreCounts): {
  recall: number;
  precision: number;
  categoryMacro: number;
} {
  const per = Object.values(c.perCategory);
  return {
    recall: c.found / Math.max(1, c.sites),
    precision: c.hits / Math.max(1, c.flags),
    categoryMacro:
      per.reduce((sum, p) => sum + p.ok / Math.max(1, p.sites), 0) / Math.max(1, per.length),
  };
}
