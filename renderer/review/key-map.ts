/**
 * The review keyboard as a pure function: a key press and where focus is → the action it means.
 * Kept apart from the React hook so that every binding is testable in plain Node.
 */

/** The few fields of a KeyboardEvent the map looks at. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** The physical key ("Digit1"): Alt+digit gives other characters in `key` on some layouts. */
  readonly code?: string;
}

/** Where keyboard focus is when the key is pressed. */
export interface KeyContext {
  /** True while the caret is in the canonical editor, an input, a select or a text area. */
  readonly typing: boolean;
  /** True while focus is inside the flag panel. Keys mean the same there as anywhere else. */
  readonly inFlagPanel: boolean;
  /** True while the caret is in the Monaco editor (the canonical): undo there is the review's. */
  readonly inEditor?: boolean;
}

/** What a key asks the review workspace to do. */
export type ReviewKeyAction =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'accept' }
  | { readonly type: 'reject' }
  | { readonly type: 'edit' }
  | { readonly type: 'pick'; readonly index: number }
  | { readonly type: 'show-variant'; readonly index: number }
  | { readonly type: 'focus-filter' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

/** Maps a key press to a review action, or null when the key is not ours (it then reaches the page). */
export function keyToAction(press: KeyPress, context: KeyContext): ReviewKeyAction | null {
  const command = press.ctrlKey || press.metaKey;
  // F8 works everywhere, even in the canonical editor, as in VS Code's "next change".
  if (press.key === 'F8' && !command && !press.altKey) {
    return press.shiftKey ? { type: 'previous' } : { type: 'next' };
  }
  if (command && !press.altKey) {
    const key = press.key.toLowerCase();
    // In the canonical editor undo is the review's, one history for decisions and typing (Monaco's
    // own stack would undo a decision's text as a hand edit). In an input, undo is the input's.
    if (context.typing && !context.inEditor) return null;
    if (key === 'z') return press.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y' && !press.shiftKey) return { type: 'redo' };
    return null;
  }
  if (context.typing) return null;
  // Alt+1–9 shows the n-th variant on the right, wherever focus is (digits alone pick readings).
  const digit =
    /^Digit([1-9])$/.exec(press.code ?? '')?.[1] ??
    (/^[1-9]$/.test(press.key) ? press.key : undefined);
  if (press.altKey)
    return digit !== undefined && !press.shiftKey
      ? { type: 'show-variant', index: Number(digit) - 1 }
      : null;
  switch (press.key) {
    case 'n':
      return { type: 'next' };
    case 'p':
      return { type: 'previous' };
    case 'a':
      return { type: 'accept' };
    case 'r':
      return { type: 'reject' };
    case 'e':
      return { type: 'edit' };
    case '/':
      return { type: 'focus-filter' };
    default:
      break;
  }
  // Digits always pick the n-th reading of the current flag: one meaning, whatever has focus.
  if (/^[1-9]$/.test(press.key)) return { type: 'pick', index: Number(press.key) - 1 };
  return null;
}
