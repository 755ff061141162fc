import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alternatesWords, countRules, countSource, totals } from '../../bench/rule-count';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the count of hand rules', () => {
  it('counts regex literals and RegExp calls, and each kind of word list once', () => {
    const source = [
      'const a = /^[\\u4e00-\\u9fff]+$/;',
      "const b = new RegExp('x');",
      'const titles = /(?:书记|主任|记者|代表)$/;',
      "const suffixes = ['省', '市', '县', '区'];",
      "const ids = ['name.a', 'name.b', 'name.c', 'name.d'];",
      "const surnames = new Set('王李张刘陈杨黄赵'.split(''));",
      'const table = { one: 1, two: 2, three: 3, four: 4 };',
      "const short = ['a', 'b'];",
    ].join('\n');
    expect(countSource('x.ts', source)).toEqual({ file: 'x.ts', regexes: 3, wordLists: 4 });
  });

  it('takes an alternation of words for a list, a character class not', () => {
    expect(alternatesWords('(?:书记|主任|记者|代表)$')).toBe(true);
    expect(alternatesWords('[的了在是和与及]')).toBe(false);
    expect(alternatesWords('^(?:a|b)$')).toBe(false);
  });

  it('stays below the count issue 12 was filed with (257 regexes, 45 word lists counted by hand)', () => {
    const t = totals(countRules(root));
    expect(t.regexes).toBeLessThan(257);
  });

  it("keeps the word lists from growing back (43: below the issue's 45 once the segmenter read the ordinary words that open with a surname, and another list went)", () => {
    expect(totals(countRules(root)).wordLists).toBeLessThanOrEqual(43);
  });
});
