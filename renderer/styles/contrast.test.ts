import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../app/model/types';
import { CATEGORY_COLOURS } from '../editor/flag-marks';
import { DIFF_COLOURS, EDITOR_FOREGROUND } from '../editor/theme-colours';
import { VARIANT_COLOURS } from '../store/variants-slice';
import { PALETTES, paletteCss, type PaletteName } from './palette';
import { AA_NON_TEXT, AA_TEXT, blend, contrast, inkOn, parseColour, type Rgba } from './contrast';

const THEMES = PALETTES;

describe('contrast arithmetic', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast(parseColour('#000'), parseColour('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(parseColour('#777777'), parseColour('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(contrast(parseColour('#ffffff'), parseColour('#777777'))).toBeCloseTo(4.48, 2);
    expect(blend(parseColour('#ff000080'), parseColour('#0000ff'))).toMatchObject({
      r: 128,
      g: 0,
      b: 127,
    });
    expect(() => parseColour('red')).toThrow();
  });
});

describe.each(['light', 'dark'] as const)('the %s theme (WCAG AA)', (theme) => {
  const p = THEMES[theme];
  const colour = (name: PaletteName): Rgba => parseColour(p[name]);
  const grounds = ['bg', 'surface', 'surface-2'] as const;

  it('text and muted labels read on every ground', () => {
    for (const fg of ['text', 'muted', 'accent', 'warn-text'] as const) {
      for (const bg of grounds)
        expect(contrast(colour(fg), colour(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(AA_TEXT);
    }
    expect(contrast(colour('danger-text'), colour('danger-bg'))).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrast(colour('accent-text'), colour('accent'))).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('the focus ring shows on every ground (WCAG 1.4.11, 3:1)', () => {
    for (const bg of grounds)
      expect(contrast(colour('focus'), colour(bg)), `focus on ${bg}`).toBeGreaterThanOrEqual(
        AA_NON_TEXT,
      );
  });

  it('category colours read as text (badges) on every ground, and match the overview ruler', () => {
    for (const category of CATEGORIES) {
      for (const bg of grounds) {
        expect(
          contrast(colour(`cat-${category}`), colour(bg)),
          `${category} on ${bg}`,
        ).toBeGreaterThanOrEqual(AA_TEXT);
      }
      expect(p[`cat-${category}`].toLowerCase()).toBe(
        CATEGORY_COLOURS[category][theme].toLowerCase(),
      );
    }
  });

  it('diff text reads on deleted and inserted fills, also under a flag, and flag underlines show', () => {
    const d = DIFF_COLOURS[theme];
    const editor = parseColour(d['editor.background']);
    const ink = parseColour(EDITOR_FOREGROUND[theme]);
    const removed = blend(
      parseColour(d['diffEditor.removedTextBackground']),
      blend(parseColour(d['diffEditor.removedLineBackground']), editor),
    );
    const inserted = blend(
      parseColour(d['diffEditor.insertedTextBackground']),
      blend(parseColour(d['diffEditor.insertedLineBackground']), editor),
    );
    for (const [label, fill] of [
      ['deleted', removed],
      ['inserted', inserted],
    ] as const) {
      expect(contrast(ink, fill), label).toBeGreaterThanOrEqual(AA_TEXT);
      for (const category of CATEGORIES) {
        // app.css: a flag adds its category colour at 14% over whatever the diff painted.
        const flagged = blend({ ...parseColour(CATEGORY_COLOURS[category][theme]), a: 0.14 }, fill);
        expect(contrast(ink, flagged), `${label} + ${category} flag`).toBeGreaterThanOrEqual(
          AA_TEXT,
        );
      }
    }
    for (const category of CATEGORIES) {
      expect(
        contrast(parseColour(CATEGORY_COLOURS[category][theme]), editor),
        `${category} underline`,
      ).toBeGreaterThanOrEqual(AA_NON_TEXT);
    }
  });

  it('the deleted fill is visibly red, not a grey-brown (the old dark fill read as disabled)', () => {
    const d = DIFF_COLOURS[theme];
    const removed = blend(
      parseColour(d['diffEditor.removedTextBackground']),
      parseColour(d['editor.background']),
    );
    // Red clearly above green and blue: a hue an editor reads as "deleted" (the old dark fill: 20).
    expect(removed.r - Math.max(removed.g, removed.b)).toBeGreaterThanOrEqual(
      theme === 'dark' ? 30 : 20,
    );
  });
});

describe('variant chips', () => {
  it('every variant colour gets digits that read on it', () => {
    for (const colour of VARIANT_COLOURS) {
      expect(
        contrast(parseColour(inkOn(colour)), parseColour(colour)),
        colour,
      ).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });
});

describe('paletteCss', () => {
  it('writes every colour of both themes as a custom property', () => {
    const cssText = paletteCss();
    for (const [name, value] of Object.entries(PALETTES.dark))
      expect(cssText).toContain(`--${name}: ${value};`);
    expect(cssText.indexOf(":root[data-theme='dark']")).toBeGreaterThan(
      cssText.indexOf('--cat-omission: #6a1b9a;'),
    );
  });
});
