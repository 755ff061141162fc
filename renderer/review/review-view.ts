/**
 * Pure view helpers for the review panels: how a flag's readings are grouped for display, which
 * flags a filter keeps, counts per category and status, paragraphs. Plain functions of plain data,
 * so the panels stay thin and every rule is tested in Node.
 */
import type { Category, Flag, Story } from '../../app/model/types';
import { CATEGORIES } from '../../app/model/types';
import type { FlagStatus, StoryReview } from '../../app/review/types';

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

/** A distinct reading of a flag and the variants that print it. */
export interface ReadingGroup {
  readonly text: string;
  /** Variant ids in variant order. */
  readonly variants: readonly string[];
  readonly majority: boolean;
}

/** Where a flag stands: its decision's status, or open. */
export function statusOf(review: StoryReview | undefined, flagId: string): FlagStatus {
  return review?.decisions[flagId]?.status ?? 'open';
}

/**
 * The distinct readings of a flag, most printed first (ties keep variant order), so that key 1 is
 * the majority reading and the digits stay stable while the editor reviews.
 */
export function groupReadings(flag: Flag): ReadingGroup[] {
  const groups: { text: string; variants: string[]; first: number }[] = [];
  flag.readings.forEach((reading, index) => {
    const group = groups.find((g) => g.text === reading.text);
    if (group) group.variants.push(reading.variant);
    else groups.push({ text: reading.text, variants: [reading.variant], first: index });
  });
  groups.sort((a, b) => b.variants.length - a.variants.length || a.first - b.first);
  const majorityText = majorityReading(flag);
  return groups.map((g) => ({ text: g.text, variants: g.variants, majority: g.text === majorityText }));
}

/**
 * The printed reading that stands for the majority: the engine reports the majority after style
 * folding, so a reading that differs from it only in style (，/ ,) still counts as majority.
 */
export function majorityReading(flag: Flag): string | null {
  if (flag.majority === null) return null;
  const exact = flag.readings.find((r) => r.text === flag.majority);
  if (exact) return exact.text;
  const folded = foldForMatch(flag.majority);
  return flag.readings.find((r) => foldForMatch(r.text) === folded)?.text ?? null;
}

/** A light style fold for matching the majority: full-width ASCII to half-width, no white space. */
function foldForMatch(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
}

/** True when the flag passes the filter. */
export function matchesFilter(flag: Flag, review: StoryReview | undefined, filter: ReviewFilter): boolean {
  if (filter.categories.length > 0 && !filter.categories.includes(flag.category)) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(statusOf(review, flag.id))) return false;
  if (filter.variant !== null) {
    const reading = flag.readings.find((r) => r.variant === filter.variant);
    if (!reading) return false;
    const majority = majorityReading(flag);
    // On a tie every variant disagrees with someone: keep the flag for every variant.
    if (majority !== null && reading.text === majority) return false;
  }
  const text = filter.text.trim();
  if (text && !flag.readings.some((r) => r.text.includes(text)) && !flag.id.includes(text)) return false;
  return true;
}

/** The story's flags that pass the filter, in reading order. */
export function filterFlags(story: Story, review: StoryReview | undefined, filter: ReviewFilter): Flag[] {
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

/** Flags of one paragraph of the canonical draft. */
export interface ParagraphGroup {
  /** 1-based paragraph number in the canonical draft. */
  readonly paragraph: number;
  /** 1-based line of the canonical where the paragraph starts, as the editor numbers lines (0: none). */
  readonly line: number;
  readonly flags: readonly Flag[];
}

/**
 * Groups flags by the canonical paragraph their anchor lies in (a paragraph is a run of text
 * between line breaks; news text carries one paragraph per line). Flags without an anchor go
 * into paragraph 0, listed first.
 */
export function groupByParagraph(flags: readonly Flag[], review: StoryReview | undefined): ParagraphGroup[] {
  const text = review?.canonical ?? '';
  const starts = paragraphStarts(text);
  const anchorOf = new Map(review?.anchors.map((a) => [a.flagId, a]) ?? []);
  const groups: { paragraph: number; line: number; flags: Flag[] }[] = [];
  for (const flag of flags) {
    const anchor = anchorOf.get(flag.id);
    const paragraph = anchor ? paragraphAt(starts, anchor.start) : 0;
    const last = groups[groups.length - 1];
    if (last && last.paragraph === paragraph) last.flags.push(flag);
    else groups.push({ paragraph, line: paragraph > 0 ? lineAt(text, starts[paragraph - 1] ?? 0) : 0, flags: [flag] });
  }
  return groups;
}

/** The 1-based line of an offset: line breaks before it, plus one (\r\n counts once). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Offsets where each non-empty paragraph of a text starts. */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim()) starts.push(match.index);
  }
  return starts;
}

/** The 1-based paragraph that an offset falls in, by binary search over paragraph starts. */
export function paragraphAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found + 1;
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
