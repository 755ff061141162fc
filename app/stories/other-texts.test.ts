import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { othersOf } from './other-texts';

describe('othersOf', () => {
  it('answers as the join of the other texts does, for every carrier and question', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '社', '会', '1'), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.array(text, { maxLength: 8 }),
        (plains, questions) => {
          const others = othersOf(plains);
          plains.forEach((_, k) => {
            const reference = plains.filter((__, i) => i !== k).join('|');
            const mine = others(k);
            for (const q of [...questions, ...plains])
              expect(mine.includes(q)).toBe(reference.includes(q));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does not find a carrier's own text in the others", () => {
    const others = othersOf(['社会工作', '新闻', '社会']);
    expect(others(0).includes('工作')).toBe(false);
    expect(others(0).includes('社会')).toBe(true);
    expect(others(2).includes('社会')).toBe(true);
    expect(others(1).includes('新闻')).toBe(false);
    expect(others(1).includes('a|b')).toBe(false);
  });
});
