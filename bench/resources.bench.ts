/**
 * `npm run bench -- resources`: measures the language resources considered for classification
 * (issue 12) before any is adopted — load time and memory in Node, and the precision and recall
 * of each resource's evidence on the held-out sentence rows (test/corpus/classify-heldout): does
 * the evidence fire on the rows labelled name, and stay quiet on the others?
 *
 * - jieba-wasm `tag()`: the changed characters lie in a word tagged as a person, place,
 *   organisation or other proper noun (nr, ns, nt, nz and their subtags) in either printing.
 * - pinyin-pro: a one-character change between characters that sound the same (tones aside).
 */
import { createRequire } from 'node:module';
import { loadAllRows } from '../test/corpus/classify-heldout/rows';
import { hasHan } from '../app/lexicon/characters';

const require = createRequire(import.meta.url);

interface Diff {
  readonly texts: readonly string[];
  readonly from: number;
  /** Each text's changed part. */
  readonly parts: readonly string[];
}

/** The span where the first two texts differ (shared prefix and suffix removed). */
function diffOf(texts: readonly string[]): Diff {
  const [a = '', b = ''] = texts;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { texts, from: p, parts: [a.slice(p, a.length - s), b.slice(p, b.length - s)] };
}

const PROPER = /^(?:nr|ns|nt|nz)/;

function rate(hits: number, total: number): string {
  return total === 0 ? '—' : (hits / total).toFixed(3);
}

/** Prints the figures. */
export async function run(): Promise<void> {
  const rows = loadAllRows(1)
    .flatMap((f) => f.rows)
    .filter((r) => hasHan(r.texts[0] ?? ''));
  const diffs = rows.map((r) => ({ row: r, diff: diffOf(r.texts) }));

  let t = performance.now();
  const rss0 = process.memoryUsage().rss;
  const jieba = require('jieba-wasm') as {
    tag(text: string, hmm?: boolean): { word: string; tag: string }[];
  };
  const loadMs = performance.now() - t;
  t = performance.now();
  jieba.tag('预热', true);
  const firstMs = performance.now() - t;
  const jiebaMb = (process.memoryUsage().rss - rss0) / 1e6;
  const properAt = (text: string, from: number, length: number): boolean => {
    let at = 0;
    for (const { word, tag } of jieba.tag(text, true)) {
      const end = at + word.length;
      if (PROPER.test(tag) && at < from + Math.max(1, length) && from < end) return true;
      at = end;
    }
    return false;
  };
  t = performance.now();
  const jiebaFires = diffs.map(({ diff }) =>
    diff.texts
      .slice(0, 2)
      .some((text, i) => properAt(text, diff.from, (diff.parts[i] ?? '').length)),
  );
  const tagMs = performance.now() - t;

  t = performance.now();
  const pinyin = require('pinyin-pro') as {
    pinyin(text: string, o: { toneType: 'none'; type: 'array'; multiple?: boolean }): string[];
  };
  const pinyinLoad = performance.now() - t;
  const sound = (ch: string): Set<string> =>
    new Set(pinyin.pinyin(ch, { toneType: 'none', type: 'array', multiple: true }));
  const pinyinFires = diffs.map(({ diff }) => {
    const [x = '', y = ''] = diff.parts;
    if ([...x].length !== 1 || [...y].length !== 1 || !hasHan(x + y)) return false;
    const sx = sound(x);
    return [...sound(y)].some((s) => sx.has(s));
  });

  const report = (name: string, fires: readonly boolean[]): void => {
    const isName = diffs.map(({ row }) => row.category === 'name');
    const fired = fires.filter(Boolean).length;
    const right = fires.filter((f, i) => f && isName[i]).length;
    const names = isName.filter(Boolean).length;
    const wordingFired = fires.filter((f, i) => f && diffs[i]?.row.category === 'wording').length;
    const wording = diffs.filter(({ row }) => row.category === 'wording').length;
    console.log(
      `  ${name}: fires on ${fired} of ${diffs.length} Chinese rows; precision for name ${rate(right, fired)}, recall of name rows ${rate(right, names)} (${right}/${names}); fires on ${wordingFired}/${wording} wording rows`,
    );
  };
  console.log(
    `jieba-wasm 2.4: require ${loadMs.toFixed(0)} ms, first tag (dictionary) ${firstMs.toFixed(0)} ms, +${jiebaMb.toFixed(0)} MB RSS; tagging ${diffs.length} rows × 2 in ${tagMs.toFixed(0)} ms`,
  );
  report('proper-noun tag (nr/ns/nt/nz) over the changed characters', jiebaFires);
  console.log(`pinyin-pro: require ${pinyinLoad.toFixed(0)} ms`);
  report('one character for another of the same sound', pinyinFires);
  report(
    'either',
    jiebaFires.map((f, i) => f || (pinyinFires[i] ?? false)),
  );
}
