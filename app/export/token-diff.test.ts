import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sourceOf, targetOf, tokenDiff, tokenize } from './token-diff';

describe('tokenDiff', () => {
  it('diffs Chinese by character and numbers as whole words', () => {
    const runs = tokenDiff('培训社工4110名，肖娜说', '培训社工4100名，李肖娜说');
    expect(runs.filter((r) => r.op !== 'equal')).toEqual([
      { op: 'delete', text: '4110' },
      { op: 'insert', text: '4100' },
      { op: 'insert', text: '李' },
    ]);
  });

  it('never splits a character outside the BMP', () => {
    const runs = tokenDiff('𠀋𠀌𠀍', '𠀋𠀎𠀍');
    for (const run of runs) expect(run.text).toBe(Array.from(run.text).join(''));
    expect(
      runs
        .filter((r) => r.op !== 'equal')
        .map((r) => r.text)
        .sort(),
    ).toEqual(['𠀌', '𠀎']);
  });

  it('reproduces both sides for any pair of texts', () => {
    const alphabet = fc.constantFrom(
      '中',
      '文',
      '𠀋',
      'a',
      'bc',
      '12',
      ' ',
      '\n',
      '，',
      '。',
      '\r\n',
    );
    const text = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (from, to) => {
        const runs = tokenDiff(from, to);
        expect(sourceOf(runs)).toBe(from);
        expect(targetOf(runs)).toBe(to);
        expect(tokenize(from).join('')).toBe(from);
      }),
    );
  });
});
