import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextWordEnd, previousWordStart } from './cjk-words';

describe('CJK word navigation', () => {
  const line = '社会工作者队伍不断壮大，达到4110名。';

  it('stops inside a run of Han characters instead of jumping the whole run', () => {
    const end = nextWordEnd(line, 0);
    expect(end).toBeGreaterThan(0);
    expect(end).toBeLessThan(line.indexOf('，'));
  });

  it('moves forward and backward monotonically and stays in the line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        const next = nextWordEnd(text, offset);
        const previous = previousWordStart(text, offset);
        return next >= offset && next <= text.length && previous <= offset && previous >= 0;
      }),
    );
  });

  it('goes back to the start of the previous word', () => {
    const offset = line.indexOf('，');
    const start = previousWordStart(line, offset);
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(offset);
    expect(nextWordEnd(line, start)).toBe(offset);
  });
});
