/**
 * The flat, one-row-per-flag view of a review that every report (.csv, .html, .json) is written
 * from, and the counts the UI shows before exporting ("3 flags are still open — export anyway?").
 */
import { CATEGORIES, type Category, type FlagKind } from '../model/types';
import type { FlagStatus } from '../review/types';
import { decisionOf, finalTextOf, type ResolvedStory } from './story-texts';
import type { ExportVariant } from './types';

/** Every flag status, in the order reports list them. */
export const FLAG_STATUSES: readonly FlagStatus[] = [
  'open',
  'accepted',
  'rejected',
  'picked',
  'edited',
];

/** One flag as a report shows it. */
export interface ReportRow {
  readonly storyId: string;
  readonly storyTitle: string;
  readonly flagId: string;
  readonly category: Category;
  /** The classification rule that decided the category, and why; empty for flags from before rules were recorded. */
  readonly rule: string;
  readonly why: string;
  readonly kind?: FlagKind;
  /** Each variant's reading by variant id; null when the variant does not carry the story. */
  readonly readings: Readonly<Record<string, string | null>>;
  readonly majority: string | null;
  readonly status: FlagStatus;
  /** What the canonical carries at the flag; null when a hand edit removed its place. */
  readonly finalText: string | null;
  /** The variant whose reading was taken, when the decision took one. */
  readonly chosenVariant?: string;
  /** The decision's note, else the engine's note on the flag; empty when neither. */
  readonly note: string;
  /** Who decided and when (ISO 8601); empty while open. */
  readonly editor: string;
  readonly at: string;
}

/** The rows of every flag of the given stories, in story then flag order. */
export function reportRows(
  stories: readonly ResolvedStory[],
  variants: readonly ExportVariant[],
): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const { story, review } of stories) {
    for (const flag of story.flags) {
      const readings: Record<string, string | null> = {};
      for (const v of variants)
        readings[v.id] = flag.readings.find((r) => r.variant === v.id)?.text ?? null;
      const decision = decisionOf(review, flag.id);
      rows.push({
        storyId: story.id,
        storyTitle: story.title,
        flagId: flag.id,
        category: flag.category,
        rule: flag.rule ?? '',
        why: flag.why ?? '',
        ...(flag.kind ? { kind: flag.kind } : {}),
        readings,
        majority: flag.majority,
        status: decision?.status ?? 'open',
        finalText: finalTextOf(review, flag),
        ...(decision?.variant ? { chosenVariant: decision.variant } : {}),
        note: decision?.note ?? flag.note ?? '',
        editor: decision?.editor ?? '',
        at: decision?.at ?? '',
      });
    }
  }
  return rows;
}

/** How many flags there are and how many are open, overall and per category and status. */
export interface ReviewSummary {
  readonly total: number;
  readonly open: number;
  readonly decided: number;
  readonly byCategory: Readonly<
    Record<Category, { readonly total: number; readonly open: number }>
  >;
  readonly byStatus: Readonly<Record<FlagStatus, number>>;
}

/** Counts the rows of a report. */
export function summarizeRows(rows: readonly ReportRow[]): ReviewSummary {
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, { total: 0, open: 0 }]),
  ) as Record<Category, { total: number; open: number }>;
  const byStatus = Object.fromEntries(FLAG_STATUSES.map((s) => [s, 0])) as Record<
    FlagStatus,
    number
  >;
  for (const row of rows) {
    byCategory[row.category].total++;
    if (row.status === 'open') byCategory[row.category].open++;
    byStatus[row.status]++;
  }
  return {
    total: rows.length,
    open: byStatus.open,
    decided: rows.length - byStatus.open,
    byCategory,
    byStatus,
  };
}
