/** The alignment progress bar: shown while the worker compares. */
import type { ReactElement } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';

const PHASES = new Set(['decode', 'stories', 'align', 'classify', 'done']);

/** A thin determinate bar with the phase in words. */
export function ProgressBar(): ReactElement | null {
  const t = useT();
  const progress = useAppStore((s) => s.progress);
  if (!progress) return null;
  const percent = Math.round(Math.max(0, Math.min(1, progress.fraction)) * 100);
  const phase = PHASES.has(progress.phase) ? t(`progress.${progress.phase}`) : t('progress.working');
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
    </div>
  );
}
