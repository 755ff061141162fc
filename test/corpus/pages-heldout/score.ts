/**
 * `npm run bench -- pages-heldout` (or `npx tsx test/corpus/pages-heldout/score.ts [--batch 2] [--json-dir D] [--misses]`):
 * runs the engine in-process on every held-out page set and scores each exactly as
 * `score.py RESULT.json truth.json --seed` does — the same touch and size rule for a hit, flags
 * judged only inside the labelled story windows, recall over counted sites, precision over the
 * judged flags (a flag on an optional site is a true positive), category accuracy and category
 * macro over the sites found. Prints one line per set, the aggregate over all sites and flags
 * (per-category counts summed, then score.py's macro) and the mean per-set category macro, and per
 * set the spill: how far the lead story runs outside its labelled ⟪ ⟫ window (spillOf), with the
 * largest over the sets and those over the 5%.
 * With --json-dir it also writes each set's compare result there, for a cross-check with score.py.
 * With --misses it lists, per set, every counted site missed or given the wrong category (with the
 * flag's rule) and every judged flag that touches no site: the material for fixing seen batches.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareVariants } from '../../../app/compare';
// The classifier's segmenter, as the CLI and the app register it: without it the rules that read
// parts of speech find no evidence, and the score is not the product's.
import '../../../main/services/jieba-tagger';
import type { CompareResult, VariantText } from '../../../app/model/types';
import { BATCHES, buildSet, listSets, type SetTruth } from './build';

type Range = readonly [number, number];

/** score.py's touch: overlap, or an empty range within one character of the other. */
function touch(a0: number, b0: number, c0: number, d0: number): boolean {
  let [a, b, c, d] = [a0, b0, c0, d0];
  if (a < b && c < d) return Math.max(a, c) < Math.min(b, d);
  if (a === b) [a, b, c, d] = [c, d, a, b];
  return a - 1 <= c && c <= b + 1;
}

interface Site {
  readonly id: number;
  readonly cats: readonly string[];
  readonly optional: boolean;
  readonly rd: ReadonlyMap<string, Range>;
}
interface Flag {
  readonly cat: string;
  readonly rule: string;
  readonly text: string;
  readonly rd: ReadonlyMap<string, Range>;
}

/** score.py's match: the best overlap (+1) of a site and a flag on any shared variant, 0 for none. */
function match(site: Site, flag: Flag): number {
  let best = 0;
  for (const [v, [a, b]] of site.rd) {
    const f = flag.rd.get(v);
    if (!f) continue;
    const [c, d] = f;
    if (touch(a, b, c, d) && d - c <= 2 * (b - a) + 8)
      best = Math.max(best, 1 + Math.min(b, d) - Math.max(a, c));
  }
  return best;
}

/** Per-category counts: sites found and sites counted, and found with the right category. */
export interface CategoryCount {
  found: number;
  sites: number;
  ok: number;
}

/** One set's score in score.py's terms, plus the raw counts the aggregate sums. */
export interface SetScore {
  readonly sites: number;
  readonly found: number;
  readonly flags: number;
  readonly tp: number;
  readonly catOk: number;
  readonly recall: number;
  readonly precision: number;
  readonly categoryAccuracy: number;
  readonly categoryMacro: number;
  readonly perCategory: Readonly<Record<string, CategoryCount>>;
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

/** score.py's macro: the mean over categories of right category / found. */
export function macro(per: Readonly<Record<string, CategoryCount>>): number {
  const keys = Object.keys(per);
  return (
    keys.reduce((s, k) => s + (per[k]?.ok ?? 0) / Math.max(1, per[k]?.found ?? 0), 0) /
    Math.max(1, keys.length)
  );
}

/** Scores a compare result against a set's truth as `score.py --seed` does; files map by base name. */
export function scoreSeed(result: CompareResult, truth: SetTruth, misses?: string[]): SetScore {
  const base = (p: string): string => p.split(/[\\/]/u).pop() ?? p;
  const vid = new Map(result.variants.map((v) => [base(v.path), v.id]));
  const key = (k: string): string | undefined => vid.get(truth.files[k] ?? '');
  const sites: Site[] = truth.sites.map((s) => {
    const rd = new Map<string, Range>();
    for (const [k, r] of Object.entries(s.readings)) {
      const v = key(k);
      if (v) rd.set(v, [r.start, r.end]);
    }
    return { id: s.site, cats: s.categories, optional: s.optional, rd };
  });
  const window = new Map<string, Range>();
  for (const [k, w] of Object.entries(truth.story)) {
    const v = key(k);
    if (v) window.set(v, [w.start, w.end]);
  }
  const flags: Flag[] = [];
  for (const st of result.stories)
    for (const f of st.flags)
      flags.push({
        cat: f.category,
        rule: f.rule ?? '',
        text: f.readings.map((r) => `${r.variant} ${JSON.stringify(r.text)}`).join(' | '),
        rd: new Map(f.readings.map((r) => [r.variant, [r.start, r.end] as Range])),
      });
  const inside = (f: Flag): boolean =>
    [...f.rd].some(
      ([v, [a, b]]) =>
        b > a &&
        window.has(v) &&
        (window.get(v)?.[0] ?? 0) - 2 <= a &&
        b <= (window.get(v)?.[1] ?? 0) + 2,
    );
  const judged = window.size > 0 ? flags.filter(inside) : flags;
  const counted = sites.filter((s) => !s.optional);
  let found = 0;
  let catOk = 0;
  const per: Record<string, CategoryCount> = {};
  for (const s of counted) {
    const c = s.cats[0] ?? '';
    const p = (per[c] ??= { found: 0, sites: 0, ok: 0 });
    p.sites += 1;
    let best: { score: number; flag: Flag } | undefined;
    for (const f of judged) {
      const m = match(s, f);
      if (m > 0 && (!best || m > best.score)) best = { score: m, flag: f };
    }
    if (!best) {
      misses?.push(`  missed  site ${s.id} (${s.cats.join('/')})`);
      continue;
    }
    found += 1;
    p.found += 1;
    if (s.cats.includes(best.flag.cat)) {
      catOk += 1;
      p.ok += 1;
    } else
      misses?.push(
        `  wrong   site ${s.id} (${s.cats.join('/')}) flagged ${best.flag.cat} by ${best.flag.rule}: ${best.flag.text.slice(0, 160)}`,
      );
  }
  for (const f of judged)
    if (!sites.some((s) => match(s, f) > 0))
      misses?.push(`  false   ${f.cat} by ${f.rule}: ${f.text.slice(0, 160)}`);
  const tp = judged.filter((f) => sites.some((s) => match(s, f) > 0)).length;
  return {
    sites: counted.length,
    found,
    flags: judged.length,
    tp,
    catOk,
    recall: round4(found / Math.max(1, counted.length)),
    precision: round4(tp / Math.max(1, judged.length)),
    categoryAccuracy: round4(catOk / Math.max(1, found)),
    categoryMacro: round4(macro(per)),
    perCategory: per,
  };
}

/** How far the lead story's spans run outside the labelled window in one set. */
export interface SetSpill {
  /** Per page file: characters of the lead story outside the window / the window's length. */
  readonly perFile: Readonly<Record<string, number>>;
  /** The largest over the set's files (0 when no window is labelled). */
  readonly max: number;
}

/** The bar: no story more than this share of its true extent outside it. */
export const SPILL_MAX = 0.05;

/**
 * The spill of a set: in every file with a labelled lead-story window (⟪ ⟫), the found story that
 * overlaps the window most is the lead story; its characters in that file outside the window,
 * over the window's length, are the file's spill. A file whose window no story reaches spills 0
 * (that is a recall miss, not a spill).
 */
export function spillOf(result: CompareResult, truth: SetTruth): SetSpill {
  const base = (p: string): string => p.split(/[\\/]/u).pop() ?? p;
  const vid = new Map(result.variants.map((v) => [base(v.path), v.id]));
  const perFile: Record<string, number> = {};
  for (const [k, w] of Object.entries(truth.story)) {
    const v = vid.get(truth.files[k] ?? '');
    const length = w.end - w.start;
    if (v === undefined || length <= 0) continue;
    let best = { overlap: 0, outside: 0 };
    for (const story of result.stories) {
      let overlap = 0;
      let outside = 0;
      for (const s of story.spans) {
        if (s.variant !== v) continue;
        const inside = Math.max(0, Math.min(s.end, w.end) - Math.max(s.start, w.start));
        overlap += inside;
        outside += s.end - s.start - inside;
      }
      if (overlap > best.overlap) best = { overlap, outside };
    }
    perFile[k] = round4(best.outside / length);
  }
  return { perFile, max: Math.max(0, ...Object.values(perFile)) };
}

/** The variants of a set as the CLI would read them, in file-name order (v1, v2, …). */
export function setVariants(name: string, root = BATCHES['1']): VariantText[] {
  const built = buildSet(name, root);
  return [...built.texts.entries()].map(([file, text], i) => ({
    id: `v${i + 1}`,
    path: `${name}/${file}`,
    name: file,
    encoding: 'utf-8',
    text,
  }));
}

const per = (p: Readonly<Record<string, CategoryCount>>): string =>
  Object.entries(p)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, n]) => `${c} ${n.found}/${n.sites} (${n.ok} right)`)
    .join(', ');

/**
 * Runs and scores every set of a batch (batch 1 unless told; batch 2 is for the coordinator's
 * first run); prints per-set lines, the aggregate and the mean per-set category macro.
 */
export async function run(
  jsonDir?: string,
  batch = batchArgument(process.argv),
  showMisses = process.argv.includes('--misses'),
): Promise<void> {
  const root = BATCHES[batch];
  if (!root) throw new Error(`no batch ${batch}`);
  const total: Record<string, CategoryCount> = {};
  let sites = 0;
  let found = 0;
  let flags = 0;
  let tp = 0;
  let catOk = 0;
  const macros: number[] = [];
  const spills: number[] = [];
  for (const name of listSets(root)) {
    const started = performance.now();
    const result = compareVariants(setVariants(name, root));
    const ms = performance.now() - started;
    if (jsonDir) {
      mkdirSync(jsonDir, { recursive: true });
      writeFileSync(join(jsonDir, `${name}.json`), JSON.stringify(result));
    }
    const truth = buildSet(name, root).truth;
    const misses: string[] = [];
    const s = scoreSeed(result, truth, showMisses ? misses : undefined);
    const spill = spillOf(result, truth);
    spills.push(spill.max);
    const flag =
      spill.max > SPILL_MAX
        ? ` > ${SPILL_MAX * 100}% (${Object.entries(spill.perFile)
            .filter(([, x]) => x > SPILL_MAX)
            .map(([f]) => f)
            .join(', ')})`
        : '';
    console.log(
      `${name.padEnd(22)} recall ${s.recall.toFixed(3)}  precision ${s.precision.toFixed(3)}  category macro ${s.categoryMacro.toFixed(3)}  spill ${(spill.max * 100).toFixed(1)}%${flag}  sites ${s.found}/${s.sites}  flags ${s.tp}/${s.flags}  (${per(s.perCategory)})  ${ms.toFixed(0)} ms`,
    );
    for (const line of misses) console.log(line);
    sites += s.sites;
    found += s.found;
    flags += s.flags;
    tp += s.tp;
    catOk += s.catOk;
    macros.push(s.categoryMacro);
    for (const [c, n] of Object.entries(s.perCategory)) {
      const t = (total[c] ??= { found: 0, sites: 0, ok: 0 });
      t.found += n.found;
      t.sites += n.sites;
      t.ok += n.ok;
    }
  }
  console.log(
    `aggregate              recall ${(found / Math.max(1, sites)).toFixed(3)}  precision ${(tp / Math.max(1, flags)).toFixed(3)}  category macro ${macro(total).toFixed(3)}  category accuracy ${(catOk / Math.max(1, found)).toFixed(3)}  sites ${found}/${sites}  flags ${tp}/${flags}  (${per(total)})`,
  );
  const worst = Math.max(0, ...spills);
  console.log(
    `spill: largest share of a lead story outside its labelled window ${(worst * 100).toFixed(1)}% (bar ${SPILL_MAX * 100}%: ${spills.filter((x) => x > SPILL_MAX).length} of ${spills.length} sets over)`,
  );
  console.log(
    `mean per-set category macro ${(macros.reduce((a, b) => a + b, 0) / Math.max(1, macros.length)).toFixed(3)}`,
  );
  await Promise.resolve();
}

/** The batch asked for on a command line, as `--batch 2` or `--batch=2` (`npm run bench -- pages-heldout --batch=2`); batch 1 when none. */
export function batchArgument(argv: readonly string[]): string {
  const at = argv.indexOf('--batch');
  if (at >= 0 && argv[at + 1] !== undefined) return argv[at + 1] ?? '1';
  return argv.find((a) => a.startsWith('--batch='))?.slice('--batch='.length) ?? '1';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--json-dir');
  run(at > 0 ? process.argv[at + 1] : undefined).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
