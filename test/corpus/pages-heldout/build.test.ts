import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSet, HELDOUT_DIR, listSets, parseMarked } from './build';

/** Trivial folding: white space (line wraps, CJK spacing) never makes two readings differ. */
const fold = (t: string): string => t.replace(/\s+/gu, '');

describe('held-out page sets: the converter', () => {
  it('strips markers into offsets that slice the text, nesting included', () => {
    const page = parseMarked('头⟪题⟦1n:李⟦2w:晓⟧娜⟧说⟦3o:⟧。⟫尾');
    expect(page.text).toBe('头题李晓娜说。尾');
    expect(page.window).toEqual({ start: 1, end: 7 });
    expect(page.sites.get(1)?.reading).toEqual({ text: '李晓娜', start: 2, end: 5 });
    expect(page.sites.get(2)?.reading).toEqual({ text: '晓', start: 3, end: 4 });
    expect(page.sites.get(3)?.reading).toEqual({ text: '', start: 6, end: 6 });
    expect(page.sites.get(1)?.categories).toEqual(['name']);
    expect(parseMarked('⟪⟦4nw?:x⟧⟫').sites.get(4)).toMatchObject({ categories: ['name', 'wording'], optional: true });
    expect(() => parseMarked('⟪⟦1n:x⟫')).toThrow(/unclosed/);
    expect(() => parseMarked('x⟧')).toThrow(/without/);
    expect(() => parseMarked('⟦1n:x⟧')).toThrow(/window/);
  });

  it('has at least twelve sets, each of 3–5 whole pages (a story split over two files counts both)', () => {
    const sets = listSets();
    expect(sets.length).toBeGreaterThanOrEqual(12);
    for (const name of sets) {
      const n = buildSet(name).texts.size;
      expect(n, name).toBeGreaterThanOrEqual(3);
      expect(n, name).toBeLessThanOrEqual(6);
    }
  });

  it('gives every site offsets that slice each page to its reading, inside the window, and two readings that differ', () => {
    for (const name of listSets()) {
      const { texts, truth } = buildSet(name);
      const counted = truth.sites.filter((s) => !s.optional);
      expect(counted.length, name).toBeGreaterThanOrEqual(15);
      for (const site of truth.sites) {
        const readings = Object.entries(site.readings);
        expect(readings.length, `${name} site ${site.site}`).toBeGreaterThanOrEqual(2);
        expect(new Set(readings.map(([, r]) => fold(r.text))).size, `${name} site ${site.site}`).toBeGreaterThanOrEqual(2);
        for (const [key, r] of readings) {
          const text = texts.get(truth.files[key] ?? '') ?? '';
          expect(text.slice(r.start, r.end), `${name} site ${site.site} on ${key}`).toBe(r.text);
          const w = truth.story[key];
          expect(w && w.start <= r.start && r.end <= w.end, `${name} site ${site.site} on ${key} inside the window`).toBe(true);
        }
      }
    }
  });

  it('keeps the committed page texts and truth.json in step with the marked sources', () => {
    for (const name of listSets()) {
      const built = buildSet(name);
      for (const [file, text] of built.texts) expect(readFileSync(join(HELDOUT_DIR, name, file), 'utf8'), `${name}/${file}`).toBe(text);
      expect(JSON.parse(readFileSync(join(HELDOUT_DIR, name, 'truth.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(built.truth)));
    }
  });
});
