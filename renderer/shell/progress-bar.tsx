/** The alignment progress bar: shown while the worker compares, with its Cancel (also Escape). */
import { useEffect, type ReactElement } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { cancelComparison } from './session-actions';

const PHASES = new Set(['decode', 'stories', 'align', 'classify', 'done']);

/**
 * True when Escape at this target belongs to something else: a dialog (it closes the dialog) or a
 * text field (the search gives its keys back). Anywhere else, Escape cancels a running comparison.
 */
function escapeTakenElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      '[role="dialog"], [role="alertdialog"], input, select, [contenteditable="true"]',
    ) !== null
  );
}

/** Escape cancels the running comparison while `active`. */
function useEscapeCancels(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || escapeTakenElsewhere(event.target))
        return;
      if (cancelComparison()) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}

/** A thin determinate bar with the phase in words, and Cancel. */
export function ProgressBar(): ReactElement | null {
  const t = useT();
  const progress = useAppStore((s) => s.progress);
  useEscapeCancels(progress !== null);
  if (!progress) return null;
  const percent = Math.round(Math.max(0, Math.min(1, progress.fraction)) * 100);
  const phase = PHASES.has(progress.phase)
    ? t(`progress.${progress.phase}`)
    : t('progress.working');
  return (
    <div className="progress" data-testid="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">
        {t('progress.label')} · {phase} {percent}%
      </span>
      <button
        type="button"
        className="progress-cancel"
        aria-keyshortcuts="Escape"
        title={t('progress.cancelHint')}
        onClick={() => cancelComparison()}
        data-testid="cancel-compare"
      >
        {t('progress.cancel')}
      </button>
    </div>
  );
}
