/**
 * A day's pages for the bench: the shared sample pages (read from ../shared at run time, never
 * copied into the repository) mutated into many editions. Edition k of a page is the source page
 * with seeded edits of the kinds reprints show — a changed character, a changed figure, a changed
 * list mark (、/，), a dropped paragraph, a paragraph broken at a column line, half-width
 * punctuation in every third edition — so every story of a source page is shared by all of its
 * editions, and the lead story of the samples by every page of the day.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isHan } from '../app/lexicon/characters';

/** Where the shared sample pages are, from the repository root. */
export function samplePagesDir(repoRoot: string): string {
  return resolve(repoRoot, '..', 'shared', 'samples', 'pages');
}

/** A small deterministic PRNG (mulberry32), so a day is the same day on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HALF: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '？': '?',
  '！': '!',
};

/** One edit per this many characters of running text (a busy copy desk, not an OCR run). */
const EDIT_EVERY = 400;
/** Share of paragraphs an edition drops (abridgement). */
const DROP_SHARE = 0.05;

/** Edition `edition` of one source page: seeded edits of the kinds reprints show. */
export function mutatePage(source: string, edition: number): string {
  const random = seeded(0x5eed + edition * 7919);
  const hans = [...source].filter((ch) => isHan(ch));
  const paragraphs = source.split('\n');
  const out: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    // Headings and short lines stay, so that every story keeps its headline.
    const long = paragraph.length > 60 && !paragraph.startsWith('#');
    if (edition > 0 && long && index > 2 && random() < DROP_SHARE) return;
    let text = edition === 0 || !long ? paragraph : editParagraph(paragraph, random, hans);
    if (edition > 0 && long && random() < 0.1) {
      const cut = 20 + Math.floor(random() * (text.length - 40));
      text = `${text.slice(0, cut)}\n${text.slice(cut)}`;
    }
    out.push(text);
  });
  const page = out.join('\n');
  return edition % 3 === 2 ? page.replace(/[，：；（）？！]/gu, (ch) => HALF[ch] ?? ch) : page;
}

function editParagraph(paragraph: string, random: () => number, hans: readonly string[]): string {
  const chars = [...paragraph];
  for (let i = 0; i < chars.length; i++) {
    if (random() >= 1 / EDIT_EVERY) continue;
    const ch = chars[i] as string;
    if (/\d/u.test(ch)) chars[i] = String((Number(ch) + 1) % 10);
    else if (ch === '、') chars[i] = '，';
    else if (isHan(ch)) chars[i] = hans[Math.floor(random() * hans.length)] ?? ch;
  }
  return chars.join('');
}

/** The source pages, or null where ../shared is absent. */
export function readSourcePages(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Writes a day of `count` pages into `outDir` (page-001.txt …) and returns their total size in characters. */
export function writeDay(sources: readonly string[], count: number, outDir: string): number {
  mkdirSync(outDir, { recursive: true });
  let chars = 0;
  for (let p = 0; p < count; p++) {
    const source = sources[p % sources.length] as string;
    const text = mutatePage(source, Math.floor(p / sources.length));
    chars += text.length;
    writeFileSync(join(outDir, `page-${String(p + 1).padStart(3, '0')}.txt`), text);
  }
  return chars;
}
