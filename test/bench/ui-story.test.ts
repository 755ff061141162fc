import { describe, expect, it } from 'vitest';
import { createRandom } from '../fixtures/synthetic';
import { generateVariants } from '../../bench/ui-story';

describe('generated bench story', () => {
  it('is deterministic and of the requested size', () => {
    const a = generateVariants(4, 5000, 100, 7);
    const b = generateVariants(4, 5000, 100, 7);
    expect(a).toEqual(b);
    expect(a).toHaveLength(4);
    for (const v of a) expect(v.text.length).toBeGreaterThan(4500);
  });

  it('makes variants that differ from the base', () => {
    const [base, ...others] = generateVariants(5, 3000, 60, 11);
    for (const v of others) expect(v.text).not.toBe(base!.text);
  });

  it('draws numbers in [0, 1)', () => {
    const random = createRandom(1);
    for (let i = 0; i < 1000; i += 1) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
