import { describe, expect, it } from 'vitest';
import { site } from '../../test/fixtures/classify/site-fixture';
import { compareNumbers } from './number-evidence';

describe('compareNumbers', () => {
  it('values a reading longer than its number by the figure it holds, in digits or numerals', () => {
    // Our own text: one amount printed in digits and in numerals, a word dropped beside it.
    const same = compareNumbers(site('共有[1.2万名游客冒雨]参观', '共有[一万二千名游客]参观'));
    expect(same?.values.map((v) => v.value)).toEqual([12000, 12000]);
    expect(same?.differ).toBe('form');
    const other = compareNumbers(site('共有[1.2万名游客冒雨]参观', '共有[一万三千名游客]参观'));
    expect(other?.values.map((v) => v.value)).toEqual([12000, 13000]);
    expect(other?.differ).toBe('value');
  });

  it('still reads no number in a reading beside one', () => {
    expect(compareNumbers(site('共有12名[游客]参观', '共有12名[客人]参观'))).toBeUndefined();
  });
});
