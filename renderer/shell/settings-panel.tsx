/** The sidebar's settings: who is editing (written into every decision and the redline). */
import { useId, type ReactElement } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';

/** The editor's name, remembered across sessions. */
export function SettingsPanel(): ReactElement {
  const t = useT();
  const id = useId();
  const editorName = useAppStore((s) => s.editorName);
  const setEditorName = useAppStore((s) => s.setEditorName);
  return (
    <section className="sidebar-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.heading')}</h2>
      <label className="field" htmlFor={`${id}-editor`}>
        {t('settings.editorName')}
      </label>
      <input
        id={`${id}-editor`}
        className="text-input"
        type="text"
        value={editorName}
        placeholder={t('settings.editorNamePlaceholder')}
        onChange={(e) => setEditorName(e.target.value)}
        data-testid="editor-name"
      />
    </section>
  );
}
