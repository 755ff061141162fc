/** The sidebar's list of opened variants, with the files that could not be opened. */
import type { ReactElement } from 'react';
import { useT } from '../i18n';
import { chipStyle } from '../review/use-review';
import { useAppStore } from '../store';
import { removePage } from './session-actions';

/** Colour chip, file name, encoding and length per variant; failures with their message. */
export function VariantsList(): ReactElement {
  const t = useT();
  const variants = useAppStore((s) => s.variants);
  const failures = useAppStore((s) => s.failures);
  const dismissFailure = useAppStore((s) => s.dismissFailure);
  return (
    <section className="sidebar-section" aria-labelledby="variants-heading">
      <h2 id="variants-heading">{t('variants.heading')}</h2>
      {variants.length === 0 && failures.length === 0 ? (
        <p className="muted">{t('variants.empty')}</p>
      ) : null}
      <ul className="variants-list" data-testid="variants-list">
        {variants.map((v, index) => (
          <li key={v.id} className="variant-item" data-variant={v.id}>
            <span className="chip" style={chipStyle(v.colour)} aria-hidden="true">
              {index + 1}
            </span>
            <span className="variant-text">
              <span className="variant-name" title={v.path}>
                {v.name}
              </span>
              <span className="variant-meta">
                {v.encoding} · {t('variants.length', { count: v.text.length.toLocaleString() })}
              </span>
              {v.warning ? (
                // The decoder's remarks are English; the one it makes today (an empty file) is said in the UI language.
                <span className="variant-warning" title={v.warning}>
                  {v.text.length === 0 ? t('variants.emptyFile') : v.warning}
                </span>
              ) : null}
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('variants.remove', { name: v.name })}
              title={t('variants.remove', { name: v.name })}
              data-testid="remove-variant"
              onClick={() => void removePage(v.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {failures.length > 0 ? (
        <ul className="failures-list" data-testid="failures-list">
          {failures.map((f, index) => (
            <li key={`${f.path}-${index}`} className="failure-item" role="alert" data-code={f.code}>
              <span className="failure-text">
                <strong>{t('variants.failed', { name: f.name })}</strong>
                {/* What to do, in the UI language; the loader's exact (English) reason on hover. */}
                <span title={f.message}>{t(`variants.error.${f.code}`)}</span>
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('variants.dismiss')}
                onClick={() => dismissFailure(index)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
