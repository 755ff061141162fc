/**
 * The canonical pane's text, both ways: store → model (decisions, undo) without echo, and model →
 * store (typing). The store is read in a subscription, not a render, so decisions reach the model
 * in the same task, and a keystroke renders no React.
 */
import { useEffect, useRef } from 'react';
import { selectCurrentReview } from '../../review/use-review';
import { useAppStore } from '../../store';
import type { PaneModel } from '../model-cache';
import { measureFromKey } from '../perf-marks';
import { applyMinimalEdit } from '../sync-text';
import { asTyping } from '../typing-burst';

/** Keeps the canonical's model and the store's canonical text the same. */
export function useCanonicalSync(
  showCanonical: boolean,
  left: PaneModel | null,
  storyId: string | null,
): void {
  const applying = useRef(false);
  const typing = useRef(false);
  useEffect(() => {
    if (!showCanonical || !left) return;
    const sync = (canonical: string | undefined): void => {
      if (canonical === undefined || typing.current || left.model.getValue() === canonical) return;
      applying.current = true;
      try {
        applyMinimalEdit(left.model, canonical);
      } finally {
        applying.current = false;
      }
    };
    sync(selectCurrentReview(useAppStore.getState())?.canonical);
    return useAppStore.subscribe((state, previous) => {
      const canonical = selectCurrentReview(state)?.canonical;
      if (canonical !== selectCurrentReview(previous)?.canonical) sync(canonical);
    });
  }, [showCanonical, left]);
  useEffect(() => {
    if (!showCanonical || !left || !storyId) return;
    const subscription = left.model.onDidChangeContent((event) => {
      if (applying.current) return;
      // Offsets of one event refer to the text before it: apply from the end backwards.
      const edits = [...event.changes]
        .sort((a, b) => b.rangeOffset - a.rangeOffset)
        .map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
      // The model already holds this text: the store subscription above must not write it back.
      typing.current = true;
      try {
        asTyping(() => useAppStore.getState().editCanonical(storyId, edits));
      } finally {
        typing.current = false;
      }
      measureFromKey('variorum:keystroke', null);
    });
    return () => subscription.dispose();
  }, [showCanonical, left, storyId]);
}
