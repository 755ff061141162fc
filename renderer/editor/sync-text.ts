/** Bringing a Monaco model to a new text with the smallest edit, so the caret and scroll stay put. */
import type { monaco } from './monaco-setup';

/** The common prefix and suffix of two strings, as the one replacement that turns `from` into `to`. */
export function minimalReplacement(
  from: string,
  to: string,
): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start += 1;
  let suffix = 0;
  while (
    suffix < max - start &&
    from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)
  )
    suffix += 1;
  return { start, end: from.length - suffix, text: to.slice(start, to.length - suffix) };
}

/** Replaces only the part of the model that differs from `text`. */
export function applyMinimalEdit(model: monaco.editor.ITextModel, text: string): void {
  const edit = minimalReplacement(model.getValue(), text);
  const start = model.getPositionAt(edit.start);
  const end = model.getPositionAt(edit.end);
  model.pushEditOperations(
    [],
    [
      {
        range: {
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        },
        text: edit.text,
      },
    ],
    () => null,
  );
}
