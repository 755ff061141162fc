/**
 * Read-only questions the review UI asks of a story and its review: a flag's status, filters,
 * counts, paragraphs, and the next or previous flag from the cursor. The number table and the
 * variance profile live in number-table.ts and variance.ts and are re-exported here.
 */
import { CATEGORIES, type Category, type Flag, type Story } from '../model/types';
import type { CanonicalAnchor, FlagStatus, StoryReview } from './types';

import { statusOf, variantDisagrees } from './flag-status';

export { statusOf, variantDisagrees } from './flag-status';
export { numberRows, type NumberRow, type NumberCell } from './number-table';
export { varianceProfile, type VarianceBucket } from './variance';

/** Every status, in the order the UI lists them. */
export const FLAG_STATUSES: readonly FlagStatus[] = ['open', 'accepted', 'rejected', 'picked', 'edited'];


/** Which flags to show; every field narrows, an absent or empty field does not. */
export interface FlagFilter {
  readonly categories?: readonly Category[];
  readonly statuses?: readonly FlagStatus[];
  /**
   * Only flags where this variant is in the minority: its reading differs from the majority, or
   * there is no majority. A variant that agrees with the majority has nothing to review there.
   */
  readonly variant?: string;
}


/** True when the flag passes the filter. */
export function matchesFilter(flag: Flag, review: StoryReview, filter: FlagFilter): boolean {
  if (filter.categories && filter.categories.length > 0 && !filter.categories.includes(flag.category)) return false;
  if (filter.statuses && filter.statuses.length > 0 && !filter.statuses.includes(statusOf(review, flag.id))) return false;
  if (filter.variant !== undefined && !variantDisagrees(flag, filter.variant)) return false;
  return true;
}

/** The flags of a story that pass the filter, in canonical order. */
export function filterFlags(story: Story, review: StoryReview, filter: FlagFilter = {}): Flag[] {
  return flagsInCanonicalOrder(story, review).filter((f) => matchesFilter(f, review, filter));
}

/** The story's flags ordered by their anchors in the canonical (flags without an anchor last). */
export function flagsInCanonicalOrder(story: Story, review: StoryReview): Flag[] {
  const byId = new Map(story.flags.map((f) => [f.id, f]));
  const ordered: Flag[] = [];
  for (const anchor of review.anchors) {
    const flag = byId.get(anchor.flagId);
    if (flag) {
      ordered.push(flag);
      byId.delete(anchor.flagId);
    }
  }
  return ordered.concat([...byId.values()]);
}

/** Counts of flags by category and by status, and the total. */
export interface FlagCounts {
  readonly total: number;
  readonly open: number;
  readonly byCategory: Readonly<Record<Category, number>>;
  readonly byStatus: Readonly<Record<FlagStatus, number>>;
  /** Open flags per category, for "3 of 12 name flags left". */
  readonly openByCategory: Readonly<Record<Category, number>>;
}

/** Counts the flags of a story that pass the filter. */
export function countFlags(story: Story, review: StoryReview, filter: FlagFilter = {}): FlagCounts {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const openByCategory = { ...byCategory };
  const byStatus = Object.fromEntries(FLAG_STATUSES.map((s) => [s, 0])) as Record<FlagStatus, number>;
  let total = 0;
  for (const flag of story.flags) {
    if (!matchesFilter(flag, review, filter)) continue;
    const status = statusOf(review, flag.id);
    total++;
    byCategory[flag.category]++;
    byStatus[status]++;
    if (status === 'open') openByCategory[flag.category]++;
  }
  return { total, open: byStatus.open, byCategory, byStatus, openByCategory };
}

/** A paragraph of the canonical (one line: news text puts a paragraph on a line) and its flags. */
export interface ParagraphGroup {
  /** 0-based index among the canonical's non-empty lines. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly flags: readonly Flag[];
}

/** The canonical's paragraphs (non-empty lines) that carry flags passing the filter, with those flags. */
export function groupByParagraph(story: Story, review: StoryReview, filter: FlagFilter = {}): ParagraphGroup[] {
  const paragraphs = paragraphRanges(review.canonical);
  const groups = new Map<number, { index: number; start: number; end: number; flags: Flag[] }>();
  const anchors = new Map(review.anchors.map((a) => [a.flagId, a]));
  for (const flag of filterFlags(story, review, filter)) {
    const anchor = anchors.get(flag.id);
    const index = anchor ? paragraphIndexAt(paragraphs, anchor.start) : paragraphs.length - 1;
    const range = paragraphs[index] ?? { start: 0, end: review.canonical.length };
    const group = groups.get(index) ?? { index, start: range.start, end: range.end, flags: [] };
    group.flags.push(flag);
    groups.set(index, group);
  }
  return [...groups.values()].sort((a, b) => a.index - b.index);
}

/** The ranges of the non-empty lines of a text (trailing line breaks excluded). */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    if (text.slice(start, lineEnd).trim() !== '') ranges.push({ start, end: lineEnd });
    if (newline === -1) break;
    start = newline + 1;
  }
  if (ranges.length === 0) ranges.push({ start: 0, end: text.length });
  return ranges;
}

/** The index of the paragraph containing an offset (or the nearest before it). */
function paragraphIndexAt(paragraphs: readonly { start: number; end: number }[], offset: number): number {
  let index = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if ((paragraphs[i]?.start ?? 0) <= offset) index = i;
    else break;
  }
  return index;
}

/** Options of `nextFlag`. */
export interface NavigationOptions {
  /** Only open flags (the default after a decision); otherwise every flag that passes the filter. */
  readonly onlyOpen?: boolean;
  readonly filter?: FlagFilter;
  /** Continue from the other end of the story when nothing lies ahead (default true). */
  readonly wrap?: boolean;
  /**
   * The flag the editor is on: navigation then goes by anchor order from it, which tells apart two
   * anchors at the same offset (an empty omission anchor right before a flag) that a position cannot.
   */
  readonly currentFlagId?: string;
}

/**
 * The flag after (or before) a canonical offset: the first anchor starting after the position going
 * forward, the last one starting before it going back. Returns null when none qualifies.
 */
export function nextFlag(
  story: Story,
  review: StoryReview,
  position: number,
  direction: 'next' | 'previous',
  options: NavigationOptions = {},
): { flag: Flag; anchor: CanonicalAnchor } | null {
  const filter: FlagFilter = {
    ...options.filter,
    ...(options.onlyOpen ? { statuses: ['open'] as const } : {}),
  };
  const byId = new Map(story.flags.map((f) => [f.id, f]));
  const candidates = review.anchors.flatMap((anchor) => {
    const flag = byId.get(anchor.flagId);
    return flag && matchesFilter(flag, review, filter) ? [{ flag, anchor }] : [];
  });
  if (candidates.length === 0) return null;
  const wrap = options.wrap ?? true;
  const current = options.currentFlagId === undefined ? -1 : review.anchors.findIndex((a) => a.flagId === options.currentFlagId);
  if (current >= 0) {
    const order = new Map(review.anchors.map((a, i) => [a.flagId, i]));
    const rank = (c: { anchor: CanonicalAnchor }): number => order.get(c.anchor.flagId) ?? -1;
    const found =
      direction === 'next'
        ? candidates.find((c) => rank(c) > current)
        : [...candidates].reverse().find((c) => rank(c) < current);
    if (found) return found;
    if (!wrap) return null;
    return (direction === 'next' ? candidates[0] : candidates[candidates.length - 1]) ?? null;
  }
  if (direction === 'next') {
    const ahead = candidates.find((c) => c.anchor.start > position);
    return ahead ?? (wrap ? (candidates[0] ?? null) : null);
  }
  const behind = [...candidates].reverse().find((c) => c.anchor.start < position);
  return behind ?? (wrap ? (candidates[candidates.length - 1] ?? null) : null);
}
