/**
 * Adding pages to a comparison or removing one: the new comparison takes every decision of the old
 * one that can be placed (app/project/carry-over.ts, by readings and context, as when sources change
 * on disk), and the editor is told which pages came and went and which decisions did not come along.
 */
import type { CompareResult, VariantText } from '../../app/model/types';
import { carryOverDecisions } from '../../app/project/carry-over';
import type { StoryReview } from '../../app/review/types';
import type { SourceReport } from '../store/project-slice';

/** What was on screen before the set of pages changed: the comparison, its reviews, its texts. */
export interface ReviewSnapshot {
  readonly result: CompareResult;
  readonly reviews: Readonly<Record<string, StoryReview>>;
  readonly texts: readonly VariantText[];
}

/** The reviews for the new comparison and the account to show, or null when nothing was decided. */
export function carryToPages(
  before: ReviewSnapshot,
  result: CompareResult,
  texts: readonly VariantText[],
): { readonly reviews: Record<string, StoryReview>; readonly report: SourceReport } | null {
  const decided = Object.values(before.reviews).some((r) => Object.keys(r.decisions).length > 0);
  if (!decided) return null;
  const carry = carryOverDecisions(before.result, before.reviews, result, texts, before.texts);
  const oldIds = new Set(before.texts.map((t) => t.id));
  const newIds = new Set(texts.map((t) => t.id));
  return {
    reviews: carry.reviews,
    report: {
      changes: [],
      carried: carry.carried.length,
      lost: carry.lost,
      uncarriedEdits: carry.uncarriedEdits,
      pages: {
        added: texts.filter((t) => !oldIds.has(t.id)).map((t) => t.name),
        removed: before.texts.filter((t) => !newIds.has(t.id)).map((t) => t.name),
      },
    },
  };
}
