/**
 * Keeping anchors on their text: replacing the text at one anchor, and mapping every anchor
 * through an arbitrary edit of the canonical. Anchors are kept in canonical order and never
 * overlap; both functions preserve that.
 */
import type { CanonicalAnchor, StoryReview } from './types';

/** One replacement in the canonical text (UTF-16 offsets, end exclusive). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The anchor of a flag, or undefined when the review has none for it. */
export function anchorOf(review: StoryReview, flagId: string): CanonicalAnchor | undefined {
  return review.anchors.find((a) => a.flagId === flagId);
}

/** The canonical text at a flag's anchor, or null when the flag has no anchor. */
export function anchoredText(review: StoryReview, flagId: string): string | null {
  const anchor = anchorOf(review, flagId);
  return anchor ? review.canonical.slice(anchor.start, anchor.end) : null;
}

/**
 * Replaces the canonical text at one flag's anchor; the anchor now spans the new text and every
 * later anchor shifts by the change in length (an empty anchor just before it stays put).
 */
export function replaceAnchoredText(
  review: StoryReview,
  flagId: string,
  text: string,
): Pick<StoryReview, 'canonical' | 'anchors'> {
  const index = review.anchors.findIndex((a) => a.flagId === flagId);
  const target = review.anchors[index];
  if (!target) throw new RangeError(`flag "${flagId}" has no anchor in story "${review.storyId}"`);
  const delta = text.length - (target.end - target.start);
  const canonical = review.canonical.slice(0, target.start) + text + review.canonical.slice(target.end);
  const anchors = review.anchors.map((a, i) => {
    if (i < index) return a;
    if (i === index) return { flagId: a.flagId, start: a.start, end: a.start + text.length };
    return delta === 0 ? a : { flagId: a.flagId, start: a.start + delta, end: a.end + delta };
  });
  return { canonical, anchors };
}

/** What an edit did to one anchor. */
export type AnchorFate = 'kept' | 'shifted' | 'touched' | 'collapsed';

/**
 * Where an anchor lies after an edit, and what happened to it:
 * - ends at or before the edit's start: kept (typing right after a flag does not edit it);
 * - starts at or after the edit's end: shifted by the change in length (typing right before a
 *   non-empty flag does not edit it either);
 * - contains the edit: touched, and grows or shrinks with it;
 * - overlaps its end: touched, cut at the edit's start and given the new text;
 * - overlaps its start: touched, keeps what is left after the edit;
 * - lies wholly inside a larger edit: collapsed to an empty anchor after the new text.
 * Every case is monotone in the anchor's position, so ordered, non-overlapping anchors stay so.
 */
export function mapAnchor(anchor: CanonicalAnchor, edit: TextEdit): { anchor: CanonicalAnchor; fate: AnchorFate } {
  const { start: s, end: e } = edit;
  const { start: a, end: b, flagId } = anchor;
  const delta = edit.text.length - (e - s);
  const afterText = s + edit.text.length;
  if (b <= s) return { anchor, fate: 'kept' };
  if (e <= a) {
    return delta === 0 ? { anchor, fate: 'kept' } : { anchor: { flagId, start: a + delta, end: b + delta }, fate: 'shifted' };
  }
  if (a <= s && e <= b) return { anchor: { flagId, start: a, end: b + delta }, fate: 'touched' };
  if (a < s) return { anchor: { flagId, start: a, end: afterText }, fate: 'touched' };
  if (e < b) return { anchor: { flagId, start: afterText, end: b + delta }, fate: 'touched' };
  return { anchor: { flagId, start: afterText, end: afterText }, fate: 'collapsed' };
}

/** Applies an edit to the canonical text, clamping it to the text's bounds. */
export function clampEdit(edit: TextEdit, length: number): TextEdit {
  const start = Math.max(0, Math.min(length, Math.floor(edit.start)));
  const end = Math.max(start, Math.min(length, Math.floor(edit.end)));
  return start === edit.start && end === edit.end ? edit : { start, end, text: edit.text };
}
