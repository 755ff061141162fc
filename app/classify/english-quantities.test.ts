import { describe, expect, it } from 'vitest';
import { quantitiesOf, withoutRoundWord } from './english-quantities';

const dimensions = (phrase: string): string[] => quantitiesOf(phrase).map((q) => q.dimension);
const valueIn = (phrase: string, dimension: string): number | undefined =>
  quantitiesOf(phrase).find((q) => q.dimension === dimension)?.value;

describe('English quantities', () => {
  it('reads times of day in minutes after midnight', () => {
    expect(valueIn('noon', 'clock')).toBe(720);
    expect(valueIn('12 p.m.', 'clock')).toBe(720);
    expect(valueIn('12 a.m.', 'clock')).toBe(0);
    expect(valueIn('7：45 in the evening', 'clock')).toBe(19 * 60 + 45);
    expect(valueIn('in the evening', 'clock')).toBeUndefined();
  });

  it('reads spans, shares, money and lengths with the word that rounds or bounds them', () => {
    expect(quantitiesOf('nearly two centuries')).toEqual([
      { dimension: 'span', value: 200 * 525600, sense: 'round' },
    ]);
    expect(valueIn('a century and a half', 'span')).toBe(150 * 525600);
    expect(quantitiesOf('more than half')).toEqual([
      { dimension: 'share', value: 0.5, sense: 'above' },
    ]);
    expect(valueIn('about 40%', 'share')).toBeCloseTo(0.4);
    expect(dimensions('a quarter')).toEqual(['share', 'money']);
    expect(valueIn('35-millimeter', 'length')).toBeCloseTo(35 / 25.4);
    expect(valueIn('2.5 feet', 'length')).toBe(30);
  });

  it('reads no quantity in other words', () => {
    expect(quantitiesOf('the morning')).toEqual([]);
    expect(quantitiesOf('a share')).toEqual([]);
    expect(quantitiesOf('three friends')).toEqual([]);
  });

  it('takes a round word off a phrase, and nothing else', () => {
    expect(withoutRoundWord('About 40%')).toBe('40%');
    expect(withoutRoundWord('more than 40%')).toBe('more than 40%');
  });
});
