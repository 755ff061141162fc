import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../../app/compare';
import { rates, scoreResult } from '../synthetic/score';
import { buildProbe, flagsInWindows, parseTemplate } from './markup';
import { PAGE_PROBES } from './probes';

describe('hand-labelled page probes', () => {
  it('records truth offsets that slice each page to the reading, and windows around the story', () => {
    for (const probe of PAGE_PROBES) {
      const built = buildProbe(probe);
      for (const site of built.sites) {
        const texts = Object.values(site.readings).map((r) => r.text);
        expect(new Set(texts).size, `a site whose pages all read ${texts[0]}`).toBeGreaterThan(1);
        for (const [id, r] of Object.entries(site.readings)) {
          const text = built.variants.find((v) => v.id === id)?.text ?? '';
          expect(text.slice(r.start, r.end)).toBe(r.text);
          const w = built.windows.get(id);
          expect(w && w.start <= r.start && r.end <= w.end).toBe(true);
        }
      }
    }
    expect(() => parseTemplate('a{n:x|y}b', 3)).toThrow(/2 readings for 3 pages/);
  });

  it('finds the labelled discrepancies of every probe and judges only the labelled story', () => {
    for (const probe of PAGE_PROBES) {
      const built = buildProbe(probe);
      const result = compareVariants(built.variants);
      const r = rates(scoreResult(flagsInWindows(result, built.windows), built.sites));
      // Floors under today's figures (bench prints them); a drop below means a regression on
      // material no rule was written for.
      expect(r.recall, probe.name).toBeGreaterThanOrEqual(0.9);
      expect(r.precision, probe.name).toBeGreaterThanOrEqual(0.9);
      expect(r.categoryMacro, probe.name).toBeGreaterThanOrEqual(0.85);
    }
  });
});
