/**
 * Which flags the flag list shows and in what order the editor walks them: the filter (category,
 * status, a variant in the minority, text), counts per category and status, and the next or
 * previous flag, wrapping. Plain functions of plain data, used by the UI, the bench and the reports.
 */
import type { Category, Flag, Story } from '../model/types';
import { CATEGORIES } from '../model/types';
import { statusOf } from './flag-status';
import { variantDisagrees } from './readings';
import type { FlagStatus, StoryReview } from './types';

/** Every status, in the order the filter lists them. */
export const STATUSES: readonly FlagStatus[] = ['open', 'accepted', 'rejected', 'picked', 'edited'];

/** What the flag list shows: empty arrays mean "all". */
export interface ReviewFilter {
  readonly categories: readonly Category[];
  readonly statuses: readonly FlagStatus[];
  /** Only flags where this variant's reading differs from the majority (null: any variant). */
  readonly variant: string | null;
  /** Only flags whose readings contain this text (trimmed; empty: any). */
  readonly text: string;
}

/** The filter that keeps every flag. */
export const NO_FILTER: ReviewFilter = { categories: [], statuses: [], variant: null, text: '' };

/** True when the flag passes the filter. */
export function matchesFilter(
  flag: Flag,
  review: StoryReview | undefined,
  filter: ReviewFilter,
): boolean {
  if (filter.categories.length > 0 && !filter.categories.includes(flag.category)) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(statusOf(review, flag.id)))
    return false;
  // On a tie every variant disagrees with someone: the flag stays for every variant that prints it.
  if (filter.variant !== null && !variantDisagrees(flag, filter.variant)) return false;
  const text = filter.text.trim();
  if (text && !flag.readings.some((r) => r.text.includes(text)) && !flag.id.includes(text))
    return false;
  return true;
}

/** The story's flags that pass the filter, in reading order. */
export function filterFlags(
  story: Story,
  review: StoryReview | undefined,
  filter: ReviewFilter,
): Flag[] {
  return story.flags.filter((flag) => matchesFilter(flag, review, filter));
}

/** Flags per category and per status. */
export interface FlagCounts {
  readonly total: number;
  readonly byCategory: Readonly<Record<Category, number>>;
  readonly byStatus: Readonly<Record<FlagStatus, number>>;
}

/** Counts the flags of a list by category and status. */
export function countFlags(flags: readonly Flag[], review: StoryReview | undefined): FlagCounts {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<FlagStatus, number>;
  for (const flag of flags) {
    byCategory[flag.category] += 1;
    byStatus[statusOf(review, flag.id)] += 1;
  }
  return { total: flags.length, byCategory, byStatus };
}

/**
 * The flag to move to from the current one, over a list in reading order, wrapping at the ends.
 * With `openOnly`, skips decided flags (auto-advance); returns null when no candidate remains.
 */
export function stepFlag(
  flags: readonly Flag[],
  currentId: string | null,
  direction: 1 | -1,
  isOpen: (flag: Flag) => boolean = () => true,
  order: readonly Flag[] = flags,
): Flag | null {
  if (flags.length === 0) return null;
  const candidates = new Set(flags.filter(isOpen).map((f) => f.id));
  if (candidates.size === 0) return null;
  // Position in the whole story, so that stepping from a flag the filter hides still moves on from there.
  const position = currentId === null ? -1 : order.findIndex((f) => f.id === currentId);
  const n = order.length;
  if (position < 0) {
    const list = direction === 1 ? order : [...order].reverse();
    return list.find((f) => candidates.has(f.id)) ?? null;
  }
  for (let step = 1; step <= n; step += 1) {
    const flag = order[(((position + direction * step) % n) + n) % n];
    if (flag && candidates.has(flag.id)) return flag;
  }
  return null;
}
