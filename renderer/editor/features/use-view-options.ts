/**
 * Options the settings drive after mount: collapsed unchanged regions (as in VS Code's diff
 * editor) and the panes' accessible names (the diff editor reads its own labels only at
 * construction, and Monaco's default is "Editor content" in English).
 */
import { useEffect } from 'react';
import type { monaco } from '../monaco-setup';

/** Applies the collapse setting and each pane's accessible name. */
export function useViewOptions(
  editor: monaco.editor.IStandaloneDiffEditor | null,
  hideUnchanged: boolean,
  leftLabel: string,
  rightLabel: string,
): void {
  useEffect(() => {
    // Unchanged paragraphs fold to a bar the editor can open.
    editor?.updateOptions({
      hideUnchangedRegions: {
        enabled: hideUnchanged,
        contextLineCount: 1,
        minimumLineCount: 2,
        revealLineCount: 5,
      },
    });
  }, [editor, hideUnchanged]);
  useEffect(() => {
    if (!editor) return;
    editor.getOriginalEditor().updateOptions({ ariaLabel: leftLabel });
    editor.getModifiedEditor().updateOptions({ ariaLabel: rightLabel });
  }, [editor, leftLabel, rightLabel]);
}
