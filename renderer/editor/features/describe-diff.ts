/**
 * What the side-by-side shows as changed, as plain data for the e2e specs (through the editor
 * handle and the test hook): both panes' lines, the diff's line changes, and the lines that carry a
 * "changed" decoration — Monaco's inserted/deleted marks, or a flag the two panes read differently.
 */
import type { DiffDescription } from '../diff-probe';
import type { monaco } from '../monaco-setup';
import { diffedByEngine } from './engine-diff-provider';

const DIFF_CLASS = /^(char-insert|char-delete|line-insert|line-delete)$/;

function changedLines(code: monaco.editor.ICodeEditor): number[] {
  const model = code.getModel();
  if (!model) return [];
  const lines = new Set<number>();
  for (const decoration of model.getAllDecorations()) {
    const classes = `${decoration.options.className ?? ''} ${decoration.options.inlineClassName ?? ''}`;
    const tokens = classes.split(/\s+/);
    const flagged = tokens.includes('flag') && !tokens.includes('flag-agree');
    if (!tokens.some((token) => DIFF_CLASS.test(token)) && !flagged) continue;
    const { startLineNumber, endLineNumber, endColumn } = decoration.range;
    // A range ending at column 1 of a line does not touch that line's text.
    const last =
      endColumn === 1 && endLineNumber > startLineNumber ? endLineNumber - 1 : endLineNumber;
    for (let line = startLineNumber; line <= last; line += 1) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

/** The diff editor's state, described. */
export function describeDiff(editor: monaco.editor.IStandaloneDiffEditor): DiffDescription {
  const original = editor.getOriginalEditor();
  const modified = editor.getModifiedEditor();
  const models = editor.getModel();
  return {
    left: original.getModel()?.getLinesContent() ?? [],
    right: modified.getModel()?.getLinesContent() ?? [],
    changes: (editor.getLineChanges() ?? []).map((c) => ({
      leftStart: c.originalStartLineNumber,
      leftEnd: c.originalEndLineNumber,
      rightStart: c.modifiedStartLineNumber,
      rightEnd: c.modifiedEndLineNumber,
    })),
    changedLeft: changedLines(original),
    changedRight: changedLines(modified),
    fromEngine: models ? diffedByEngine(models.original.uri, models.modified.uri) : false,
  };
}
