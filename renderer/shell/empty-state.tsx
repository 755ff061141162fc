/** What the workspace shows before any variant is open: a drop zone and the samples. */
import type { ReactElement } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { openSamples, openVariants } from './session-actions';

/** The empty workspace. */
export function EmptyState(): ReactElement {
  const t = useT();
  const single = useAppStore((s) => (s.variants.length === 1 ? s.variants[0]?.name : undefined));
  return (
    <div className="empty-state" data-testid="empty-state">
      <div className="drop-zone">
        <h1>{t('empty.title')}</h1>
        <p>{t('empty.body')}</p>
        {single ? <p className="empty-one-more">{t('empty.oneMore', { name: single })}</p> : null}
        <p className="drop-hint">{t('empty.drop')}</p>
        <div className="empty-actions">
          <button type="button" className="primary" onClick={() => void openVariants()}>
            {t('toolbar.openVariants')}
          </button>
          <button type="button" onClick={() => void openSamples('zh')}>
            {t('empty.openSamples')}
          </button>
        </div>
      </div>
    </div>
  );
}
