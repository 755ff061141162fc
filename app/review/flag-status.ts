/**
 * The two smallest questions about a flag, shared by the queries, the number table and the
 * variance profile: where it stands, and whether a variant is in its minority.
 */
import type { Flag } from '../model/types';
import type { FlagStatus, StoryReview } from './types';

/** Where a flag stands: its decision's status, or open. */
export function statusOf(review: StoryReview, flagId: string): FlagStatus {
  return review.decisions[flagId]?.status ?? 'open';
}

/** True when the variant's reading at the flag is not the majority's (or there is no majority). */
export function variantDisagrees(flag: Flag, variant: string): boolean {
  const reading = flag.readings.find((r) => r.variant === variant);
  if (!reading) return false;
  return flag.majority === null || reading.text !== flag.majority;
}
