/**
 * Which pane has the keyboard, shown on its pane picker (app.css): Monaco's thin caret is easy to
 * lose between two panes. Set on focus changes only, never per keystroke; drawn outside the editor
 * so that no box overlaps Monaco's layers (a frame over the pane cost ~2 ms a keystroke, measured).
 */
import { useEffect } from 'react';
import type { monaco } from '../monaco-setup';

/** Marks the focused pane on the document element (data-editor-focus). */
export function usePaneFocus(editor: monaco.editor.IStandaloneDiffEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const root = document.documentElement;
    const panes = [
      [editor.getOriginalEditor(), 'left'],
      [editor.getModifiedEditor(), 'right'],
    ] as const;
    const subscriptions = panes.flatMap(([code, side]) => [
      code.onDidFocusEditorText(() => {
        root.dataset.editorFocus = side;
      }),
      code.onDidBlurEditorText(() => {
        if (root.dataset.editorFocus === side) delete root.dataset.editorFocus;
      }),
    ]);
    return () => {
      for (const subscription of subscriptions) subscription.dispose();
      delete root.dataset.editorFocus;
    };
  }, [editor]);
}
