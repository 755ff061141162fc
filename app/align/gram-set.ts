/**
 * The distinct 4-grams of a text as an exact hash set of numbers, for the "does this variant carry
 * the story at all" check of align-story.ts. A Set of 4-character strings cost a string and a
 * hash entry per position: on a 7-million-character single line that was most of the memory and a
 * third of the time. Here a gram is its four UTF-16 units as two 32-bit halves, kept in open
 * addressing tables: exact (no collisions can pass), about 20 bytes per distinct gram.
 */

/** Characters per gram. */
export const GRAM = 4;

/** An exact set of the distinct GRAM-unit substrings of one text. */
export interface GramSet {
  /** Distinct grams. */
  readonly size: number;
  /** True when text[at, at + GRAM) is one of the grams. */
  has(text: string, at: number): boolean;
}

const EMPTY = 0;
const FULL = 1;

/** Mixes the two halves into a table slot (any mix is exact: the halves themselves are compared). */
export function slotOf(hi: number, lo: number, mask: number): number {
  let h = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}

/** The grams of `text`. */
export function gramSetOf(text: string): GramSet {
  const positions = Math.max(0, text.length - GRAM + 1);
  let capacity = 16;
  while (capacity < positions * 2) capacity *= 2;
  const mask = capacity - 1;
  const his = new Uint32Array(capacity);
  const los = new Uint32Array(capacity);
  const used = new Uint8Array(capacity);
  let size = 0;
  const find = (source: string, at: number, insert: boolean): boolean => {
    const hi = ((source.charCodeAt(at) << 16) | source.charCodeAt(at + 1)) >>> 0;
    const lo = ((source.charCodeAt(at + 2) << 16) | source.charCodeAt(at + 3)) >>> 0;
    for (let slot = slotOf(hi, lo, mask); ; slot = (slot + 1) & mask) {
      if (used[slot] === EMPTY) {
        if (!insert) return false;
        used[slot] = FULL;
        his[slot] = hi;
        los[slot] = lo;
        size += 1;
        return true;
      }
      if (his[slot] === hi && los[slot] === lo) return true;
    }
  };
  for (let i = 0; i < positions; i++) find(text, i, true);
  return {
    get size() {
      return size;
    },
    has: (source, at) => at >= 0 && at + GRAM <= source.length && find(source, at, false),
  };
}

/**
 * The fraction of `text`'s gram positions whose gram is in `grams`, over the smaller of its
 * positions and the set's size (1 for a text too short to judge or an empty set).
 */
export function sharedGramShare(grams: GramSet, text: string): number {
  const total = text.length - GRAM + 1;
  if (total <= 0 || grams.size === 0) return 1;
  let found = 0;
  for (let i = 0; i + GRAM <= text.length; i++) if (grams.has(text, i)) found += 1;
  return found / Math.min(total, grams.size);
}
