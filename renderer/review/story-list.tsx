/** The sidebar's stories: shared stories (variants carrying them, flag counts per category), then stories found in one variant only. */
import { useMemo, type ReactElement } from 'react';
import { CATEGORIES } from '../../app/model/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { countFlags } from '../../app/review/queries';
import { chipStyle, useDeferredReviews, useVariantLooks } from './use-review';

/** Every shared story as a button that opens it; unique stories listed apart, not openable for review. */
export function StoryList(): ReactElement {
  const t = useT();
  const result = useAppStore((s) => s.result);
  const storyId = useAppStore((s) => s.storyId);
  // Counts lag a frame behind typing and decisions (see useStoreAfterFrame).
  const reviews = useDeferredReviews();
  const openStory = useAppStore((s) => s.openStory);
  const looks = useVariantLooks();
  const rows = useMemo(
    () =>
      (result?.stories ?? []).map((story) => ({
        story,
        variants: [...new Set(story.spans.map((s) => s.variant))],
        counts: countFlags(story.flags, reviews[story.id]),
      })),
    [result, reviews],
  );
  if (!result) return <p className="muted">{t('review.storiesNone')}</p>;
  const unique = result.unique ?? [];
  return (
    <div className="story-list" data-testid="story-list">
      {rows.length === 0 ? <p className="muted">{t('review.noShared')}</p> : null}
      <ul className="stories">
        {rows.map(({ story, variants, counts }) => {
          const decided = counts.total - counts.byStatus.open;
          return (
            <li key={story.id}>
              <button
                type="button"
                className={`story-item${story.id === storyId ? ' current' : ''}`}
                aria-current={story.id === storyId ? 'true' : undefined}
                data-story-id={story.id}
                onClick={() => openStory(story.id)}
              >
                <span className="story-title" title={story.title}>
                  {story.title || t('review.untitled')}
                </span>
                <span className="story-meta">
                  <span
                    className="story-chips"
                    aria-label={t('review.carriedBy', { count: variants.length })}
                  >
                    {variants.map((id) => {
                      const look = looks.get(id);
                      return (
                        <span
                          key={id}
                          className="chip tiny"
                          style={chipStyle(look?.colour)}
                          title={look?.name ?? id}
                        >
                          {look?.number ?? ''}
                        </span>
                      );
                    })}
                    {(story.missing ?? []).map((id) => (
                      <span
                        key={id}
                        className="chip tiny missing"
                        title={t('review.missingIn', { name: looks.get(id)?.name ?? id })}
                      >
                        {looks.get(id)?.number ?? ''}
                      </span>
                    ))}
                  </span>
                  {counts.total === 0 ? <span className="muted">{t('review.agree')}</span> : null}
                </span>
                {counts.total > 0 ? (
                  // Whole category words, not letters: "N2 P3" read like codes to the editors who tried it.
                  <span className="story-counts">
                    {CATEGORIES.filter((c) => counts.byCategory[c] > 0).map((c) => {
                      const label = t('review.countTitle', {
                        category: t(`category.${c}`),
                        count: counts.byCategory[c],
                      });
                      return (
                        <span
                          key={c}
                          className={`count-badge cat-${c}`}
                          title={label}
                          aria-label={label}
                          data-testid={`count-${c}`}
                        >
                          {t(`category.${c}`)} <b>{counts.byCategory[c]}</b>
                        </span>
                      );
                    })}
                  </span>
                ) : null}
                {reviews[story.id] && counts.total > 0 ? (
                  <span className="story-progress" aria-hidden="true">
                    <span style={{ width: `${(decided / counts.total) * 100}%` }} />
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      {unique.length > 0 ? (
        <details className="unique-stories">
          <summary>{t('review.unique', { count: unique.length })}</summary>
          <ul>
            {unique.map((story) => {
              const variant = story.spans[0]?.variant ?? '';
              const look = looks.get(variant);
              return (
                <li key={story.id} className="unique-item" title={story.title}>
                  <span className="chip tiny" style={chipStyle(look?.colour)}>
                    {look?.number ?? ''}
                  </span>
                  <span className="story-title">{story.title || t('review.untitled')}</span>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
