import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCHES, buildSet, listSets, parseMarked } from './build';

/** Every set of every batch, with the folder that holds it. */
const ALL = Object.values(BATCHES).flatMap((root) =>
  listSets(root).map((name) => ({ name, root })),
);

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
    expect(parseMarked('⟪⟦4nw?:x⟧⟫').sites.get(4)).toMatchObject({
      categories: ['name', 'wording'],
      optional: true,
    });
    expect(() => parseMarked('⟪⟦1n:x⟫')).toThrow(/unclosed/);
    expect(() => parseMarked('x⟧')).toThrow(/without/);
    expect(() => parseMarked('⟦1n:x⟧')).toThrow(/window/);
  });

  it('has at least twelve sets in batch 1, three in batch 2, eight in batch 3, eight in batch 4, eight in batch 5, eight in batch 6, eight in batch 7, eight in batch 8, eight in batch 9, eight in batch 10, eight in batch 11 and eight in batch 12, each of 3–5 whole pages (a story over two files counts both)', () => {
    expect(listSets(BATCHES['1']).length).toBeGreaterThanOrEqual(12);
    expect(listSets(BATCHES['2']).length).toBeGreaterThanOrEqual(3);
    expect(listSets(BATCHES['3'])).toHaveLength(8);
    expect(listSets(BATCHES['4'])).toHaveLength(8);
    expect(listSets(BATCHES['5'])).toEqual([
      'en-25-cut-ocr-agate',
      'en-26-continuation-swap-web',
      'en-27-jump-two-files-move',
      'zh-24-cut-ocr-ad',
      'zh-25-swap-move-web',
      'zh-26-continuation-hk',
      'zh-27-two-files-neighbour',
      'zh-28-ocr-pair-md',
    ]);
    expect(listSets(BATCHES['6'])).toEqual([
      'en-28-cut-ocr-agate-nfd',
      'en-29-continuation-swap-move',
      'en-30-two-files-ocr-web',
      'en-31-jump-web-move',
      'zh-29-cut-ocr-ad',
      'zh-30-two-files-hk',
      'zh-31-continuation-neighbour-web',
      'zh-32-swap-move-tw',
    ]);
    expect(listSets(BATCHES['7'])).toEqual([
      'en-32-cut-web-nfd',
      'en-33-continuation-swap-move',
      'en-34-two-files-jump-ocr',
      'en-35-swap-cut-aggregator',
      'zh-33-cut-ocr-tw',
      'zh-34-continuation-neighbour-web',
      'zh-35-two-files-swap-hk',
      'zh-36-ocr-pair-wechat',
    ]);
    expect(listSets(BATCHES['8'])).toEqual([
      'en-36-cut-web-nfd',
      'en-37-continuation-swap-move',
      'en-38-two-files-jump-ocr',
      'en-39-swap-cut-aggregator',
      'zh-37-cut-ocr-hk',
      'zh-38-continuation-neighbour-web',
      'zh-39-two-files-swap-tw',
      'zh-40-ocr-pair-wechat-cut',
    ]);
    expect(listSets(BATCHES['9'])).toEqual([
      'en-40-cut-coauthor-nfd',
      'en-41-continuation-swap-web',
      'en-42-two-files-ocr-move',
      'en-43-jump-five-cuts-nfd',
      'zh-41-five-cuts-hk',
      'zh-42-continuation-move-web',
      'zh-43-two-files-ocr-tw',
      'zh-44-neighbour-move-app-cut',
    ]);
    expect(listSets(BATCHES['10'])).toEqual([
      'en-44-brief-table-correction',
      'en-45-jump-ocr-hyphen-nfd',
      'en-46-abridged-pullquote-results',
      'en-47-cut-ad-two-files-web',
      'zh-45-brief-table-fw',
      'zh-46-jump-ocr-numerals',
      'zh-47-tw-abridged-pullquote',
      'zh-48-two-files-cut-ad-times',
    ]);
    expect(listSets(BATCHES['11'])).toEqual([
      'en-48-court-credit-continuation',
      'en-49-obit-jump-pullquote-digest',
      'en-50-storm-totals-ocr-copy-swap',
      'en-51-sports-two-files-brief',
      'zh-49-market-ocr-copy-two-files',
      'zh-50-court-hk-continuation',
      'zh-51-obit-jump-tw-pullquote',
      'zh-52-sports-weather-swap-brief',
    ]);
    expect(listSets(BATCHES['12'])).toEqual([
      'en-52-election-recount-cut-ocr-web',
      'en-53-earnings-two-files-swap-move',
      'en-54-science-fossil-jump-continuation-brief',
      'en-55-ferry-timetable-ocr-digest-web',
      'zh-53-rice-yield-ocr-tw-cut',
      'zh-54-rail-timetable-two-files-swap',
      'zh-55-health-stats-neighbour-hk-continuation',
      'zh-56-flash-flood-move-ocr-cut-web',
    ]);
    for (const { name, root } of ALL) {
      const n = buildSet(name, root).texts.size;
      expect(n, name).toBeGreaterThanOrEqual(3);
      expect(n, name).toBeLessThanOrEqual(6);
    }
  });

  it('gives every site offsets that slice each page to its reading, inside the window, and two readings that differ', () => {
    for (const { name, root } of ALL) {
      const { texts, truth } = buildSet(name, root);
      const counted = truth.sites.filter((s) => !s.optional);
      expect(counted.length, name).toBeGreaterThanOrEqual(15);
      for (const site of truth.sites) {
        const readings = Object.entries(site.readings);
        expect(readings.length, `${name} site ${site.site}`).toBeGreaterThanOrEqual(2);
        expect(
          new Set(readings.map(([, r]) => fold(r.text))).size,
          `${name} site ${site.site}`,
        ).toBeGreaterThanOrEqual(2);
        for (const [key, r] of readings) {
          const text = texts.get(truth.files[key] ?? '') ?? '';
          expect(text.slice(r.start, r.end), `${name} site ${site.site} on ${key}`).toBe(r.text);
          const w = truth.story[key];
          expect(
            w && w.start <= r.start && r.end <= w.end,
            `${name} site ${site.site} on ${key} inside the window`,
          ).toBe(true);
        }
      }
    }
  });

  it('keeps the committed page texts and truth.json in step with the marked sources', () => {
    for (const { name, root } of ALL) {
      const built = buildSet(name, root);
      for (const [file, text] of built.texts)
        expect(readFileSync(join(root, name, file), 'utf8'), `${name}/${file}`).toBe(text);
      expect(JSON.parse(readFileSync(join(root, name, 'truth.json'), 'utf8'))).toEqual(
        JSON.parse(JSON.stringify(built.truth)),
      );
    }
  });
});
