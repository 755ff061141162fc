/** The main toolbar: open, samples, save/export, theme and language. */
import type { ReactElement, ReactNode } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import type { Language } from '../store/settings-slice';
import { openFolder, openSamples, openVariants } from './session-actions';

/** The row of commands across the top of the window. */
export function Toolbar(props: {
  onSave?: () => void;
  onExport?: () => void;
  children?: ReactNode;
}): ReactElement {
  const t = useT();
  const theme = useAppStore((s) => s.theme);
  const language = useAppStore((s) => s.language);
  const toggleTheme = useAppStore((s) => s.toggleTheme);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <span className="brand">{t('app.title')}</span>
      <button type="button" onClick={() => void openVariants()} data-testid="open-variants">
        {t('toolbar.openVariants')}
      </button>
      <button type="button" onClick={() => void openFolder()} data-testid="open-folder">
        {t('toolbar.openFolder')}
      </button>
      <button
        type="button"
        onClick={() => void openSamples('zh')}
        data-testid="open-samples"
        title={t('toolbar.samplesZh')}
      >
        {t('toolbar.samples')}
      </button>
      <button type="button" onClick={() => void openSamples('en')} title={t('toolbar.samplesEn')}>
        {t('toolbar.samplesEn')}
      </button>
      <span className="toolbar-gap" />
      {props.children}
      <button
        type="button"
        onClick={props.onSave}
        disabled={!props.onSave}
        title={props.onSave ? undefined : t('toolbar.needsComparison')}
      >
        {t('toolbar.save')}
      </button>
      <button
        type="button"
        onClick={props.onExport}
        disabled={!props.onExport}
        title={props.onExport ? undefined : t('toolbar.needsComparison')}
      >
        {t('toolbar.export')}
      </button>
      <button
        type="button"
        onClick={toggleTheme}
        aria-pressed={theme === 'dark'}
        data-testid="toggle-theme"
      >
        {t('toolbar.themeValue', {
          theme: theme === 'dark' ? t('toolbar.themeDark') : t('toolbar.themeLight'),
        })}
      </button>
      <label className="toolbar-select">
        <span className="visually-hidden">{t('toolbar.language')}</span>
        <select
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
          data-testid="language"
        >
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
    </header>
  );
}
