/**
 * The keyboard, written down: a folded list in the sidebar of every key the workspace answers to,
 * so that an editor finds n / p, a / r / e and 1–9 without reading the manual.
 */
import type { ReactElement } from 'react';
import { useT, type MessageKey } from '../i18n';

/**
 * Key caps and what they do. The caps are the same Latin keys on a Chinese keyboard, so they are
 * data here rather than messages; what they do is translated.
 */
export const KEY_HELP: readonly (readonly [keys: readonly string[], action: MessageKey])[] = [
  [['F8', 'n'], 'keys.next'],
  [['Shift+F8', 'p'], 'keys.previous'],
  [['A'], 'keys.accept'],
  [['R'], 'keys.reject'],
  [['1–9'], 'keys.digits'],
  [['E'], 'keys.edit'],
  [['Alt+1–9'], 'keys.variant'],
  [['/'], 'keys.search'],
  [['Ctrl+Z', 'Ctrl+Y'], 'keys.undo'],
  [['Tab', 'Shift+Tab'], 'keys.tab'],
  [['Ctrl+S'], 'keys.save'],
  [['Ctrl+Shift+E'], 'keys.export'],
];

/** A folded "Keyboard" section listing KEY_HELP. */
export function KeyHelp(): ReactElement {
  const t = useT();
  return (
    <details className="sidebar-section key-help" data-testid="key-help">
      <summary>{t('keys.heading')}</summary>
      <dl>
        {KEY_HELP.map(([keys, action]) => (
          <div key={action} className="key-row">
            <dt>
              {keys.map((key, i) => (
                <kbd key={i}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
