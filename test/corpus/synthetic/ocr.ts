/**
 * OCR transcriptions of one page as variants: the archive case of the mission, where several OCR
 * runs of the same page are opened together. Each transcription is the WHOLE page (header, three
 * stories, a caption) with realistic OCR errors, labelled in score.py's truth format, and OCR
 * layout noise that must not be flagged (hard wraps on every line, spaces between CJK characters,
 * full-width digits, hyphenated English line breaks, a repeated running header, blank lines or
 * indents between paragraphs, two columns read in a different order).
 */
import type { Category, VariantText } from '../../../app/model/types';
import { createRandom } from '../../fixtures/synthetic';
import type { SyntheticCase, TruthSite } from './generate';
import { buildOcrPage, type OcrPage } from './ocr-page';
import { HAN, hanRegExp } from '../../../app/lexicon/characters';

/** How an OCR case is made. */
export interface OcrCaseOptions {
  readonly page: number;
  /** 3 to 5 transcriptions. */
  readonly variants: number;
  readonly seed: number;
}

/** A character-level OCR error placed in base offsets of the page. */
interface CharSite {
  readonly start: number;
  readonly end: number;
  readonly alternative: string;
  readonly category: Category;
  readonly carriers: ReadonlySet<number>;
}

/** A piece of a rendered transcription: base text (base >= 0), layout noise (-1) or a whole site. */
interface Atom {
  readonly text: string;
  readonly base: number;
  readonly site?: number;
}

/** Shapes OCR engines confuse; Latin ones only ever replace Latin or digit characters. */
const CONFUSABLE: Readonly<Record<string, string>> = {
  已: '己',
  己: '已',
  未: '末',
  末: '未',
  土: '士',
  士: '土',
  人: '入',
  入: '人',
  日: '曰',
  '0': 'O',
  '1': 'l',
  '5': 'S',
  O: '0',
  l: '1',
  I: 'l',
  S: '5',
};
const CJK = hanRegExp(`[${HAN}]`);
const DIGIT = /[0-9]/;
const FULL_DIGITS = '０１２３４５６７８９';
// Closer than this, two errors merge into one disagreement in any aligner (as in generate.ts).
const GAP = 6;

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** The category a change at [start, end) of the page belongs to, by DESIGN.md's definitions. */
function locate(page: OcrPage, start: number, end: number): Category {
  for (const name of page.names)
    for (const at of allIndexes(page.text, name))
      if (start < at + name.length && at < end) return 'name';
  const t = page.text;
  if (
    DIGIT.test(t.slice(start, end)) ||
    (DIGIT.test(t[start - 1] ?? '') && DIGIT.test(t[end] ?? ''))
  )
    return 'number';
  return 'wording';
}

/** Candidate character errors of one kind in the page's paragraphs and caption. */
function candidates(
  page: OcrPage,
  kind: number,
): { start: number; end: number; alternative: string; category: Category }[] {
  const out: { start: number; end: number; alternative: string; category: Category }[] = [];
  const t = page.text;
  for (const block of page.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'caption') continue;
    // The first few characters of a block are left alone: a change there reads as a layout change.
    for (let i = block.start + 3; i < block.start + block.text.length - 1; i++) {
      const ch = t[i] ?? '';
      const prev = t[i - 1] ?? '';
      const next = t[i + 1] ?? '';
      if (kind === 0 || kind === 3) {
        const other = CONFUSABLE[ch];
        if (!other) continue;
        // 12日 misread as 12曰 is a date, neither clearly a number nor wording: left out.
        if (CJK.test(ch) && (DIGIT.test(prev) || DIGIT.test(next))) continue;
        const category = locate(page, i, i + 1);
        // kind 3 asks for digits and names, kind 0 for the rest, so that each is drawn often enough.
        if ((kind === 3) !== (category !== 'wording')) continue;
        out.push({ start: i, end: i + 1, alternative: other, category });
      } else if (kind === 1) {
        if (ch === '，')
          out.push({
            start: i,
            end: i + 1,
            alternative: ['、', '。', '．'][i % 3] ?? '、',
            category: 'punctuation',
          });
        if (ch === '、')
          out.push({ start: i, end: i + 1, alternative: '，', category: 'punctuation' });
        if (ch === '。' && CJK.test(next))
          out.push({ start: i, end: i + 1, alternative: '，', category: 'punctuation' });
      } else if (kind === 2) {
        // A character lost.
        if (
          (CJK.test(ch) && CJK.test(prev) && CJK.test(next)) ||
          (DIGIT.test(ch) && DIGIT.test(prev))
        ) {
          out.push({ start: i, end: i + 1, alternative: '', category: locate(page, i, i + 1) });
        }
      } else if (CJK.test(ch) && CJK.test(prev) && CJK.test(next) && ch !== prev && ch !== next) {
        // A character doubled (not one already doubled, like 妈妈, which reads as a word).
        out.push({ start: i, end: i + 1, alternative: ch + ch, category: locate(page, i, i + 1) });
      }
    }
  }
  return out;
}

/** Chooses about `count` character errors, apart from each other, each carried by a minority of the transcriptions. */
function chooseCharSites(
  page: OcrPage,
  count: number,
  variants: number,
  random: () => number,
): CharSite[] {
  const chosen: CharSite[] = [];
  const pools = [0, 1, 2, 3, 4].map((k) => candidates(page, k));
  for (let tries = 0; chosen.length < count && tries < count * 20; tries++) {
    const pool = pools[chosen.length % pools.length] ?? [];
    const c = pool[Math.floor(random() * pool.length)];
    if (!c || chosen.some((s) => c.start < s.end + GAP && s.start < c.end + GAP)) continue;
    const k = 1 + Math.floor(random() * Math.max(1, Math.floor((variants - 1) / 2)));
    const carriers = new Set([...Array(variants).keys()].sort(() => random() - 0.5).slice(0, k));
    chosen.push({ ...c, carriers });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** How one transcription lays the page out. */
interface Layout {
  /** Characters per line (a Latin character counts half). */
  readonly width: number;
  readonly noisy: boolean;
  readonly blankLines: boolean;
  readonly swapColumns: boolean;
  readonly repeatHeader: boolean;
}

function layoutOf(vi: number, options: OcrCaseOptions): Layout {
  return {
    width: 17 + ((vi * 5 + options.seed) % 9),
    noisy: vi % 2 === 1,
    blankLines: vi % 3 === 0,
    // The last transcription read the second and third columns in the other order.
    swapColumns: vi === options.variants - 1 && options.seed % 2 === 0,
    repeatHeader: vi === 1,
  };
}

/** Renders one transcription as atoms: every OCR line ends with a newline. */
function render(
  page: OcrPage,
  sites: readonly CharSite[],
  vi: number,
  layout: Layout,
  random: () => number,
): Atom[] {
  const atoms: Atom[] = [];
  const noise = (text: string): void => void atoms.push({ text, base: -1 });
  let blocks = [...page.blocks];
  if (layout.swapColumns) {
    const second = blocks.filter((b) => b.story === 1);
    const third = blocks.filter((b) => b.story === 2);
    blocks = [...blocks.filter((b) => b.story !== 1 && b.story !== 2), ...third, ...second];
  }
  const header = page.blocks[0];
  let lastStory = -1;
  for (const block of blocks) {
    if (
      layout.repeatHeader &&
      header &&
      block.kind === 'title' &&
      block.story !== lastStory &&
      block.story === (layout.swapColumns ? 1 : 2)
    ) {
      // The running header read again at the top of the next column.
      noise(`${header.text}\n`);
    }
    lastStory = block.story;
    if (block.kind === 'paragraph' && !layout.blankLines) noise('\u3000\u3000');
    let column = block.kind === 'paragraph' && !layout.blankLines ? 2 : 0;
    const wraps = block.kind === 'paragraph' || block.kind === 'caption';
    let prev = '';
    for (let i = block.start; i < block.start + block.text.length;) {
      const site = sites.findIndex((s) => s.start === i);
      const s = sites[site];
      const text = s
        ? s.carriers.has(vi)
          ? s.alternative
          : page.text.slice(s.start, s.end)
        : (page.text[i] ?? '');
      const cost = [...text].reduce((n, c) => n + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0);
      // Typesetters never break a number across lines (1,3/00): the wrap waits for its end.
      const inNumber = /[0-9.,%]/.test(prev) && /^[0-9.,%]/.test(text);
      if (wraps && column + cost > layout.width && column > 0 && !inNumber) {
        // A word broken across lines is hyphenated, as a printed English column is.
        if (/[A-Za-z]/.test(prev) && /^[A-Za-z]/.test(text)) noise('-');
        noise('\n');
        column = 0;
      }
      if (s) atoms.push({ text, base: -1, site });
      else if (layout.noisy && DIGIT.test(text))
        atoms.push({ text: FULL_DIGITS[Number(text)] ?? text, base: i });
      else atoms.push({ text, base: i });
      if (
        !s &&
        layout.noisy &&
        CJK.test(text) &&
        CJK.test(page.text[i + 1] ?? '') &&
        random() < 0.05
      )
        noise(' ');
      column += cost;
      prev = text.slice(-1);
      i = s ? s.end : i + 1;
    }
    noise('\n');
    if (layout.blankLines) noise('\n');
  }
  return atoms;
}

/** Sentences of the page, to tell a dropped line that holds one (omission) from a part of one. */
function holdsSentence(text: string, start: number, end: number): boolean {
  for (const m of text.matchAll(/[^。！？\n]+[。！？]”?|[^.!?\n]+[.!?]"?(?= |\n)/g)) {
    if (m.index >= start && m.index + m[0].length <= end) return true;
  }
  return false;
}

/** A line of a transcription: its atoms' index range and the base range it covers. */
interface Line {
  readonly from: number;
  readonly to: number;
  readonly baseStart: number;
  readonly baseEnd: number;
}

/** Lines made only of base text and noise, inside a wrapped block, that could be dropped or doubled. */
function plainLines(atoms: readonly Atom[], page: OcrPage): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (let i = 0; i <= atoms.length; i++) {
    if (i < atoms.length && atoms[i]?.text !== '\n') continue;
    const line = atoms.slice(from, i);
    const bases = line.filter((a) => a.base >= 0).map((a) => a.base);
    const first = bases[0];
    const last = bases[bases.length - 1];
    const block = page.blocks.find(
      (b) => first !== undefined && first >= b.start && first < b.start + b.text.length,
    );
    if (
      first !== undefined &&
      last !== undefined &&
      block &&
      block.kind === 'paragraph' &&
      line.every((a) => a.site === undefined) &&
      last - first + 1 === bases.length &&
      first > block.start &&
      last < block.start + block.text.length - 1
    )
      lines.push({ from, to: i, baseStart: first, baseEnd: last + 1 });
    from = i + 1;
  }
  return lines;
}

/** Offsets of every atom once joined. */
function offsets(atoms: readonly Atom[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const a of atoms) {
    out.push(at);
    at += a.text.length;
  }
  out.push(at);
  return out;
}

/** Builds one OCR case: 3–5 transcriptions of one page with labelled truth. */
export function generateOcrCase(options: OcrCaseOptions): SyntheticCase {
  const random = createRandom(options.seed * 6151 + options.page * 92821 + options.variants);
  const page = buildOcrPage(options.page);
  const n = options.variants;
  const sites = chooseCharSites(page, 12, n, random);
  const layouts = Array.from({ length: n }, (_, vi) => layoutOf(vi, options));
  const rendered = layouts.map((layout, vi) => render(page, sites, vi, layout, random));
  // Line operations: the first transcription drops a line, the second doubles one.
  const reserved: [number, number][] = sites.map((s) => [s.start, s.end]);
  const lineOps: { vi: number; line: Line; drop: boolean }[] = [];
  for (const [vi, drop] of [
    [0, true],
    [1, false],
  ] as const) {
    const atoms = rendered[vi] ?? [];
    const free = plainLines(atoms, page).filter((l) =>
      reserved.every(([a, b]) => l.baseStart >= b + GAP || a >= l.baseEnd + GAP),
    );
    const line = free[Math.floor(random() * free.length)];
    if (!line) continue;
    reserved.push([line.baseStart, line.baseEnd]);
    lineOps.push({ vi, line, drop });
  }
  // Apply them; a dropped line leaves a marker atom (empty) where it was, a doubled one a marked copy.
  const LINE_SITE = sites.length;
  lineOps.forEach((op, k) => {
    const atoms = rendered[op.vi] ?? [];
    const copy = atoms
      .slice(op.line.from, op.line.to)
      .map((a) => a.text)
      .join('');
    const marker: Atom = { text: op.drop ? '' : copy, base: -1, site: LINE_SITE + k };
    if (op.drop) atoms.splice(op.line.from, op.line.to - op.line.from + 1, marker);
    else atoms.splice(op.line.to + 1, 0, marker, { text: '\n', base: -1 });
  });
  const variants: VariantText[] = [];
  type Readings = Record<string, { start: number; end: number; text: string }>;
  const truth: { categories: Category[]; readings: Readings }[] = [
    ...sites.map((s) => ({ categories: [s.category], readings: {} as Readings })),
    // A lost or doubled line holding a whole sentence is an omission. One holding parts of two is
    // ambiguous: DESIGN.md names "a line lost at a column break" as an omission, while a lost
    // clause reads as wording; both are accepted, omission (DESIGN's word) counted first.
    ...lineOps.map((op) => ({
      categories: (holdsSentence(page.text, op.line.baseStart, op.line.baseEnd)
        ? ['omission']
        : ['omission', 'wording']) as Category[],
      readings: {} as Readings,
    })),
  ];
  rendered.forEach((atoms, vi) => {
    const id = `ocr${vi + 1}`;
    const text = atoms.map((a) => a.text).join('');
    const at = offsets(atoms);
    atoms.forEach((a, i) => {
      const site = a.site === undefined ? undefined : truth[a.site];
      if (site)
        site.readings[id] = { start: at[i] ?? 0, end: (at[i] ?? 0) + a.text.length, text: a.text };
    });
    lineOps.forEach((op, k) => {
      if (op.vi === vi) return;
      const first = atoms.findIndex((a) => a.base === op.line.baseStart);
      const last = atoms.findIndex((a) => a.base === op.line.baseEnd - 1);
      const site = truth[LINE_SITE + k];
      if (!site || first < 0 || last < 0) return;
      // A doubled line's other readings are the empty place after the line; a dropped one's the line.
      const start = op.drop ? (at[first] ?? 0) : (at[last + 1] ?? 0);
      const end = at[last + 1] ?? 0;
      site.readings[id] = { start, end, text: text.slice(start, end) };
    });
    variants.push({
      id,
      path: `/synthetic/ocr/${id}.txt`,
      name: `${id}.txt`,
      encoding: 'utf-8',
      text,
    });
  });
  const labelled: TruthSite[] = truth;
  return { name: `ocr-page${options.page}-n${n}-seed${options.seed}`, variants, sites: labelled };
}

/** The OCR grid: three pages, 3 to 5 transcriptions, the given seeds. */
export function ocrGrid(seeds: readonly number[]): OcrCaseOptions[] {
  return seeds.flatMap((seed) =>
    [0, 1, 2].flatMap((page) => [3, 4, 5].map((variants) => ({ page, variants, seed }))),
  );
}
