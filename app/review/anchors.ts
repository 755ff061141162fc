/**
 * Keeping anchors on their text: replacing the text at one anchor, and mapping every anchor
 * through an arbitrary edit of the canonical. Anchors are kept in canonical order (by start) and
 * are laminar: two anchors are either disjoint or one contains the other (a flag nested in an
 * omitted passage). Both functions preserve that.
 */
import type { CanonicalAnchor, Decision, StoryReview } from './types';

/**
 * Puts anchors in canonical order: by start, anchors at one offset keeping the order they had. That
 * order carries meaning positions cannot (an empty anchor after a passage's anchor at the same
 * offset lies inside it; before it, outside), and replacements rely on it.
 */
export function sortAnchors(anchors: readonly CanonicalAnchor[]): CanonicalAnchor[] {
  return anchors
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.start - y.a.start || x.i - y.i)
    .map((x) => x.a);
}

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
 * other anchor maps through the replacement (`mapAnchor`): later ones shift, an anchor that
 * contains it (an omitted passage around a nested flag) grows or shrinks, anchors nested inside it
 * collapse after the new text. Decided flags whose text changed this way keep their status and
 * take the new text, so a decision always says what the canonical carries.
 */
export function replaceAnchoredText(
  review: StoryReview,
  flagId: string,
  text: string,
): Pick<StoryReview, 'canonical' | 'anchors' | 'decisions'> {
  const target = anchorOf(review, flagId);
  if (!target) throw new RangeError(`flag "${flagId}" has no anchor in story "${review.storyId}"`);
  const edit: TextEdit = { start: target.start, end: target.end, text };
  const canonical =
    review.canonical.slice(0, target.start) + text + review.canonical.slice(target.end);
  const touched: string[] = [];
  const index = review.anchors.indexOf(target);
  const anchors = review.anchors.map((a, i) => {
    if (i === index) return { flagId, start: a.start, end: a.start + text.length };
    if (target.start === target.end && a.start === target.start) {
      // Two insertion points at one offset keep their order: those after the target follow its text.
      if (i > index && a.start === a.end)
        return { flagId: a.flagId, start: a.start + text.length, end: a.end + text.length };
      // A passage's anchor before the target at the same offset holds it (see sortAnchors): it grows.
      if (i < index && a.end > a.start) {
        touched.push(a.flagId);
        return { flagId: a.flagId, start: a.start, end: a.end + text.length };
      }
    }
    const mapped = mapAnchor(a, edit);
    if (mapped.fate === 'touched' || mapped.fate === 'collapsed') touched.push(a.flagId);
    return mapped.anchor;
  });
  return {
    canonical,
    anchors,
    decisions: refreshDecisionTexts(review.decisions, touched, canonical, anchors),
  };
}

/** Decisions of the given flags take the text now at their anchors (status and author unchanged). */
export function refreshDecisionTexts(
  decisions: StoryReview['decisions'],
  flagIds: readonly string[],
  canonical: string,
  anchors: readonly CanonicalAnchor[],
): StoryReview['decisions'] {
  let next: Record<string, Decision> | null = null;
  for (const flagId of flagIds) {
    const decision = decisions[flagId];
    const anchor = anchors.find((a) => a.flagId === flagId);
    if (!decision || !anchor) continue;
    const text = canonical.slice(anchor.start, anchor.end);
    if (text === decision.text) continue;
    next ??= { ...decisions };
    next[flagId] = { ...decision, text };
  }
  return next ?? decisions;
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
 * Every case is monotone in the anchor's position, so ordered, laminar anchors stay so.
 */
export function mapAnchor(
  anchor: CanonicalAnchor,
  edit: TextEdit,
): { anchor: CanonicalAnchor; fate: AnchorFate } {
  const { start: s, end: e } = edit;
  const { start: a, end: b, flagId } = anchor;
  const delta = edit.text.length - (e - s);
  const afterText = s + edit.text.length;
  if (b <= s) return { anchor, fate: 'kept' };
  if (e <= a) {
    return delta === 0
      ? { anchor, fate: 'kept' }
      : { anchor: { flagId, start: a + delta, end: b + delta }, fate: 'shifted' };
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
