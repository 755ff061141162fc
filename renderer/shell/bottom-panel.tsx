/** The bottom panel: tabs for tables about the story (numbers first). */
import { useState, type ReactElement, type ReactNode } from 'react';
import { useT } from '../i18n';

/** One tab of the bottom panel. */
export interface BottomTab {
  readonly id: string;
  /** i18n key of the tab's label. */
  readonly label: string;
  readonly content: ReactNode;
}

/**
 * A tab strip with one visible panel; arrow keys move between tabs (WAI-ARIA tabs pattern). The
 * panel can be folded down to its tab strip, which gives the editor the height on a small screen;
 * choosing a tab unfolds it again.
 */
export function BottomPanel(props: { tabs: readonly BottomTab[] }): ReactElement {
  const t = useT();
  const [active, setActive] = useState(props.tabs[0]?.id ?? '');
  const [folded, setFolded] = useState(false);
  const current = props.tabs.find((tab) => tab.id === active) ?? props.tabs[0];
  const choose = (id: string): void => {
    setActive(id);
    setFolded(false);
  };
  return (
    <section className={`bottom-panel${folded ? ' folded' : ''}`} aria-label={t('bottom.label')}>
      <div className="tabs">
        <div role="tablist" className="tab-list">
          {props.tabs.map((tab, index) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={tab.id === current?.id}
              aria-controls={`panel-${tab.id}`}
              tabIndex={tab.id === current?.id ? 0 : -1}
              onClick={() => choose(tab.id)}
              onKeyDown={(e) => {
                const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                if (!step) return;
                const next = props.tabs[(index + step + props.tabs.length) % props.tabs.length];
                if (next) choose(next.id);
              }}
            >
              {t(tab.label)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="tab-fold"
          aria-expanded={!folded}
          aria-controls={current ? `panel-${current.id}` : undefined}
          onClick={() => setFolded(!folded)}
        >
          {t(folded ? 'bottom.show' : 'bottom.hide')}
        </button>
      </div>
      {current && !folded ? (
        <div
          role="tabpanel"
          id={`panel-${current.id}`}
          aria-labelledby={`tab-${current.id}`}
          className="tab-panel"
        >
          {current.content}
        </div>
      ) : null}
    </section>
  );
}
