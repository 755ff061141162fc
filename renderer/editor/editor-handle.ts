/**
 * The editor's small imperative API for code outside renderer/editor/ (the review workspace):
 * reveal a flag, override decorations, hear hand edits of the canonical. Free of Monaco imports, so
 * importing it does not pull the editor into a chunk.
 */
import type { CanonicalEdit } from '../store/review-slice';
import type { FlagMark } from './flag-marks';

export type { FlagMark } from './flag-marks';

/** What the mounted compare view offers. */
export interface EditorHandle {
  /** Scrolls both panes to a flag and marks it as the current one. */
  revealFlag(flagId: string): void;
  /** Replaces the flag decorations of a pane (until the story or pane changes). */
  setFlagDecorations(pane: 'left' | 'right', marks: readonly FlagMark[]): void;
  /** Puts the caret in the canonical pane (when the left pane shows it). */
  focusCanonical(): void;
}

let handle: EditorHandle | null = null;
const editListeners = new Set<(storyId: string, edits: readonly CanonicalEdit[]) => void>();

/** The mounted compare view's handle, or null while none is mounted. */
export function getEditorHandle(): EditorHandle | null {
  return handle;
}

/** Called by the compare view on mount (with its handle) and unmount (with null). */
export function setEditorHandle(next: EditorHandle | null): void {
  handle = next;
}

/** Subscribes to hand edits of the canonical, in the order typed; returns the unsubscribe function. */
export function onCanonicalEdit(listener: (storyId: string, edits: readonly CanonicalEdit[]) => void): () => void {
  editListeners.add(listener);
  return () => editListeners.delete(listener);
}

/** Tells every subscriber about an edit (called by the compare view). */
export function emitCanonicalEdit(storyId: string, edits: readonly CanonicalEdit[]): void {
  for (const listener of editListeners) listener(storyId, edits);
}
