/**
 * A flag's readings as the editor decides among them: grouped by their folded form (so 、/、 or
 * ，/, never split a vote), most printed first, with the reading a plain "take the suggestion"
 * takes — the majority, or on a tie the base variant's, and then it says it is a tie.
 */
import type { Flag } from '../model/types';
import { foldText } from '../text/fold';

/** A distinct reading of a flag (after style folding) and the variants that print it. */
export interface ReadingGroup {
  /** The reading as the first variant of the group prints it. */
  readonly text: string;
  /** Variant ids in variant order. */
  readonly variants: readonly string[];
  /** True for the one group more variants print than any other (none on a tie). */
  readonly majority: boolean;
}

/** What the default key takes at a flag. */
export interface Suggestion {
  readonly group: ReadingGroup;
  /** The variant whose printed form is taken: the base when it prints this reading, else the group's first. */
  readonly variant: string;
  /** True when no reading has more votes than every other: the base's reading is suggested. */
  readonly tie: boolean;
}

/** A reading's comparison form: the engine's style fold (width, quotes, spacing, 繁/简). */
export function foldReading(text: string): string {
  return foldText(text).text;
}

const groupCache = new WeakMap<Flag, ReadingGroup[]>();

/**
 * The distinct readings of a flag after folding, most printed first (ties keep variant order), so
 * that key 1 is the majority reading and the digits stay stable while the editor reviews.
 */
export function groupReadings(flag: Flag): ReadingGroup[] {
  const cached = groupCache.get(flag);
  if (cached) return cached;
  const groups: { key: string; text: string; variants: string[]; first: number }[] = [];
  flag.readings.forEach((reading, index) => {
    const key = foldReading(reading.text);
    const group = groups.find((g) => g.key === key);
    if (group) group.variants.push(reading.variant);
    else groups.push({ key, text: reading.text, variants: [reading.variant], first: index });
  });
  groups.sort((a, b) => b.variants.length - a.variants.length || a.first - b.first);
  const top = groups[0]?.variants.length ?? 0;
  const unique = groups.filter((g) => g.variants.length === top).length === 1;
  const result = groups.map((g, i) => ({
    text: g.text,
    variants: g.variants,
    majority: unique && i === 0,
  }));
  groupCache.set(flag, result);
  return result;
}

/** The printed reading of the majority group, or null on a tie. */
export function majorityReading(flag: Flag): string | null {
  return groupReadings(flag).find((g) => g.majority)?.text ?? null;
}

/** True when the variant prints the flag and its reading is not the majority's (or there is none). */
export function variantDisagrees(flag: Flag, variant: string): boolean {
  const group = groupReadings(flag).find((g) => g.variants.includes(variant));
  return group !== undefined && !group.majority;
}

/**
 * The reading the default key takes: the majority; on a tie, the base variant's reading when the
 * base prints the flag, else the first of the tied readings. Null for a flag without readings.
 */
export function suggestedReading(flag: Flag, baseVariant: string): Suggestion | null {
  const groups = groupReadings(flag);
  const majority = groups.find((g) => g.majority);
  const group = majority ?? groups.find((g) => g.variants.includes(baseVariant)) ?? groups[0];
  if (!group) return null;
  const variant = group.variants.includes(baseVariant)
    ? baseVariant
    : (group.variants[0] ?? baseVariant);
  return { group, variant, tie: majority === undefined };
}

/** True for a group that stands for the passage being absent (an omission flag's "drop"). */
export function isAbsent(group: Pick<ReadingGroup, 'text'>): boolean {
  return group.text.trim() === '';
}
