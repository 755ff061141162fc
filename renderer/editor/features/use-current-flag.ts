/**
 * The current flag: highlighted in both panes and brought into view. The canonical's marks lag a
 * frame behind the store, so the canonical's current mark is placed from the store's anchors now
 * (after a decision the flag moves in the same task the canonical changes).
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Flag } from '../../../app/model/types';
import { selectCurrentReview } from '../../review/use-review';
import { useAppStore } from '../../store';
import { currentDecoration } from '../decorations';
import type { FlagMark } from '../flag-marks';
import type { PaneModel } from '../model-cache';
import { monaco } from '../monaco-setup';
import { measureFromKey } from '../perf-marks';

/** Reveals the current flag whenever it or the panes change. */
export function useCurrentFlag(
  editor: monaco.editor.IStandaloneDiffEditor | null,
  flagId: string | null,
  panes: { left: PaneModel | null; right: PaneModel | null },
  marksRef: { readonly current: { left: FlagMark[]; right: FlagMark[] } },
  flagsById: ReadonlyMap<string, Flag>,
): void {
  const { left, right } = panes;
  const liveCanonicalMark = useRef<((id: string) => FlagMark | undefined) | null>(null);
  liveCanonicalMark.current =
    left && !left.view
      ? (id) => {
          const anchor = selectCurrentReview(useAppStore.getState())?.anchors.find(
            (a) => a.flagId === id,
          );
          const flag = flagsById.get(id);
          return anchor && flag
            ? { flagId: id, category: flag.category, start: anchor.start, end: anchor.end }
            : undefined;
        }
      : null;
  const collections = useRef<{
    left?: monaco.editor.IEditorDecorationsCollection;
    right?: monaco.editor.IEditorDecorationsCollection;
  }>({});

  const reveal = useCallback(
    (id: string | null) => {
      if (!editor) return;
      const sides = [
        {
          code: editor.getOriginalEditor(),
          marks: marksRef.current.left,
          live: liveCanonicalMark.current,
          key: 'left' as const,
        },
        {
          code: editor.getModifiedEditor(),
          marks: marksRef.current.right,
          live: null,
          key: 'right' as const,
        },
      ];
      for (const { code, marks, live, key } of sides) {
        const model = code.getModel();
        const mark = !id ? undefined : live ? live(id) : marks.find((m) => m.flagId === id);
        const decorations = model && mark ? [currentDecoration(model, mark)] : [];
        const existing = collections.current[key];
        if (existing) existing.set(decorations);
        else collections.current[key] = code.createDecorationsCollection(decorations);
        if (model && mark) {
          const start = model.getPositionAt(mark.start);
          const end = model.getPositionAt(mark.end);
          // Lines, not a range: with word wrap on there is nothing to scroll sideways, and a range
          // reveal measures the text in the DOM to find a horizontal position (a forced layout).
          code.revealLinesInCenterIfOutsideViewport(
            start.lineNumber,
            end.lineNumber,
            monaco.editor.ScrollType.Immediate,
          );
        }
      }
      measureFromKey('variorum:next-flag', ['F8', 'n', 'p']);
    },
    [editor, marksRef],
  );
  useEffect(() => reveal(flagId), [reveal, flagId, left, right]);
}
