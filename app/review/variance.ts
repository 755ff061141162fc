/**
 * The variance profile of a story for the overview strip (the heat map of Juxta): the canonical cut
 * into N equal buckets, each with how many flags fall in it and how many variants disagree there.
 */
import type { Story } from '../model/types';
import { variantDisagrees } from './flag-status';
import type { StoryReview } from './types';

/** One bucket of the strip. */
export interface VarianceBucket {
  readonly start: number;
  readonly end: number;
  readonly flags: number;
  /** Distinct variants in the minority at one or more of the bucket's flags. */
  readonly variants: number;
  /** Open flags among them, so the strip can fade what is already reviewed. */
  readonly open: number;
  /** The first flag of the bucket, where a click on it jumps. */
  readonly firstFlagId?: string;
}

/** Cuts the canonical into `buckets` equal parts and counts flags and disagreeing variants in each. */
export function varianceProfile(
  story: Story,
  review: StoryReview,
  buckets: number,
): VarianceBucket[] {
  const count = Math.max(1, Math.floor(buckets));
  const length = Math.max(1, review.canonical.length);
  const flags = new Map(story.flags.map((f) => [f.id, f]));
  const tallies = Array.from({ length: count }, () => ({
    flags: 0,
    open: 0,
    variants: new Set<string>(),
    first: undefined as string | undefined,
  }));
  for (const anchor of review.anchors) {
    const flag = flags.get(anchor.flagId);
    if (!flag) continue;
    const index = Math.min(count - 1, Math.floor((anchor.start / length) * count));
    const tally = tallies[index];
    if (!tally) continue;
    tally.flags++;
    if (!(flag.id in review.decisions)) tally.open++;
    tally.first ??= flag.id;
    for (const r of flag.readings)
      if (variantDisagrees(flag, r.variant)) tally.variants.add(r.variant);
  }
  return tallies.map((t, i) => ({
    start: Math.floor((i * length) / count),
    end: Math.floor(((i + 1) * length) / count),
    flags: t.flags,
    variants: t.variants.size,
    open: t.open,
    ...(t.first !== undefined ? { firstFlagId: t.first } : {}),
  }));
}
