/**
 * English quantities said another way: a time of day (noon / 12 p.m., 6:30 in the morning /
 * 6:30 a.m.), a span (188 years / nearly two centuries), a share (about 40% / nearly half), money
 * (50 cents / a quarter), a length (2.5 feet / 30 inches) or a temperature below zero (minus 4 /
 * 4 below zero). The reader checks each as a figure, so each is a number, as a decade / ten years
 * is (app/classify/README.md); a round word alone swapped before the same amount (about 40% /
 * nearly 40%) stays wording, as the README settles.
 */
import type { NumberComparison } from '../model/types';
import {
  continuedPhrases,
  quantitiesOf,
  quantityPhrase,
  withoutRoundWord,
  type Dimension,
  type Quantity,
} from './english-quantities';
import type { Rule, Site } from './rule';

/** How the readings' quantities compare, when every reading states one of a shared dimension. */
function compareQuantities(site: Site): NumberComparison | null {
  const phrases = continuedPhrases(site.readings) ?? site.readings.map(quantityPhrase);
  if (phrases.includes('') || new Set(phrases.map(withoutRoundWord)).size < 2) return null;
  const found: Quantity[][] = [];
  for (const phrase of phrases) {
    const quantities = quantitiesOf(phrase);
    if (quantities.length === 0) return null;
    found.push(quantities);
  }
  const dimensions = (found[0] as Quantity[]).map((q) => q.dimension);
  const shared = dimensions.find((d: Dimension) =>
    found.every((qs) => qs.some((q) => q.dimension === d)),
  );
  if (shared === undefined) return null;
  const chosen = found.map((qs) => qs.find((q) => q.dimension === shared) as Quantity);
  const keys = new Set(chosen.map((q) => `${q.sense} ${q.value}`));
  return {
    differ: keys.size > 1 ? 'value' : 'form',
    values: site.readings.map((r, i) => ({
      variant: r.variant,
      value: (chosen[i] as Quantity).value,
    })),
  };
}

/** noon / 12 p.m., 188 years / nearly two centuries, about 40% / nearly half: one quantity said another way. */
const quantitySaidAnotherWay: Rule = {
  id: 'number.english-quantity',
  category: 'number',
  applies: (site) => {
    const numbers = compareQuantities(site);
    return numbers ? { numbers } : null;
  },
  why: {
    en: 'a time, span, share, sum, length or temperature is given another way: {a} / {b}',
    'zh-CN': '时刻、时长、比例、金额、长度或温度的说法不同：{a} / {b}',
  },
  examples: {
    positive: [
      ['The bell rings at [noon] each day.', 'The bell rings at [12 p.m.] each day.'],
      ['The bakery opens at [midnight] on Fridays.', 'The bakery opens at [noon] on Fridays.'],
      ['Boats leave at 5:15 [in the morning] daily.', 'Boats leave at 5:15 [a.m.] daily.'],
      // Folding prints a clock's colon full-width.
      ['Boats leave at 5：15 [in the morning ]daily.', 'Boats leave at 5：15 [a.m.]daily.'],
      [
        'The church has stood for [143 years] now.',
        'The church has stood for [nearly a century and a half] now.',
      ],
      ['Turnout fell to [about 30%] this spring.', 'Turnout fell to [nearly a third] this spring.'],
      ['A ride cost [25 cents] then.', 'A ride cost [a quarter] then.'],
      ['The drifts were [1.5 feet] deep.', 'The drifts were [18 inches] deep.'],
      [
        'The low on the ridge was [minus 4] overnight.',
        'The low on the ridge was [4 below zero] overnight.',
      ],
      ['It fell to [minus 6 degrees] by dawn.', 'It fell to [8 degrees below zero] by dawn.'],
      // A span in two units against one count; the unit after the figure is read with it.
      [
        'The judge gave him [six years and two] months in all.',
        'The judge gave him [74] months in all.',
      ],
      ['She served [three years and one] month.', 'She served [37] months.'],
      // Folding drops the space after a stop (months.She).
      ['He served [two years and one] month.He left.', 'He served [25] months.He left.'],
      // A half added after a span: the span before it is read with it.
      ['Rebuilding the barn took a year[ and a half].', 'Rebuilding the barn took a year[].'],
    ],
    negative: [
      // A round word swapped before the same amount is a manner of speaking.
      ['Turnout fell to [about 30%] this spring.', 'Turnout fell to [nearly 30%] this spring.'],
      // A part of the day with no clock figure is no time.
      ['They met [in the morning] at the hall.', 'They met [at night] at the hall.'],
      ['She owns [a quarter] of the farm.', 'She owns [a share] of the farm.'],
      ['The drifts were [1.5 feet] deep.', 'The drifts were [] deep.'],
      // A count below a mark that is no zero is no temperature.
      ['Sales ran [4 below] the target.', 'Sales ran [minus 4] the target.'],
      // Words added after a span that count nothing.
      ['She sold a year[ and a barn] to them.', 'She sold a year[] to them.'],
      [
        'The judge gave him [six days and two] hours.',
        'The judge gave him [two dollars and six] hours.',
      ],
    ],
  },
};

/** The English quantity rows (precedence.ts orders every row). */
export const ENGLISH_QUANTITY_RULES: readonly Rule[] = [quantitySaidAnotherWay];
