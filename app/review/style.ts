/**
 * Applies a style note to the canonical in one step ("use full-width punctuation", "remove CJK
 * spacing"), keeping every anchor on its text. Style is not a decision: a flag's status stays as
 * it was, and a decided flag's text follows the restyled canonical.
 */
import type { StyleKind } from '../model/types';
import { mapAnchor, type TextEdit } from './anchors';
import { styleEdits } from './style-edits';
import type { CanonicalAnchor, Decision, StoryReview } from './types';

export { styleEdits } from './style-edits';

/** The restyled review and how many places changed. */
export interface StyleOutcome {
  readonly review: StoryReview;
  readonly changes: number;
}

/**
 * Applies edits (ascending, disjoint) to the review as one step without marking flags edited:
 * anchors map through each edit (from the last, so earlier offsets stay valid), and decided flags
 * take the text now at their anchors.
 */
export function applyStyleEdits(review: StoryReview, edits: readonly TextEdit[]): StoryReview {
  if (edits.length === 0) return review;
  let canonical = '';
  let cursor = 0;
  for (const edit of edits) {
    canonical += review.canonical.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  canonical += review.canonical.slice(cursor);
  let anchors: CanonicalAnchor[] = [...review.anchors];
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit = edits[i];
    if (edit) anchors = anchors.map((a) => mapAnchor(a, edit).anchor);
  }
  const decisions: Record<string, Decision> = {};
  for (const [flagId, decision] of Object.entries(review.decisions)) {
    const anchor = anchors.find((a) => a.flagId === flagId);
    const text = anchor ? canonical.slice(anchor.start, anchor.end) : decision.text;
    decisions[flagId] = text === decision.text ? decision : { ...decision, text };
  }
  return { ...review, canonical, anchors, decisions };
}

/** Applies one kind of style note to the whole canonical. */
export function applyStyleNote(review: StoryReview, kind: StyleKind): StyleOutcome {
  const edits = styleEdits(review.canonical, kind);
  return { review: applyStyleEdits(review, edits), changes: edits.length };
}

/** Applies the Chinese house style: full-width punctuation in CJK context, then no CJK spacing. */
export function applyHouseStyleToReview(review: StoryReview): StyleOutcome {
  const first = applyStyleNote(review, 'half-width-punctuation');
  const second = applyStyleNote(first.review, 'cjk-spacing');
  return { review: second.review, changes: first.changes + second.changes };
}
