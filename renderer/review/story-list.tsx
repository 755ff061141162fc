/** The sidebar's stories: shared stories (variants carrying them, flag counts per category), then stories found in one variant only. */
import { useMemo, type ReactElement } from 'react';
import { CATEGORIES, type Story, type UniqueStory } from '../../app/model/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { countFlags, type FlagCounts } from '../../app/review/queries';
import { useDeferredReviews, useVariantLooks, type VariantLook } from './use-review';
import { VariantChip } from './variant-chip';

/** Every shared story as a button that opens it; unique stories listed apart, not openable for review. */
export function StoryList(): ReactElement {
  const t = useT();
  const result = useAppStore((s) => s.result);
  const storyId = useAppStore((s) => s.storyId);
  // Counts lag a frame behind typing and decisions (see useStoreAfterFrame).
  const reviews = useDeferredReviews();
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
        {rows.map((row) => (
          <li key={row.story.id}>
            <StoryItem
              {...row}
              current={row.story.id === storyId}
              reviewed={reviews[row.story.id] !== undefined}
              looks={looks}
            />
          </li>
        ))}
      </ul>
      {unique.length > 0 ? <UniqueStories stories={unique} looks={looks} /> : null}
    </div>
  );
}

/** One shared story: its title, the pages carrying it (and missing it), its flag counts and progress. */
function StoryItem(props: {
  story: Story;
  variants: readonly string[];
  counts: FlagCounts;
  current: boolean;
  reviewed: boolean;
  looks: ReadonlyMap<string, VariantLook>;
}): ReactElement {
  const t = useT();
  const openStory = useAppStore((s) => s.openStory);
  const { story, variants, counts, looks } = props;
  const decided = counts.total - counts.byStatus.open;
  return (
    <button
      type="button"
      className={`story-item${props.current ? ' current' : ''}`}
      aria-current={props.current ? 'true' : undefined}
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
          {variants.map((id) => (
            <VariantChip
              key={id}
              look={looks.get(id)}
              size="tiny"
              title={looks.get(id)?.name ?? id}
            />
          ))}
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
      {counts.total > 0 ? <CategoryCounts counts={counts} /> : null}
      {props.reviewed && counts.total > 0 ? (
        <span className="story-progress" aria-hidden="true">
          <span style={{ width: `${(decided / counts.total) * 100}%` }} />
        </span>
      ) : null}
    </button>
  );
}

/** A story's flags per category, in whole category words: "N2 P3" read like codes to the editors who tried it. */
function CategoryCounts({ counts }: { counts: FlagCounts }): ReactElement {
  const t = useT();
  return (
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
  );
}

/** Stories found in one variant only, folded away: listed, not openable for review. */
function UniqueStories(props: {
  stories: readonly UniqueStory[];
  looks: ReadonlyMap<string, VariantLook>;
}): ReactElement {
  const t = useT();
  return (
    <details className="unique-stories">
      <summary>{t('review.unique', { count: props.stories.length })}</summary>
      <ul>
        {props.stories.map((story) => {
          const variant = story.spans[0]?.variant ?? '';
          const look = props.looks.get(variant);
          return (
            <li key={story.id} className="unique-item" title={story.title}>
              <VariantChip look={look} size="tiny" />
              <span className="story-title">{story.title || t('review.untitled')}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
