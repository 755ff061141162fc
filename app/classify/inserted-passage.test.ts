import { describe, expect, it } from 'vitest';
import { classifySite } from './classify';
import { site } from './site-fixture';

describe('a passage read twice inside a hyphenated word', () => {
  it('is an omission, though whole-word flags leave a word on the short side', () => {
    const c = classifySite(
      site('the [company] said', 'the [compas make more power, said Linda Okafor, the company] said', 'the [company] said'),
      'the company said',
    );
    expect(c.category).toBe('omission');
  });

  it('leaves a short word change inside a word to the other rules', () => {
    const c = classifySite(site('the [company] said', 'the [compaany] said'), 'the company said');
    expect(c.category).not.toBe('omission');
  });
});
