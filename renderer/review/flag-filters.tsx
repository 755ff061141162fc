/** The flag list's header: counts per category as filter toggles, status and variant filters, text search. */
import type { ReactElement } from 'react';
import { CATEGORIES, type Story } from '../../app/model/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { NO_FILTER, STATUSES, type FlagCounts } from '../../app/review/queries';
import type { VariantLook } from './use-review';

/** The id of the text filter, focused by the "/" key. */
export const FILTER_INPUT_ID = 'review-filter-text';

/** Filters by category (with counts), status and variant, and a text search. */
export function FlagFilters(props: {
  story: Story;
  counts: FlagCounts;
  looks: ReadonlyMap<string, VariantLook>;
}): ReactElement {
  const t = useT();
  const filter = useAppStore((s) => s.reviewFilter);
  const setFilter = useAppStore((s) => s.setReviewFilter);
  const carrying = [...new Set(props.story.spans.map((s) => s.variant))];
  const active =
    filter !== NO_FILTER &&
    (filter.categories.length > 0 ||
      filter.statuses.length > 0 ||
      filter.variant !== null ||
      filter.text !== '');
  return (
    <div className="flag-filters">
      <CategoryToggles counts={props.counts} />
      <div className="filter-row">
        <select
          aria-label={t('review.filterStatus')}
          data-testid="filter-status"
          value={filter.statuses[0] ?? ''}
          onChange={(e) =>
            setFilter({
              statuses: e.target.value ? [e.target.value as (typeof STATUSES)[number]] : [],
            })
          }
        >
          <option value="">{t('review.allStatuses')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`review.status.${status}`)} ({props.counts.byStatus[status]})
            </option>
          ))}
        </select>
        <select
          aria-label={t('review.filterVariant')}
          data-testid="filter-variant"
          value={filter.variant ?? ''}
          onChange={(e) => setFilter({ variant: e.target.value || null })}
        >
          <option value="">{t('review.allVariants')}</option>
          {carrying.map((id) => (
            <option key={id} value={id}>
              {t('review.variantDiffers', { name: props.looks.get(id)?.name ?? id })}
            </option>
          ))}
        </select>
        <input
          id={FILTER_INPUT_ID}
          type="search"
          className="filter-text"
          // Short enough to show whole beside the two selects; the key is in the name and the tooltip.
          placeholder={t('review.filterPlaceholder')}
          title={t('review.filterText')}
          aria-label={t('review.filterText')}
          value={filter.text}
          onChange={(e) => setFilter({ text: e.target.value })}
          onKeyDown={(e) => {
            // Escape leaves the search and gives the keys back to the review.
            if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
          }}
        />
        {active ? (
          <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
            {t('review.clearFilter')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** One toggle per category, with its count; a category with no flags cannot be turned on. */
function CategoryToggles(props: { counts: FlagCounts }): ReactElement {
  const t = useT();
  const filter = useAppStore((s) => s.reviewFilter);
  const setFilter = useAppStore((s) => s.setReviewFilter);
  return (
    <div className="category-toggles" role="group" aria-label={t('review.filterCategory')}>
      {CATEGORIES.map((category) => {
        const on = filter.categories.includes(category);
        const count = props.counts.byCategory[category];
        return (
          <button
            key={category}
            type="button"
            className={`cat-toggle cat-${category}${on ? ' on' : ''}`}
            aria-pressed={on}
            disabled={count === 0 && !on}
            data-testid={`filter-${category}`}
            onClick={() =>
              setFilter({
                categories: on
                  ? filter.categories.filter((c) => c !== category)
                  : [...filter.categories, category],
              })
            }
          >
            <span className="cat-dot" aria-hidden="true" />
            {t(`category.${category}`)} <span className="count">{count}</span>
          </button>
        );
      })}
    </div>
  );
}
