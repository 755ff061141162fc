import { describe, expect, it } from 'vitest';
import type { ClassifyReading } from './rule';
import { nameWitnesses } from './name-witnesses';

const reading = (
  variant: string,
  text: string,
  before: string,
  after: string,
): ClassifyReading => ({
  variant,
  text,
  before,
  after,
  wholeLine: false,
  folded: before + text + after,
  start: before.length,
  end: before.length + text.length,
});

describe('nameWitnesses', () => {
  const readings = [
    reading('v1', '源', '游客来到婺', '赏花'),
    reading('v2', '源', '游客来到婺', '赏花'),
    reading('v3', '原', '游客来到婺', '赏花'),
    reading('v4', '源', '游客前往婺', '赏花'),
  ];

  it('keeps the majority reading, each distinct context once', () => {
    expect(nameWitnesses(readings).map((r) => r.variant)).toEqual(['v1', 'v4']);
  });

  it('is worked out once per site: every name row gets the same list back', () => {
    expect(nameWitnesses(readings)).toBe(nameWitnesses(readings));
    // A different readings list (another site) is answered on its own.
    const other = [reading('v1', '小', '冯', '刚'), reading('v2', '晓', '冯', '刚')];
    expect(nameWitnesses(other).map((r) => r.variant)).toEqual(['v1', 'v2']);
  });
});
