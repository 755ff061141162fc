/**
 * The review keyboard, mounted once by the shell: F8 / Shift+F8 and n / p walk flags, a takes the
 * suggested reading, r keeps the canonical as it is, e edits by hand, 1–9 take the n-th reading,
 * Alt+1–9 show the n-th variant on the right, / focuses the filter, Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z
 * undo and redo. Letters and digits are left alone while the editor types in the canonical or an input.
 */
import { useEffect } from 'react';
import { trackKeyTimes } from '../editor/perf-marks';
import { getApi } from '../platform';
import { useAppStore } from '../store';
import { FILTER_INPUT_ID } from './flag-filters';
import { keyToAction, type ReviewKeyAction } from './key-map';

/** True when keys go to text: an input, a select, a text area, editable content, or Monaco. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Carries out a review key action against the store. */
export function runKeyAction(action: ReviewKeyAction): void {
  const store = useAppStore.getState();
  switch (action.type) {
    case 'next':
      // The editor measures "variorum:next-flag" from this key press to the frame that reveals it.
      store.nextFlag();
      return;
    case 'previous':
      store.previousFlag();
      return;
    case 'accept':
      store.accept();
      return;
    case 'reject':
      store.reject();
      return;
    case 'pick':
      store.pickAt(action.index);
      return;
    case 'edit':
      store.editCurrent();
      return;
    case 'focus-filter':
      document.getElementById(FILTER_INPUT_ID)?.focus();
      return;
    case 'undo':
      store.undo();
      return;
    case 'redo':
      store.redo();
      return;
    case 'show-variant':
      store.showVariantAt(action.index);
      return;
  }
}

/** How many components mounted the hook: only the first installs the listener, so keys never act twice. */
let mounted = 0;

/** Installs the review keyboard on the window while the component using it is mounted. */
export function useReviewKeyboard(): void {
  useEffect(() => {
    mounted += 1;
    // Before our listener: the next-flag measure starts at this key press, not the one before.
    trackKeyTimes();
    if (mounted > 1) {
      return () => {
        mounted -= 1;
      };
    }
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target;
      const inFlagPanel =
        target instanceof HTMLElement && target.closest('[data-flag-panel]') !== null;
      const inEditor = target instanceof HTMLElement && target.closest('.monaco-editor') !== null;
      const action = keyToAction(event, { typing: isTyping(target), inFlagPanel, inEditor });
      if (!action) return;
      // Buttons take Enter and Space; the review's letters never clash with them.
      event.preventDefault();
      event.stopPropagation();
      runKeyAction(action);
    };
    // Capture phase: F8 and undo must reach us before Monaco, which binds them itself.
    window.addEventListener('keydown', onKey, true);
    const unsubscribe = getApi().onCommand((command) => {
      if (command.type === 'undo') useAppStore.getState().undo();
      if (command.type === 'redo') useAppStore.getState().redo();
    });
    return () => {
      mounted -= 1;
      window.removeEventListener('keydown', onKey, true);
      unsubscribe();
    };
  }, []);
}
