/**
 * The two smallest questions about a flag, shared by the queries, the number table and the
 * variance profile: where it stands, and whether a variant is in its minority.
 */
import type { FlagStatus, StoryReview } from './types';

export { variantDisagrees } from './readings';

/** Where a flag stands: its decision's status, or open (also before the story has a review). */
export function statusOf(review: StoryReview | undefined, flagId: string): FlagStatus {
  return review?.decisions[flagId]?.status ?? 'open';
}
