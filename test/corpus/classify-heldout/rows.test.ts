import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../pages/markup';
import { HELDOUT_BATCH_2_PROBES } from './batch-2/story-probes';
import { HELDOUT_BATCH_3_PROBES } from './batch-3/story-probes';
import { HELDOUT_BATCH_4_PROBES } from './batch-4/story-probes';
import { HELDOUT_BATCH_5_PROBES } from './batch-5/story-probes';
import { HELDOUT_BATCH_6_PROBES } from './batch-6/story-probes';
import { HELDOUT_BATCH_7_PROBES } from './batch-7/story-probes';
import { HELDOUT_BATCH_8_PROBES } from './batch-8/story-probes';
import { HELDOUT_BATCH_9_PROBES } from './batch-9/story-probes';
import { HELDOUT_BATCH_10_PROBES } from './batch-10/story-probes';
import { HELDOUT_BATCH_11_PROBES } from './batch-11/story-probes';
import {
  BATCH_2_FILES,
  BATCH_3_FILES,
  BATCH_4_FILES,
  BATCH_5_FILES,
  BATCH_6_FILES,
  BATCH_7_FILES,
  BATCH_8_FILES,
  BATCH_9_FILES,
  BATCH_10_FILES,
  BATCH_11_FILES,
  loadAllRows,
  rowBatchFromArgs,
  rowProblems,
  ROW_FILES,
} from './rows';
import { HELDOUT_STORY_PROBES } from './story-probes';
import { hasHan } from '../../../app/lexicon/characters';

// Well-formedness of the held-out set only: no engine runs here (the runner, run.ts, does that).
describe('held-out classification rows', () => {
  const all = loadAllRows();

  it('lists every JSON file of the folder', () => {
    const onDisk = readdirSync(dirname(fileURLToPath(import.meta.url)))
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual([...ROW_FILES].sort());
  });

  it('holds at least 220 rows, about 150 Chinese and 70 English', () => {
    const rows = all.flatMap((f) => f.rows);
    expect(rows.length).toBeGreaterThanOrEqual(220);
    expect(all.find((f) => f.file === 'english.json')?.rows.length ?? 0).toBeGreaterThanOrEqual(70);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? '')).length).toBeGreaterThanOrEqual(150);
  });

  it('rejects malformed rows', () => {
    expect(rowProblems({ texts: ['a', 'a'], category: 'name', note: 'x' })).toContain(
      'all texts are the same',
    );
    expect(rowProblems({ texts: ['a'], category: 'name', note: 'x' })).toContain(
      'texts must hold 2 or 3 strings',
    );
    expect(rowProblems({ texts: ['a', 'b'], category: 'names', note: 'x' })).toContain(
      'bad category names',
    );
    expect(rowProblems({ texts: ['a', 'b'], category: 'name', note: '' })).toContain(
      'note missing',
    );
    expect(rowProblems({ texts: ['a', 'b'], category: 'none', note: 'ok' })).toEqual([]);
  });

  it('has no duplicated row, within or across the eleven batches', () => {
    const keys = [
      ...all,
      ...loadAllRows(2),
      ...loadAllRows(3),
      ...loadAllRows(4),
      ...loadAllRows(5),
      ...loadAllRows(6),
      ...loadAllRows(7),
      ...loadAllRows(8),
      ...loadAllRows(9),
      ...loadAllRows(10),
      ...loadAllRows(11),
    ].flatMap((f) => f.rows.map((r) => JSON.stringify(r.texts)));
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
  });

  it('has every category somewhere, and style-only rows expect no flag', () => {
    const categories = new Set(all.flatMap((f) => f.rows.map((r) => r.category)));
    expect([...categories].sort()).toEqual([
      'name',
      'none',
      'number',
      'omission',
      'punctuation',
      'wording',
    ]);
    expect(
      all.find((f) => f.file === 'style-only.json')?.rows.every((r) => r.category === 'none'),
    ).toBe(true);
  });
});

describe('held-out batch 2', () => {
  it('lists every JSON file of batch-2/ and holds at least 60 well-formed rows', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-2');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-2/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_2_FILES].sort());
    expect(loadAllRows(2).flatMap((f) => f.rows).length).toBeGreaterThanOrEqual(60);
  });
});

describe('held-out batch 3', () => {
  const rows = loadAllRows(3).flatMap((f) => f.rows);

  it('lists every JSON file of batch-3/ and holds at least 120 well-formed rows, Chinese and English', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-3');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-3/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_3_FILES].sort());
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? '')).length).toBeGreaterThanOrEqual(80);
    expect(
      loadAllRows(3).find((f) => f.file === 'batch-3/english.json')?.rows.length ?? 0,
    ).toBeGreaterThanOrEqual(40);
  });

  // Omission keeps three rows: six of its dropped-clause rows are wording by the settled
  // convention (less than a whole sentence is wording; COMMON.md, Dec 7).
  it('has every category, each flag category on at least eight rows (omission three)', () => {
    for (const category of ['name', 'number', 'punctuation', 'wording', 'omission'])
      expect(rows.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        category === 'omission' ? 3 : 8,
      );
    expect(rows.some((r) => r.category === 'none')).toBe(true);
  });
});

describe('held-out batch 4', () => {
  const rows = loadAllRows(4).flatMap((f) => f.rows);

  it('lists every JSON file of batch-4/ and holds at least 150 well-formed rows, Chinese and English', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-4');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-4/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_4_FILES].sort());
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? '')).length).toBeGreaterThanOrEqual(100);
    expect(
      loadAllRows(4).find((f) => f.file === 'batch-4/english.json')?.rows.length ?? 0,
    ).toBeGreaterThanOrEqual(50);
  });

  // Omission keeps three rows: twelve of its dropped-clause rows are wording by the settled
  // convention (less than a whole sentence is wording; COMMON.md, Dec 7).
  it('has every category, each flag category on at least ten rows (omission three)', () => {
    for (const category of ['name', 'number', 'punctuation', 'wording', 'omission'])
      expect(rows.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        category === 'omission' ? 3 : 10,
      );
    expect(rows.filter((r) => r.category === 'none').length).toBeGreaterThanOrEqual(5);
  });
});

describe('held-out batch 5', () => {
  const files = loadAllRows(5);
  const rows = files.flatMap((f) => f.rows);

  it('lists every JSON file of batch-5/ and holds its 214 well-formed rows, 127 Chinese and 87 English', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-5');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-5/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_5_FILES].sort());
    expect(rows).toHaveLength(214);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? ''))).toHaveLength(127);
    expect(files.find((f) => f.file === 'batch-5/english.json')?.rows).toHaveLength(87);
  });

  it('has every category, each flag category on at least twelve rows', () => {
    for (const category of ['name', 'number', 'punctuation', 'wording', 'omission'])
      expect(rows.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        12,
      );
    expect(rows.filter((r) => r.category === 'none').length).toBeGreaterThanOrEqual(10);
  });
});

describe('held-out batch 6', () => {
  const files = loadAllRows(6);
  const rows = files.flatMap((f) => f.rows);

  it('lists every JSON file of batch-6/ and holds its 228 well-formed rows, 132 Chinese and 96 English', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-6');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-6/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_6_FILES].sort());
    expect(rows).toHaveLength(228);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? ''))).toHaveLength(132);
    expect(files.find((f) => f.file === 'batch-6/english.json')?.rows).toHaveLength(96);
  });

  it('has every category, each flag category on at least twelve rows', () => {
    for (const category of ['name', 'number', 'punctuation', 'wording', 'omission'])
      expect(rows.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        12,
      );
    expect(rows.filter((r) => r.category === 'none').length).toBeGreaterThanOrEqual(10);
  });
});

describe('held-out batch 7', () => {
  const files = loadAllRows(7);
  const rows = files.flatMap((f) => f.rows);

  it('lists every JSON file of batch-7/ and holds its 267 well-formed rows, 147 Chinese and 120 English', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-7');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-7/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_7_FILES].sort());
    expect(rows).toHaveLength(267);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? ''))).toHaveLength(147);
    expect(files.find((f) => f.file === 'batch-7/english.json')?.rows).toHaveLength(120);
  });

  it('has every category, each flag category on at least fifteen rows', () => {
    for (const category of ['name', 'number', 'punctuation', 'wording', 'omission'])
      expect(rows.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        15,
      );
    expect(rows.filter((r) => r.category === 'none').length).toBeGreaterThanOrEqual(15);
  });
});

describe('held-out batch 8', () => {
  const files = loadAllRows(8);
  const rows = files.flatMap((f) => f.rows);

  it('lists every JSON file of batch-8/ and holds its 285 well-formed rows, 157 Chinese and 128 English', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-8');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-8/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_8_FILES].sort());
    expect(rows).toHaveLength(285);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? ''))).toHaveLength(157);
    expect(files.find((f) => f.file === 'batch-8/english.json')?.rows).toHaveLength(128);
  });

  it('has every category, each flag category on at least fifteen rows', () => {
    for (const category of ['name', 'number', 'punctuation', 'wording', 'omission'])
      expect(rows.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        15,
      );
    expect(rows.filter((r) => r.category === 'none').length).toBeGreaterThanOrEqual(15);
  });
});

describe('held-out batch 9', () => {
  const files = loadAllRows(9);
  const rows = files.flatMap((f) => f.rows);

  it('lists every JSON file of batch-9/ and holds its 280 well-formed rows, 154 Chinese and 126 English', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-9');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-9/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_9_FILES].sort());
    expect(rows).toHaveLength(280);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? ''))).toHaveLength(154);
    expect(files.find((f) => f.file === 'batch-9/english.json')?.rows).toHaveLength(126);
  });

  it('has every category, each flag category on at least fifteen rows', () => {
    for (const category of ['name', 'number', 'punctuation', 'wording', 'omission'])
      expect(rows.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        15,
      );
    expect(rows.filter((r) => r.category === 'none').length).toBeGreaterThanOrEqual(15);
  });
});

describe('held-out batch 10', () => {
  const files = loadAllRows(10);
  const rows = files.flatMap((f) => f.rows);

  it('lists every JSON file of batch-10/ and holds its 273 well-formed rows, 150 Chinese and 123 English', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-10');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-10/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_10_FILES].sort());
    expect(rows).toHaveLength(273);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? ''))).toHaveLength(150);
    expect(files.find((f) => f.file === 'batch-10/english.json')?.rows).toHaveLength(123);
  });

  it('has every category, each flag category on at least fifteen rows', () => {
    for (const category of ['name', 'number', 'punctuation', 'wording', 'omission'])
      expect(rows.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        15,
      );
    expect(rows.filter((r) => r.category === 'none').length).toBeGreaterThanOrEqual(15);
  });
});

describe('held-out batch 11', () => {
  const files = loadAllRows(11);
  const rows = files.flatMap((f) => f.rows);

  it('lists every JSON file of batch-11/ and holds its 280 well-formed rows, 157 Chinese and 123 English', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'batch-11');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `batch-11/${f}`)
      .sort();
    expect(onDisk).toEqual([...BATCH_11_FILES].sort());
    expect(rows).toHaveLength(280);
    expect(rows.filter((r) => hasHan(r.texts[0] ?? ''))).toHaveLength(157);
    expect(files.find((f) => f.file === 'batch-11/english.json')?.rows).toHaveLength(123);
  });

  it('has every category, each flag category on at least fifteen rows', () => {
    for (const category of ['name', 'number', 'punctuation', 'wording', 'omission'])
      expect(rows.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        15,
      );
    expect(rows.filter((r) => r.category === 'none').length).toBeGreaterThanOrEqual(15);
  });
});

describe('held-out story probes', () => {
  it('are four, two Chinese and two English, each with 12 to 25 labelled sites over three pages', () => {
    expect(HELDOUT_STORY_PROBES).toHaveLength(4);
    expect(HELDOUT_STORY_PROBES.filter((p) => hasHan(p.story)).length).toBe(2);
    for (const probe of HELDOUT_STORY_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 2 are two, one Chinese and one English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_2_PROBES).toHaveLength(2);
    expect(HELDOUT_BATCH_2_PROBES.filter((p) => hasHan(p.story)).length).toBe(1);
    for (const probe of HELDOUT_BATCH_2_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 3 are two, one Chinese and one English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_3_PROBES).toHaveLength(2);
    expect(HELDOUT_BATCH_3_PROBES.filter((p) => hasHan(p.story)).length).toBe(1);
    for (const probe of HELDOUT_BATCH_3_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 4 are two, one Chinese and one English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_4_PROBES).toHaveLength(2);
    expect(HELDOUT_BATCH_4_PROBES.filter((p) => hasHan(p.story)).length).toBe(1);
    for (const probe of HELDOUT_BATCH_4_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 5 are four, two Chinese and two English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_5_PROBES).toHaveLength(4);
    expect(HELDOUT_BATCH_5_PROBES.filter((p) => hasHan(p.story)).length).toBe(2);
    for (const probe of HELDOUT_BATCH_5_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 6 are four, two Chinese and two English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_6_PROBES).toHaveLength(4);
    expect(HELDOUT_BATCH_6_PROBES.filter((p) => hasHan(p.story)).length).toBe(2);
    for (const probe of HELDOUT_BATCH_6_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 7 are four, two Chinese and two English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_7_PROBES).toHaveLength(4);
    expect(HELDOUT_BATCH_7_PROBES.filter((p) => hasHan(p.story)).length).toBe(2);
    for (const probe of HELDOUT_BATCH_7_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 8 are four, two Chinese and two English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_8_PROBES).toHaveLength(4);
    expect(HELDOUT_BATCH_8_PROBES.filter((p) => hasHan(p.story)).length).toBe(2);
    for (const probe of HELDOUT_BATCH_8_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 9 are four, two Chinese and two English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_9_PROBES).toHaveLength(4);
    expect(HELDOUT_BATCH_9_PROBES.filter((p) => hasHan(p.story)).length).toBe(2);
    for (const probe of HELDOUT_BATCH_9_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 10 are four, two Chinese and two English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_10_PROBES).toHaveLength(4);
    expect(HELDOUT_BATCH_10_PROBES.filter((p) => hasHan(p.story)).length).toBe(2);
    for (const probe of HELDOUT_BATCH_10_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('of batch 11 are four, two Chinese and two English, each with 12 to 25 sites over three pages', () => {
    expect(HELDOUT_BATCH_11_PROBES).toHaveLength(4);
    expect(HELDOUT_BATCH_11_PROBES.filter((p) => hasHan(p.story)).length).toBe(2);
    for (const probe of HELDOUT_BATCH_11_PROBES) {
      expect(probe.pages).toHaveLength(3);
      const sites = parseTemplate(probe.story, probe.pages.length).filter(
        (piece) => 'category' in piece,
      );
      expect(sites.length).toBeGreaterThanOrEqual(12);
      expect(sites.length).toBeLessThanOrEqual(25);
    }
  });

  it('have sites whose readings differ between pages', () => {
    for (const probe of [
      ...HELDOUT_STORY_PROBES,
      ...HELDOUT_BATCH_2_PROBES,
      ...HELDOUT_BATCH_3_PROBES,
      ...HELDOUT_BATCH_4_PROBES,
      ...HELDOUT_BATCH_5_PROBES,
      ...HELDOUT_BATCH_6_PROBES,
      ...HELDOUT_BATCH_7_PROBES,
      ...HELDOUT_BATCH_8_PROBES,
      ...HELDOUT_BATCH_9_PROBES,
      ...HELDOUT_BATCH_10_PROBES,
      ...HELDOUT_BATCH_11_PROBES,
    ]) {
      for (const piece of parseTemplate(probe.story, probe.pages.length)) {
        if ('readings' in piece)
          expect(
            new Set(piece.readings).size,
            `${probe.name}: ${piece.readings.join('|')}`,
          ).toBeGreaterThan(1);
      }
    }
  });
});

describe('the batch a command line asks for', () => {
  it('reads --batch=N, takes batch 1 when none is named, and refuses a batch that does not exist', () => {
    expect(rowBatchFromArgs(['node', 'run.ts'])).toBe(1);
    expect(rowBatchFromArgs(['node', 'run.ts', '--batch=3'])).toBe(3);
    expect(() => rowBatchFromArgs(['node', 'run.ts', '--batch=99'])).toThrow(
      /no held-out row batch 99/,
    );
  });
});
