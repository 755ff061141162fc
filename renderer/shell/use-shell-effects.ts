/** The shell's global effects: start-up open, menu commands, theme and language on <html>. */
import { useEffect } from 'react';
import type { AppCommand } from '../../app/ipc/contract';
import { getApi } from '../platform';
import { useAppStore } from '../store';
import { openFolder, openVariants, takeOpened } from './session-actions';

/** True when the key goes to a text field (or the Monaco editor) and must not be a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('.monaco-editor')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Carries out a menu or OS command. */
export function handleCommand(
  command: AppCommand,
  handlers: { onSave?: () => void; onExport?: (format: string) => void },
): void {
  const store = useAppStore.getState();
  switch (command.type) {
    case 'open-variants':
      void openVariants();
      return;
    case 'open-folder':
      void openFolder();
      return;
    case 'files-opened':
      void takeOpened(command.result);
      return;
    case 'toggle-theme':
      store.toggleTheme();
      return;
    case 'set-language':
      store.setLanguage(command.language);
      return;
    case 'save-project':
    case 'save-project-as':
      handlers.onSave?.();
      return;
    case 'export':
      handlers.onExport?.(command.format);
      return;
    default:
      // undo/redo/open-project/about belong to the review workspace and the project code; they
      // listen to the same command stream.
      return;
  }
}

/** Installs the shell's global effects once. */
export function useShellEffects(
  start: () => Promise<void>,
  handlers: { onSave?: () => void; onExport?: (format: string) => void },
): void {
  const theme = useAppStore((s) => s.theme);
  const language = useAppStore((s) => s.language);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => getApi().onCommand((command) => handleCommand(command, handlers)), [handlers]);
}
