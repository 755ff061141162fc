/**
 * The majority of a place of disagreement: votes are counted on folded readings (width, quotes,
 * NFC, 繁/简 are style and never split a vote). A passage some witnesses print and others leave
 * out is decided by presence first — how many print it — since its printed copies may still
 * differ inside (those differences are flags of their own): a passage two of three pages print is
 * in the majority text even when the two copies are not identical.
 */
import type { Reading } from '../model/types';

/** The reading most witnesses share after folding (as printed by the first that has it), or null on a tie. */
export function majorityOf(
  foldedTexts: readonly string[],
  readings: readonly Reading[],
): string | null {
  const present = foldedTexts.filter((t) => t.length > 0).length;
  const absent = foldedTexts.length - present;
  if (present > 0 && absent > 0) {
    if (present === absent) return null;
    if (absent > present) return '';
  }
  // Among the printed readings (all of them when none is empty): the most common folded form;
  // with some left out, the first of the tied printed copies wins, as presence decided already.
  const counts = new Map<string, number>();
  for (const t of foldedTexts)
    if (t.length > 0 || present === 0) counts.set(t, (counts.get(t) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top) return null;
  if (absent === 0 && ranked[1] && ranked[1][1] === top[1]) return null;
  return readings[foldedTexts.indexOf(top[0])]?.text ?? null;
}
