import { describe, expect, it } from 'vitest';
import { classifySite, site } from '../../test/fixtures/classify/site-fixture';

describe('a passage read twice inside a hyphenated word', () => {
  it('is an omission, though whole-word flags leave a word on the short side', () => {
    const c = classifySite(
      site(
        'the [company] said',
        'the [compas make more power, said Linda Okafor, the company] said',
        'the [company] said',
      ),
      'the company said',
    );
    expect(c.category).toBe('omission');
  });

  it('is an omission when a line of a few words is lost across a hyphenated break', () => {
    const c = classifySite(
      site('said [Lineer]. She', "said [Linda Okafor, the company's chief engineer]. She"),
      '',
    );
    expect(c.category).toBe('omission');
    expect(
      classifySite(
        site(
          'north of [Portla-] Tuesday',
          'north of [Portland began sending power to the grid on] Tuesday',
        ),
        '',
      ).category,
    ).toBe('omission');
    expect(
      classifySite(
        site(
          'roughly 1,300 [ch] built it',
          'roughly 1,300 [homes, according to Casco Energy, which] built it',
        ),
        '',
      ).category,
    ).toBe('omission');
    // Two words inserted between whole words are wording, not a lost line.
    expect(
      classifySite(site('the [plan] said', 'the [plan to expand] said'), '').category,
    ).not.toBe('omission');
  });

  it('leaves a short word change inside a word to the other rules', () => {
    const c = classifySite(site('the [company] said', 'the [compaany] said'), 'the company said');
    expect(c.category).not.toBe('omission');
  });
});
