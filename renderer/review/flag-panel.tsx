/**
 * The flag panel: every flag of the current story grouped by paragraph, with filters, counts per
 * category, bulk actions, and the current flag's decisions (the list: flag-list.tsx), or an empty
 * state saying why there is none. Selecting a flag moves the session's current flag, which the
 * editor reveals.
 */
import { useEffect, type ReactElement } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { FlagList } from './flag-list';
import { useCurrentStory, useHasReview } from './use-review';
import { useReviewKeyboard } from './use-review-keyboard';

/** The flag list and decisions for the current story, or an empty state saying why there is none. */
export function FlagPanel(): ReactElement {
  const t = useT();
  const story = useCurrentStory();
  // Whether there is a review, not the review: the panel must not re-render on every keystroke.
  const hasReview = useHasReview();
  const hasResult = useAppStore((s) => s.result !== null);
  const noShared = useAppStore((s) => s.result !== null && s.result.stories.length === 0);
  const storyId = useAppStore((s) => s.storyId);
  const ensureReview = useAppStore((s) => s.ensureReview);
  // The panel is mounted whenever the workspace is, so it carries the review keyboard.
  useReviewKeyboard();

  // A story chosen by the session (e.g. the lead story after a comparison) gets its review here.
  useEffect(() => {
    if (storyId && !hasReview) ensureReview();
  }, [storyId, hasReview, ensureReview, hasResult]);

  if (!hasResult) return <EmptyPanel title={t('review.waiting')} />;
  if (noShared) return <EmptyPanel title={t('review.noShared')} body={t('review.noSharedBody')} />;
  if (!story) return <EmptyPanel title={t('review.noStory')} body={t('review.noStoryBody')} />;
  if (!hasReview) return <EmptyPanel title={t('review.preparing')} />;
  if (story.flags.length === 0)
    return <EmptyPanel title={t('review.noFlags')} body={t('review.noFlagsBody')} tone="good" />;
  return <FlagList />;
}

function EmptyPanel(props: { title: string; body?: string; tone?: 'good' }): ReactElement {
  return (
    <div
      className={`review-empty${props.tone ? ` ${props.tone}` : ''}`}
      data-testid="flag-panel-empty"
    >
      <p className="review-empty-title">{props.title}</p>
      {props.body ? <p className="muted">{props.body}</p> : null}
    </div>
  );
}
