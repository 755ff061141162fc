import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../../app/compare';
import { KNOWN_MISSED_TRIPLES, WIRE_TRIPLES, type WireTriple } from './wire-three';
import { ENGLISH_WIRE_PAIRS } from './wire-english';
import { FIXED_MISSES, LATER_WIRE_PAIRS } from './wire-rounds';
import { KNOWN_MISSES, WIRE_PAIRS, type WirePair } from './wire-sentences';

/** The categories of the flags between the printings of a sentence. */
function categoriesOf(texts: readonly string[]): string[] {
  const result = compareVariants(
    texts.map((text, i) => ({
      id: `v${i + 1}`,
      path: `${i + 1}.txt`,
      name: `${i + 1}.txt`,
      encoding: 'utf-8',
      text: `${text}\n`,
    })),
  );
  return result.stories.flatMap((s) => s.flags.map((f) => f.category));
}

const categories = ([original, reprint]: WirePair): string[] => categoriesOf([original, reprint]);
const expected = (pair: WirePair): string[] => (pair[2] === 'none' ? [] : [pair[2]]);
const expectedOfTriple = (triple: WireTriple): string[] =>
  triple[3] === 'none' ? [] : [triple[3]];

describe('wire sentences and their reprints', () => {
  it.each([...WIRE_PAIRS, ...LATER_WIRE_PAIRS].map((pair) => [pair[1], pair] as const))(
    '%s',
    (_, pair) => {
      expect(categories(pair)).toEqual(expected(pair));
    },
  );

  it.each(FIXED_MISSES.map((pair) => [pair[1], pair] as const))('%s', (_, pair) => {
    expect(categories(pair)).toEqual(expected(pair));
  });

  it.each(ENGLISH_WIRE_PAIRS.map((pair) => [pair[1], pair] as const))('%s', (_, pair) => {
    expect(categories(pair)).toEqual(expected(pair));
  });

  it.each(WIRE_TRIPLES.map((t) => [t[2], t] as const))('three papers: %s', (_, t) => {
    expect(categoriesOf(t.slice(0, 3))).toEqual(expectedOfTriple(t));
  });

  it.fails.each(KNOWN_MISSED_TRIPLES.map((t) => [t[2], t] as const))(
    '(known miss) three papers: %s',
    (_, t) => {
      expect(categoriesOf(t.slice(0, 3))).toEqual(expectedOfTriple(t));
    },
  );

  // Known weaknesses: these fail today; when one starts passing, move it to WIRE_PAIRS.
  it.fails.each(KNOWN_MISSES.map((pair) => [pair[1], pair] as const))(
    '(known miss) %s',
    (_, pair) => {
      expect(categories(pair)).toEqual(expected(pair));
    },
  );
});
