import { describe, expect, it } from 'vitest';
import { compareVariants } from '../compare';
import { ENGLISH_WIRE_PAIRS, FIXED_MISSES, KNOWN_MISSES, WIRE_PAIRS, type WirePair } from './wire-sentences';

/** The categories of the flags between a sentence and its reprint. */
function categories([original, reprint]: WirePair): string[] {
  const result = compareVariants([
    { id: 'v1', path: 'a.txt', name: 'a.txt', encoding: 'utf-8', text: `${original}\n` },
    { id: 'v2', path: 'b.txt', name: 'b.txt', encoding: 'utf-8', text: `${reprint}\n` },
  ]);
  return result.stories.flatMap((s) => s.flags.map((f) => f.category));
}

const expected = (pair: WirePair): string[] => (pair[2] === 'none' ? [] : [pair[2]]);

describe('wire sentences and their reprints', () => {
  it.each(WIRE_PAIRS.map((pair) => [pair[1], pair] as const))('%s', (_, pair) => {
    expect(categories(pair)).toEqual(expected(pair));
  });

  it.each(FIXED_MISSES.map((pair) => [pair[1], pair] as const))('%s', (_, pair) => {
    expect(categories(pair)).toEqual(expected(pair));
  });

  it.each(ENGLISH_WIRE_PAIRS.map((pair) => [pair[1], pair] as const))('%s', (_, pair) => {
    expect(categories(pair)).toEqual(expected(pair));
  });

  // Known weaknesses: these fail today; when one starts passing, move it to WIRE_PAIRS.
  it.fails.each(KNOWN_MISSES.map((pair) => [pair[1], pair] as const))('(known miss) %s', (_, pair) => {
    expect(categories(pair)).toEqual(expected(pair));
  });
});
