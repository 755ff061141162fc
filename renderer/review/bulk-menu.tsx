/** Bulk decisions: take the majority, or keep the canonical, for every open flag of a category or of the filter. */
import { useRef, type ReactElement } from 'react';
import { CATEGORIES } from '../../app/model/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import type { BulkRequest } from '../store/review-slice';
import type { FlagCounts } from '../../app/review/queries';

/** A disclosure menu of bulk actions; each closes the menu and is one undo step. */
export function BulkMenu(props: { openCounts: FlagCounts }): ReactElement {
  const t = useT();
  const bulk = useAppStore((s) => s.bulk);
  const details = useRef<HTMLDetailsElement>(null);
  const run = (request: BulkRequest): void => {
    bulk(request);
    if (details.current) details.current.open = false;
  };
  return (
    <details
      className="bulk-menu"
      ref={details}
      onKeyDown={(e) => {
        // Escape closes the menu as it closes every menu, and gives focus back to its button.
        if (e.key !== 'Escape' || !details.current?.open) return;
        details.current.open = false;
        details.current.querySelector('summary')?.focus();
        e.stopPropagation();
      }}
    >
      <summary data-testid="bulk-menu">{t('review.bulk')}</summary>
      <div className="bulk-items" role="menu">
        <button
          type="button"
          role="menuitem"
          onClick={() => run({ action: 'majority', category: null, useFilter: true })}
        >
          {t('review.bulkMajorityFiltered')}
        </button>
        {CATEGORIES.filter((c) => props.openCounts.byCategory[c] > 0).map((category) => (
          <button
            key={category}
            type="button"
            role="menuitem"
            data-testid={`bulk-majority-${category}`}
            onClick={() => run({ action: 'majority', category, useFilter: false })}
          >
            {t('review.bulkMajority', {
              category: t(`category.${category}`),
              count: props.openCounts.byCategory[category],
            })}
          </button>
        ))}
        <button
          type="button"
          role="menuitem"
          onClick={() => run({ action: 'reject', category: null, useFilter: true })}
        >
          {t('review.bulkRejectFiltered')}
        </button>
      </div>
    </details>
  );
}
