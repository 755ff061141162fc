/**
 * The held-out page sets' converter: each set keeps its pages as marked sources (src/<page>.txt)
 * with inline labels, and this turns them into the plain page texts the engine reads
 * (<set>/<page>.txt) and a truth.json in score.py's seed shape, offsets in UTF-16 code units
 * into the stripped text, computed here and never counted by hand.
 *
 * Markers: ⟦7n:reading⟧ is site 7, category n (n name, u number, p punctuation, w wording,
 * o omission; two letters for an ambiguous category, a trailing ? for an optional site), whose
 * reading on this page is the text between ':' and '⟧' (empty: absent here, an empty range at
 * that spot; markers nest). A page that does not carry a part of the story has no marker for the
 * sites there. ⟪ and ⟫ bound the page's lead-story window.
 *
 * `npx tsx test/corpus/pages-heldout/build.ts` rewrites every set's texts and truth.json (every batch).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds the sets. */
export const HELDOUT_DIR = dirname(fileURLToPath(import.meta.url));

/** The batches: batch 1 (first run recorded in FIRST-RUN.md), batches 2 to 11 (first-run by the coordinator, now seen) and batch 12 (labelled, never run yet: the coordinator's unseen measure). */
export const BATCHES: Readonly<Record<string, string>> = {
  '1': HELDOUT_DIR,
  '2': join(HELDOUT_DIR, 'batch-2'),
  '3': join(HELDOUT_DIR, 'batch-3'),
  '4': join(HELDOUT_DIR, 'batch-4'),
  '5': join(HELDOUT_DIR, 'batch-5'),
  '6': join(HELDOUT_DIR, 'batch-6'),
  '7': join(HELDOUT_DIR, 'batch-7'),
  '8': join(HELDOUT_DIR, 'batch-8'),
  '9': join(HELDOUT_DIR, 'batch-9'),
  '10': join(HELDOUT_DIR, 'batch-10'),
  '11': join(HELDOUT_DIR, 'batch-11'),
  '12': join(HELDOUT_DIR, 'batch-12'),
};

/** score.py's category names for the marker letters. */
const CATEGORY: Readonly<Record<string, string>> = {
  n: 'name',
  u: 'number',
  p: 'punctuation',
  w: 'wording',
  o: 'omission',
};

/** One page's reading of a site. */
export interface TruthReading {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One labelled discrepancy, as score.py reads it. */
export interface TruthSite {
  readonly site: number;
  readonly categories: readonly string[];
  readonly optional: boolean;
  readonly readings: Record<string, TruthReading>;
}

/** A set's truth file in score.py's seed shape. */
export interface SetTruth {
  readonly files: Record<string, string>;
  readonly story: Record<string, { start: number; end: number }>;
  readonly sites: readonly TruthSite[];
}

/** A marked page stripped of its markers: the text, its story window and its site readings. */
export interface ParsedPage {
  readonly text: string;
  readonly window: { start: number; end: number };
  readonly sites: ReadonlyMap<
    number,
    { categories: string[]; optional: boolean; reading: TruthReading }
  >;
}

const HEADER = /^⟦(\d+)([nupwo]+)(\?)?:/u;

/** Strips one marked source; throws on unbalanced markers, a site twice on one page or a missing window. */
export function parseMarked(source: string, label = 'page'): ParsedPage {
  let text = '';
  const open: { id: number; categories: string[]; optional: boolean; start: number }[] = [];
  const sites = new Map<
    number,
    { categories: string[]; optional: boolean; reading: TruthReading }
  >();
  let wStart = -1;
  let wEnd = -1;
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (ch === '⟦') {
      const m = HEADER.exec(source.slice(i, i + 24));
      if (!m) throw new Error(`${label}: bad marker at ${i}: ${source.slice(i, i + 24)}`);
      const letters = m[2] ?? '';
      open.push({
        id: Number(m[1]),
        categories: [...letters].map((c) => CATEGORY[c] ?? c),
        optional: m[3] === '?',
        start: text.length,
      });
      i += m[0].length;
    } else if (ch === '⟧') {
      const site = open.pop();
      if (!site) throw new Error(`${label}: ⟧ without ⟦ at ${i}`);
      if (sites.has(site.id)) throw new Error(`${label}: site ${site.id} twice`);
      sites.set(site.id, {
        categories: site.categories,
        optional: site.optional,
        reading: { text: text.slice(site.start), start: site.start, end: text.length },
      });
      i += 1;
    } else if (ch === '⟪') {
      wStart = text.length;
      i += 1;
    } else if (ch === '⟫') {
      wEnd = text.length;
      i += 1;
    } else {
      text += ch;
      i += 1;
    }
  }
  if (open.length > 0) throw new Error(`${label}: unclosed site ${open[0]?.id}`);
  if (wStart < 0 || wEnd < wStart) throw new Error(`${label}: no story window ⟪…⟫`);
  // A reading's text is the stripped text between its markers, nested sites included.
  const fixed = new Map<
    number,
    { categories: string[]; optional: boolean; reading: TruthReading }
  >();
  for (const [id, s] of sites)
    fixed.set(id, {
      ...s,
      reading: { ...s.reading, text: text.slice(s.reading.start, s.reading.end) },
    });
  return { text, window: { start: wStart, end: wEnd }, sites: fixed };
}

/** A built set: its page texts by file name and its truth. */
export interface BuiltSet {
  readonly name: string;
  readonly texts: ReadonlyMap<string, string>;
  readonly truth: SetTruth;
}

/** The names of the sets (folders holding a src/ folder), sorted. */
export function listSets(root = HELDOUT_DIR): string[] {
  return readdirSync(root)
    .filter(
      (d) => statSync(join(root, d)).isDirectory() && readdirSync(join(root, d)).includes('src'),
    )
    .sort();
}

/** Builds one set from its marked sources; throws when a site's page labels its categories differently. */
export function buildSet(name: string, root = HELDOUT_DIR): BuiltSet {
  const srcDir = join(root, name, 'src');
  const pages = readdirSync(srcDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = new Map<string, string>();
  const files: Record<string, string> = {};
  const story: Record<string, { start: number; end: number }> = {};
  const byId = new Map<
    number,
    { categories: string[]; optional: boolean; readings: Record<string, TruthReading> }
  >();
  for (const file of pages) {
    const key = file.replace(/\.txt$/u, '');
    const page = parseMarked(readFileSync(join(srcDir, file), 'utf8'), `${name}/${file}`);
    texts.set(file, page.text);
    files[key] = file;
    story[key] = page.window;
    for (const [id, s] of page.sites) {
      const site = byId.get(id) ?? { categories: s.categories, optional: s.optional, readings: {} };
      if (site.categories.join() !== s.categories.join() || site.optional !== s.optional)
        throw new Error(`${name}: site ${id} labelled differently on ${file}`);
      site.readings[key] = s.reading;
      byId.set(id, site);
    }
  }
  const sites = [...byId.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([site, s]) => ({
      site,
      categories: s.categories,
      optional: s.optional,
      readings: s.readings,
    }));
  return { name, texts, truth: { files, story, sites } };
}

/** Writes a built set's page texts and truth.json next to its src/ folder. */
export function writeSet(built: BuiltSet, root = HELDOUT_DIR): void {
  for (const [file, text] of built.texts) writeFileSync(join(root, built.name, file), text);
  writeFileSync(join(root, built.name, 'truth.json'), `${JSON.stringify(built.truth, null, 1)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [batch, root] of Object.entries(BATCHES))
    for (const name of listSets(root)) {
      const built = buildSet(name, root);
      writeSet(built, root);
      console.log(
        `batch ${batch} ${name}: ${built.texts.size} pages, ${built.truth.sites.filter((s) => !s.optional).length} sites (+${built.truth.sites.filter((s) => s.optional).length} optional)`,
      );
    }
}
