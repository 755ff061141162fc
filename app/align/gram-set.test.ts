import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAM, gramSetOf, sharedGramShare } from './gram-set';

/** The reference: a Set of gram strings, as align-story.ts had it. */
function reference(base: string, text: string): { size: number; share: number } {
  const grams = new Set<string>();
  for (let i = 0; i + GRAM <= base.length; i++) grams.add(base.slice(i, i + GRAM));
  const total = text.length - GRAM + 1;
  if (total <= 0 || grams.size === 0) return { size: grams.size, share: 1 };
  let found = 0;
  for (let i = 0; i + GRAM <= text.length; i++) if (grams.has(text.slice(i, i + GRAM))) found += 1;
  return { size: grams.size, share: found / Math.min(total, grams.size) };
}

describe('gram sets', () => {
  it('count and share exactly as a set of gram strings does', () => {
    // A small alphabet makes repeats and near-collisions common; high units and NUL test the halves.
    const unit = fc.constantFrom(
      'a',
      'b',
      '社',
      '会',
      '\u0000',
      '\uffff',
      '\ud840',
      '\udc00',
      '\u8000',
    );
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 60 }),
        fc.string({ unit, maxLength: 60 }),
        (base, text) => {
          const set = gramSetOf(base);
          const want = reference(base, text);
          expect(set.size).toBe(want.size);
          expect(sharedGramShare(set, text)).toBe(want.share);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('tells apart grams that differ only in one half', () => {
    const set = gramSetOf('abcd');
    expect(set.has('abcd', 0)).toBe(true);
    expect(set.has('abce', 0)).toBe(false);
    expect(set.has('xbcd', 0)).toBe(false);
    expect(set.has('abc', 0)).toBe(false);
    expect(set.size).toBe(1);
  });
});
