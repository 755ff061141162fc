/**
 * Hand edits typed in the canonical editor (Monaco's model changes). Every anchor stays on its
 * text; a flag whose text an edit touches is marked edited with its new text, never dropped.
 */
import { clampEdit, mapAnchor, type TextEdit } from './anchors';
import type { DecisionContext } from './decide';
import type { CanonicalAnchor, Decision, StoryReview } from './types';

export type { TextEdit } from './anchors';

/** The review after an edit, and the flags whose text the edit touched. */
export interface EditOutcome {
  readonly review: StoryReview;
  /** Flags now marked edited by this edit (their decisions carry the new text). */
  readonly touched: readonly string[];
}

/**
 * Applies one replacement to the canonical. Anchors before it stay, anchors after it shift, and an
 * anchor the edit touches follows the rules of `mapAnchor` and its flag becomes 'edited' with the
 * text now at the anchor (an anchor whose whole text was deleted is an empty anchor, still edited).
 * Offsets outside the canonical are clamped. `context` names the editor (default: no name, now).
 */
export function applyTextEdit(
  review: StoryReview,
  edit: TextEdit,
  context: DecisionContext = { editor: '' },
): EditOutcome {
  const e = clampEdit(edit, review.canonical.length);
  if (e.start === e.end && e.text === '') return { review, touched: [] };
  const canonical = review.canonical.slice(0, e.start) + e.text + review.canonical.slice(e.end);
  const touched: string[] = [];
  const anchors: CanonicalAnchor[] = review.anchors.map((anchor) => {
    const mapped = mapAnchor(anchor, e);
    if (mapped.fate === 'touched' || mapped.fate === 'collapsed') touched.push(anchor.flagId);
    return mapped.anchor;
  });
  if (touched.length === 0) return { review: { ...review, canonical, anchors }, touched };
  const at = context.at ?? new Date().toISOString();
  const decisions: Record<string, Decision> = { ...review.decisions };
  for (const anchor of anchors) {
    if (!touched.includes(anchor.flagId)) continue;
    const previous = review.decisions[anchor.flagId];
    decisions[anchor.flagId] = {
      flagId: anchor.flagId,
      status: 'edited',
      text: canonical.slice(anchor.start, anchor.end),
      editor: context.editor,
      at,
      ...(context.note !== undefined
        ? { note: context.note }
        : previous?.note !== undefined
          ? { note: previous.note }
          : {}),
    };
  }
  return { review: { ...review, canonical, anchors, decisions }, touched };
}

/**
 * Applies several edits reported together, in order, each against the text the previous ones
 * left (as Monaco's model content-change events are applied one after another).
 */
export function applyTextEdits(
  review: StoryReview,
  edits: readonly TextEdit[],
  context: DecisionContext = { editor: '' },
): EditOutcome {
  let current = review;
  const touched = new Set<string>();
  for (const edit of edits) {
    const outcome = applyTextEdit(current, edit, context);
    current = outcome.review;
    for (const id of outcome.touched) touched.add(id);
  }
  return { review: current, touched: [...touched] };
}
