/**
 * A failed comparison, said where the editor looks: which page it is pinned on (the others are
 * compared without it) or, when none could be singled out, every page of the failed comparison.
 */
import type { ReactElement } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';

/** The failure notice under the toolbar, until dismissed or the next comparison starts. */
export function CompareFailureNotice(): ReactElement | null {
  const t = useT();
  const failure = useAppStore((s) => s.compareFailure);
  const dismiss = useAppStore((s) => s.setCompareFailure);
  if (!failure) return null;
  const text = failure.file
    ? t('error.compareFile', { name: failure.file.name, message: failure.message })
    : t('error.compareAll', { files: failure.files.join(', '), message: failure.message });
  return (
    <div className="banner banner-error" role="alert" data-testid="compare-failure">
      <span>{text}</span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('error.dismiss')}
        onClick={() => dismiss(null)}
      >
        ×
      </button>
    </div>
  );
}
