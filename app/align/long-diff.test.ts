import DiffMatchPatch from 'diff-match-patch';
import { describe, expect, it } from 'vitest';
import { diffLong, LONG_TEXT } from './long-diff';

/** A single line of `n` generated CJK characters (our own text) and a copy with `changes` spread changes. */
function line(n: number, changes: number): [string, string, number[]] {
  // xorshift32: a long period in exact 32-bit arithmetic, so the line does not repeat itself.
  let state = 2463534242;
  const chars = Array.from({ length: n }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return String.fromCharCode(0x4e00 + ((state >>> 0) % 6000));
  });
  const other = [...chars];
  const at = Array.from({ length: changes }, (_, k) => 500 + Math.floor((k * n) / changes));
  for (const k of at) other[k] = other[k] === '变' ? '化' : '变';
  // One insertion and one deletion too, so that the chunks after them are shifted.
  other.splice(at[1]! + 100, 0, '插入的字');
  other.splice(at[2]! + 100, 3);
  return [chars.join(''), other.join(''), at];
}

describe('diffLong', () => {
  it('diffs a single line longer than the limit into the few small edits it holds, rebuilding both texts', () => {
    const [base, variant] = line(LONG_TEXT, 12);
    const dmp = new DiffMatchPatch();
    dmp.Diff_Timeout = 1;
    const started = Date.now();
    const diffs = diffLong(dmp, base, variant);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(
      diffs
        .filter(([op]) => op !== 1)
        .map(([, t]) => t)
        .join(''),
    ).toBe(base);
    expect(
      diffs
        .filter(([op]) => op !== -1)
        .map(([, t]) => t)
        .join(''),
    ).toBe(variant);
    // 12 one-character changes (a delete and an insert each), one insertion, one deletion.
    const edited = diffs.filter(([op]) => op !== 0).reduce((n, [, t]) => n + t.length, 0);
    expect(edited).toBe(12 * 2 + 4 + 3);
  });
});
