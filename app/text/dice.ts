/**
 * Dice's likeness of two texts as lists of tokens (character pairs, words): twice the tokens they
 * share, counted with repeats, over the tokens of both. One copy for every caller that asks
 * whether two headlines or passages are one text reworded; each caller chooses its tokens.
 */

/** The pairs of neighbouring characters of `chars` (新渡 渡船 of 新渡船). */
export function charPairs(chars: readonly string[]): string[] {
  return chars.slice(1).map((ch, i) => `${chars[i] as string}${ch}`);
}

/** Dice's likeness of two token lists: 0 none in common, 1 the same (two empty lists are the same). */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const t of b) pool.set(t, (pool.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of a) {
    const n = pool.get(t) ?? 0;
    if (n > 0) {
      shared += 1;
      pool.set(t, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
