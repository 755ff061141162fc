/** Error banners across the top of the workspace, each dismissible. */
import type { ReactElement } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';

/** The stack of error banners. */
export function Banners(): ReactElement | null {
  const t = useT();
  const banners = useAppStore((s) => s.banners);
  const dismiss = useAppStore((s) => s.dismissBanner);
  if (banners.length === 0) return null;
  return (
    <div className="banners">
      {banners.map((b) => (
        <div key={b.id} className="banner banner-error" role="alert">
          <span>{t(b.key, b.params)}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('error.dismiss')}
            onClick={() => dismiss(b.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
