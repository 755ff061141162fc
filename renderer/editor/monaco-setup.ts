/**
 * Monaco without a CDN: the ESM editor core (no language services), the few editor contributions
 * the workspace uses, the editor worker bundled by Vite, the two themes, and CJK word navigation.
 * Imported once, by the lazily loaded compare view.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
// Contributions the core build leaves out: hovers (flag readings), find, clipboard, context menu,
// cursor undo, the read-only message and word operations (which the CJK commands below override).
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/editor/contrib/readOnlyMessage/browser/contribution';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import { nextWordEnd, previousWordStart } from './cjk-words';
import { DIFF_COLOURS } from './theme-colours';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

/** Theme names registered with Monaco. */
export const THEMES = { light: 'variorum-light', dark: 'variorum-dark' } as const;

monaco.editor.defineTheme(THEMES.light, {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { ...DIFF_COLOURS.light },
});
monaco.editor.defineTheme(THEMES.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { ...DIFF_COLOURS.dark },
});

/** The fonts: Noto CJK first (installed with the app's fonts on Linux), then each OS's own CJK faces. */
export const EDITOR_FONT_FAMILY =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif';

/** Editor options shared by both panes, tuned for Chinese news text (issue 5). */
export const EDITOR_OPTIONS: monaco.editor.IDiffEditorConstructionOptions = {
  fontFamily: EDITOR_FONT_FAMILY,
  fontSize: 15,
  lineHeight: 26,
  wordWrap: 'on',
  // 'advanced' measures every wrapped line in the DOM: ~0.5 s per 20k-character pane. CJK glyphs
  // are uniform (two columns each), so the simple strategy wraps Chinese correctly; the compare
  // view switches to 'advanced' for stories short enough to measure (exact Latin wrapping).
  wrappingStrategy: 'simple',
  // Full-width ，：；（） are "ambiguous" to Monaco and U+3000 "invisible": both are normal in Chinese.
  unicodeHighlight: {
    ambiguousCharacters: false,
    invisibleCharacters: false,
    nonBasicASCII: false,
  },
  renderWhitespace: 'none',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  renderSideBySide: true,
  useInlineViewWhenSpaceIsLimited: false,
  // Leading and trailing white space (indents, U+3000) is style, not a discrepancy.
  ignoreTrimWhitespace: true,
  renderOverviewRuler: true,
  // The 'advanced' algorithm merges diffs separated by short matches, and a blank line between
  // paragraphs is a short match: on the shared sample pages it paired every changed paragraph with
  // the one after it. The legacy LCS keeps paragraph N beside paragraph N (and still diffs by
  // character); measured no slower on the 10 x 20k bench story.
  diffAlgorithm: 'legacy',
  // One paragraph per line is normal in news text; Monaco's default 5 s cap and long-line limits
  // would otherwise fall back to whole-line diffs on a 20k-character story.
  maxComputationTime: 0,
  maxFileSize: 0,
  hideUnchangedRegions: { enabled: false },
  // The diff gutter's only menu is 'Revert block', shown when the right pane is writable: it never
  // is, so the gutter is display:none, yet it re-rendered on every scroll, model swap and view-zone
  // change and read its height each time, forcing a style and layout (~10 ms an F8, profiled).
  renderGutterMenu: false,
  originalEditable: false,
  readOnly: true,
  automaticLayout: true,
  glyphMargin: false,
  folding: false,
  lineNumbersMinChars: 3,
  overviewRulerLanes: 3,
  fixedOverflowWidgets: true,
  accessibilitySupport: 'auto',
  // Tab moves focus out of the editor instead of typing a tab character: otherwise Tab is a
  // keyboard trap (and put stray tabs into the canonical). News text never needs a typed tab;
  // Ctrl+M still toggles the mode for someone who does.
  tabFocusMode: true,
};

/** Ctrl+Left/Right (and with Shift) by Intl.Segmenter words instead of Monaco's runs of letters. */
export function installCjkWordNavigation(
  editor: monaco.editor.IStandaloneCodeEditor,
): monaco.IDisposable[] {
  const move = (forward: boolean, select: boolean) => (): void => {
    const model = editor.getModel();
    if (!model) return;
    const selections = editor.getSelections() ?? [];
    const next = selections.map((selection) => {
      const position = selection.getPosition();
      const line = model.getLineContent(position.lineNumber);
      const column = position.column - 1;
      let target = position;
      if (forward) {
        target =
          column >= line.length && position.lineNumber < model.getLineCount()
            ? new monaco.Position(position.lineNumber + 1, 1)
            : new monaco.Position(position.lineNumber, nextWordEnd(line, column) + 1);
      } else {
        target =
          column === 0 && position.lineNumber > 1
            ? new monaco.Position(
                position.lineNumber - 1,
                model.getLineMaxColumn(position.lineNumber - 1),
              )
            : new monaco.Position(position.lineNumber, previousWordStart(line, column) + 1);
      }
      return select
        ? new monaco.Selection(
            selection.selectionStartLineNumber,
            selection.selectionStartColumn,
            target.lineNumber,
            target.column,
          )
        : new monaco.Selection(target.lineNumber, target.column, target.lineNumber, target.column);
    });
    editor.setSelections(next);
    const last = next[next.length - 1];
    if (last) editor.revealPosition(last.getPosition());
  };
  const { KeyMod, KeyCode } = monaco;
  return [
    editor.addAction({
      id: 'variorum.cjkWordRight',
      label: 'Word right (CJK)',
      keybindings: [KeyMod.CtrlCmd | KeyCode.RightArrow],
      run: move(true, false),
    }),
    editor.addAction({
      id: 'variorum.cjkWordLeft',
      label: 'Word left (CJK)',
      keybindings: [KeyMod.CtrlCmd | KeyCode.LeftArrow],
      run: move(false, false),
    }),
    editor.addAction({
      id: 'variorum.cjkWordRightSelect',
      label: 'Select word right (CJK)',
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.RightArrow],
      run: move(true, true),
    }),
    editor.addAction({
      id: 'variorum.cjkWordLeftSelect',
      label: 'Select word left (CJK)',
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.LeftArrow],
      run: move(false, true),
    }),
  ];
}

export { monaco };
