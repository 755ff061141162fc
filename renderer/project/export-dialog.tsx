/**
 * The export dialog: format, which stories, line endings, house style and (for a redline) the
 * variant it starts from. Exporting with open flags first asks, saying how many, and lets the
 * editor go on (KDiff3 refuses to save unsolved merges; an editor may have reasons to export).
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import type { ExportFormat } from '../../app/export/types';
import { EXPORT_FORMATS } from '../../app/export/types';
import { useT } from '../i18n';
import { keepTabInside } from '../shell/focus-trap';
import { useAppStore } from '../store';
import { exportSummary, runExport, type ExportChoice } from './export-actions';

function isFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The dialog, shown while the store's exportDialog is set. */
export function ExportDialog(): ReactElement | null {
  const request = useAppStore((s) => s.exportDialog);
  if (!request) return null;
  return <ExportDialogBody initialFormat={isFormat(request.format) ? request.format : 'txt'} />;
}

function ExportDialogBody(props: { initialFormat: ExportFormat }): ReactElement {
  const t = useT();
  const titleId = useId();
  const close = useAppStore((s) => s.closeExportDialog);
  const variants = useAppStore((s) => s.variants);
  const baseOfStory = useAppStore((s) =>
    s.storyId ? s.reviews[s.storyId]?.baseVariant : undefined,
  );
  const [format, setFormat] = useState<ExportFormat>(props.initialFormat);
  const [scope, setScope] = useState<ExportChoice['scope']>('story');
  const [lineEnding, setLineEnding] = useState<ExportChoice['lineEnding']>('lf');
  const [houseStyle, setHouseStyle] = useState(false);
  const [redlineVariant, setRedlineVariant] = useState(
    () => variants.find((v) => v.id !== baseOfStory)?.id ?? variants[0]?.id ?? '',
  );
  const [openCount, setOpenCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Focus moves into the dialog and, when it closes, back to where the editor was (the Export button).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    firstField.current?.focus();
    return () => opener?.focus();
  }, []);
  useEffect(() => {
    if (openCount !== null) confirmButton.current?.focus();
  }, [openCount]);

  const choice: ExportChoice = {
    format,
    scope,
    lineEnding,
    houseStyle,
    ...(format === 'redline' ? { redlineVariant } : {}),
  };

  const write = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const name = await runExport(choice);
      if (name !== null) {
        useAppStore
          .getState()
          .setProjectNotice({ kind: 'info', key: 'project.exported', params: { name } });
        close();
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (openCount === null) {
      setBusy(true);
      try {
        const summary = await exportSummary(choice);
        if (summary && summary.open > 0) {
          setOpenCount(summary.open);
          return;
        }
      } catch (e) {
        setError(messageOf(e));
        return;
      } finally {
        setBusy(false);
      }
    }
    await write();
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        className="modal export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="export-dialog"
        onKeyDown={(event) => {
          // Keys typed in the dialog are the dialog's: the review's single-key shortcuts
          // (a, r, digits) listening on window must not decide a flag behind it.
          event.stopPropagation();
          if (event.key === 'Escape') close();
          keepTabInside(event);
        }}
      >
        <h2 id={titleId}>{t('project.exportTitle')}</h2>
        <form onSubmit={(e) => void submit(e)}>
          <label className="field">
            <span>{t('project.format')}</span>
            <select
              ref={firstField}
              value={format}
              onChange={(e) => {
                if (isFormat(e.target.value)) setFormat(e.target.value);
                setOpenCount(null);
              }}
              data-testid="export-format"
            >
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`project.format.${f}`)}
                </option>
              ))}
            </select>
          </label>
          {format === 'redline' ? (
            <label className="field">
              <span>{t('project.redlineVariant')}</span>
              <select
                value={redlineVariant}
                onChange={(e) => setRedlineVariant(e.target.value)}
                data-testid="export-redline-variant"
              >
                {/* Numbered as in the pane pickers and chips ("3. name"), not by internal id ("v3"). */}
                {variants.map((v, i) => (
                  <option key={v.id} value={v.id}>
                    {i + 1}. {v.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <fieldset className="field-group">
            <legend>{t('project.scope')}</legend>
            <label>
              <input
                type="radio"
                name="scope"
                checked={scope === 'story'}
                onChange={() => {
                  setScope('story');
                  setOpenCount(null);
                }}
              />
              {t('project.scopeStory')}
            </label>
            <label>
              <input
                type="radio"
                name="scope"
                checked={scope === 'all'}
                onChange={() => {
                  setScope('all');
                  setOpenCount(null);
                }}
                data-testid="export-scope-all"
              />
              {t('project.scopeAll')}
            </label>
          </fieldset>
          <fieldset className="field-group">
            <legend>{t('project.lineEnding')}</legend>
            <label>
              <input
                type="radio"
                name="eol"
                checked={lineEnding === 'lf'}
                onChange={() => setLineEnding('lf')}
              />
              {t('project.lineEnding.lf')}
            </label>
            <label>
              <input
                type="radio"
                name="eol"
                checked={lineEnding === 'crlf'}
                onChange={() => setLineEnding('crlf')}
                data-testid="export-crlf"
              />
              {t('project.lineEnding.crlf')}
            </label>
          </fieldset>
          <label className="field-check">
            <input
              type="checkbox"
              checked={houseStyle}
              onChange={(e) => setHouseStyle(e.target.checked)}
              data-testid="export-house-style"
            />
            {t('project.houseStyle')}
          </label>
          {openCount !== null ? (
            <p className="export-question" role="alert" data-testid="open-flags-question">
              {t('project.openFlagsQuestion', { count: openCount })}
            </p>
          ) : null}
          {error ? (
            <p className="export-error" role="alert">
              {t('project.exportFailed', { message: error })}
            </p>
          ) : null}
          <div className="modal-actions">
            <button type="button" onClick={close}>
              {t('project.cancel')}
            </button>
            <button
              type="submit"
              className="primary"
              disabled={busy}
              ref={confirmButton}
              data-testid="export-confirm"
            >
              {openCount !== null ? t('project.exportAnyway') : t('project.export')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
