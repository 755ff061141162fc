import { describe, expect, it } from 'vitest';
import type { Category, CompareResult } from '../../../app/model/types';
import type { SetTruth } from './build';
import { batchArgument, scoreSeed, spillOf } from './score';

/** A compare result with the given flags, readings [variant, start, end], on pages a.txt and b.txt. */
function result(
  flags: { category: Category; readings: [string, number, number][] }[],
): CompareResult {
  return {
    version: 1,
    variants: [
      { id: 'v1', path: '/x/a.txt', name: 'a.txt', encoding: 'utf-8', length: 100 },
      { id: 'v2', path: '/x/b.txt', name: 'b.txt', encoding: 'utf-8', length: 100 },
    ],
    stories: [
      {
        id: 's1',
        title: 't',
        spans: [],
        flags: flags.map((f, i) => ({
          id: `s1-f${i}`,
          category: f.category,
          majority: null,
          readings: f.readings.map(([variant, start, end]) => ({ variant, start, end, text: '' })),
        })),
      },
    ],
    styleNotes: [],
  };
}

const truth: SetTruth = {
  files: { a: 'a.txt', b: 'b.txt' },
  story: { a: { start: 10, end: 60 }, b: { start: 10, end: 60 } },
  sites: [
    {
      site: 1,
      categories: ['name'],
      optional: false,
      readings: { a: { text: '李', start: 20, end: 21 }, b: { text: '', start: 20, end: 20 } },
    },
    {
      site: 2,
      categories: ['number'],
      optional: false,
      readings: { a: { text: '37', start: 30, end: 32 }, b: { text: '3.7', start: 29, end: 32 } },
    },
    {
      site: 3,
      categories: ['wording'],
      optional: true,
      readings: { a: { text: '很', start: 40, end: 41 }, b: { text: '', start: 39, end: 39 } },
    },
  ],
};

describe('held-out scorer (score.py --seed, ported)', () => {
  it('reads the batch as `--batch 3` or `--batch=3` (as npm run bench passes it), batch 1 otherwise', () => {
    expect(batchArgument(['node', 'score.ts', '--batch', '3'])).toBe('3');
    expect(batchArgument(['node', 'index.ts', 'pages-heldout', '--batch=4'])).toBe('4');
    expect(batchArgument(['node', 'score.ts', '--misses'])).toBe('1');
  });

  it('counts a hit by touch and size, a category by the best-matching flag, optional sites only for precision', () => {
    const s = scoreSeed(
      result([
        {
          category: 'wording',
          readings: [
            ['v1', 20, 21],
            ['v2', 20, 20],
          ],
        }, // site 1 found, wrong category
        {
          category: 'number',
          readings: [
            ['v1', 29, 33],
            ['v2', 29, 32],
          ],
        }, // site 2 found, right
        {
          category: 'wording',
          readings: [
            ['v1', 40, 41],
            ['v2', 39, 39],
          ],
        }, // the optional site: a true positive
        {
          category: 'name',
          readings: [
            ['v1', 50, 52],
            ['v2', 49, 51],
          ],
        }, // a false flag inside the window
        {
          category: 'name',
          readings: [
            ['v1', 80, 85],
            ['v2', 80, 85],
          ],
        }, // outside the window: not judged
      ]),
      truth,
    );
    expect(s).toMatchObject({
      sites: 2,
      found: 2,
      flags: 4,
      tp: 3,
      recall: 1,
      precision: 0.75,
      categoryAccuracy: 0.5,
    });
    // score.py's macro is right / found per category: name 0/1, number 1/1.
    expect(s.categoryMacro).toBe(0.5);
    expect(s.perCategory).toEqual({
      name: { found: 1, sites: 1, ok: 0 },
      number: { found: 1, sites: 1, ok: 1 },
    });
  });

  it('lists, when asked, the wrong category with its rule, the missed site and the flag that touches no site', () => {
    const misses: string[] = [];
    const r = result([
      {
        category: 'wording',
        readings: [
          ['v1', 20, 21],
          ['v2', 20, 20],
        ],
      },
      {
        category: 'name',
        readings: [
          ['v1', 50, 52],
          ['v2', 49, 51],
        ],
      },
    ]);
    const story = r.stories[0];
    const first = story?.flags[0];
    if (story === undefined || first === undefined) throw new Error('no flag');
    const ruled = {
      ...r,
      stories: [
        { ...story, flags: [{ ...first, rule: 'wording.other' }, ...story.flags.slice(1)] },
      ],
    };
    scoreSeed(ruled, truth, misses);
    expect(misses).toEqual([
      '  wrong   site 1 (name) flagged wording by wording.other: v1 "" | v2 ""',
      '  missed  site 2 (number)',
      '  false   name by : v1 "" | v2 ""',
    ]);
  });

  it('misses a site when the only touching flag is far larger than it', () => {
    const s = scoreSeed(
      result([
        {
          category: 'name',
          readings: [
            ['v1', 12, 40],
            ['v2', 12, 40],
          ],
        },
      ]),
      truth,
    );
    // 28 characters against a 1-character site (limit 2*1+8) and a 2-character site (limit 12).
    expect(s.found).toBe(0);
    expect(s.precision).toBe(0);
  });

  it('measures the spill: the lead story’s characters outside its window over the window’s length, the largest over the files', () => {
    const r = result([]);
    const story = r.stories[0];
    if (story === undefined) throw new Error('no story');
    const spanned = {
      ...r,
      stories: [
        {
          ...story,
          spans: [
            { variant: 'v1', start: 5, end: 60 },
            { variant: 'v2', start: 12, end: 58 },
          ],
        },
        { ...story, id: 's2', spans: [{ variant: 'v1', start: 60, end: 90 }] },
      ],
    };
    const spill = spillOf(spanned, truth);
    expect(spill.perFile).toEqual({ a: 0.1, b: 0 });
    expect(spill.max).toBe(0.1);
    expect(spillOf(r, truth).max).toBe(0);
  });
});
