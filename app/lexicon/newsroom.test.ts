import { describe, expect, it } from 'vitest';
import { alternation, BYLINE_ROLES } from './newsroom';

describe('the newsroom lexicon', () => {
  it('builds an alternation that takes the longest role word first', () => {
    const m = new RegExp(`^(?:${alternation(BYLINE_ROLES)})`).exec('特约记者王立');
    expect(m?.[0]).toBe('特约记者');
  });
});
