/**
 * Registers the current pane pair with the engine diff provider, so the diff editor's changes,
 * line pairing and collapsed regions come from the engine's alignment: the flags' ranges in both
 * panes (the canonical's live anchors, which move as the editor types), compared between the flags
 * in the compare form (style and the desk's ignore rules are no change) unless shown as printed.
 */
import { useLayoutEffect } from 'react';
import type { Story } from '../../../app/model/types';
import { selectCurrentReview } from '../../review/use-review';
import { useAppStore } from '../../store';
import type { CompareForm } from '../compare-form';
import { pairMarks } from '../engine-diff';
import { canonicalMarks, variantMarks } from '../flag-marks';
import type { PaneModel } from '../model-cache';
import { registerEngineDiff } from './engine-diff-provider';

/** The engine's pairs for the panes shown, read when Monaco asks. */
export function useEngineDiff(
  story: Story | null,
  left: PaneModel | null,
  right: PaneModel | null,
  leftVariant: string | undefined,
  rightVariant: string | undefined,
  form: CompareForm | null,
): void {
  useLayoutEffect(() => {
    if (!story || !left || !right || !right.view || !rightVariant) return;
    const rightView = right.view;
    const leftView = left.view;
    const source = () => {
      const leftMarks = leftView
        ? leftVariant
          ? variantMarks(story.flags, leftVariant, leftView)
          : []
        : canonicalMarks(story.flags, selectCurrentReview(useAppStore.getState())?.anchors ?? []);
      return {
        pairs: pairMarks(leftMarks, variantMarks(story.flags, rightVariant, rightView)),
        form,
      };
    };
    return registerEngineDiff(left.model.uri, right.model.uri, source);
  }, [story, left, right, leftVariant, rightVariant, form]);
}
