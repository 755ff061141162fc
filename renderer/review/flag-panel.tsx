/**
 * The flag panel: every flag of the current story grouped by paragraph, with filters, counts per
 * category, bulk actions, and the current flag's decisions. Selecting a flag moves the session's
 * current flag, which the editor reveals.
 */
import { memo, useEffect, useMemo, useRef, type ReactElement } from 'react';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { BasePicker } from './base-picker';
import { BulkMenu } from './bulk-menu';
import { FlagFilters } from './flag-filters';
import { FlagItem } from './flag-item';
import {
  countFlags,
  filterFlags,
  groupByParagraph,
  NO_FILTER,
  statusOf,
} from '../../app/review/queries';
import {
  useCurrentStory,
  useDeferredFlagId,
  useDeferredReview,
  useHasReview,
  useVariantLooks,
} from './use-review';
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

/** Memoised: it has no props, so only its own store subscriptions re-render it. */
const FlagList = memo(function FlagList(): ReactElement | null {
  const t = useT();
  const story = useCurrentStory();
  const review = useDeferredReview();
  const looks = useVariantLooks();
  const filter = useAppStore((s) => s.reviewFilter);
  const flagId = useDeferredFlagId();
  const autoAdvance = useAppStore((s) => s.autoAdvance);
  const setAutoAdvance = useAppStore((s) => s.setAutoAdvance);
  const setFilter = useAppStore((s) => s.setReviewFilter);
  const bulkNotice = useAppStore((s) => s.bulkNotice);
  const dismissBulkNotice = useAppStore((s) => s.dismissBulkNotice);
  const nextFlag = useAppStore((s) => s.nextFlag);
  const previousFlag = useAppStore((s) => s.previousFlag);
  const listRef = useRef<HTMLUListElement>(null);
  // Whether keyboard focus is (or was, before the focused button vanished) in the panel: after a
  // decision auto-advances, the old flag's buttons unmount and focus must follow to the new flag.
  const focusInPanel = useRef(false);

  const all = useMemo(() => (story ? countFlags(story.flags, review) : null), [story, review]);
  const openCounts = useMemo(
    () =>
      story
        ? countFlags(
            story.flags.filter((f) => statusOf(review, f.id) === 'open'),
            review,
          )
        : null,
    [story, review],
  );
  const shown = useMemo(
    () => (story ? filterFlags(story, review, filter) : []),
    [story, review, filter],
  );
  const groups = useMemo(() => groupByParagraph(shown, review), [shown, review]);
  const numberOf = useMemo(() => new Map(story?.flags.map((f, i) => [f.id, i + 1]) ?? []), [story]);
  const anchorText = useMemo(() => {
    const texts = new Map<string, string>();
    for (const a of review?.anchors ?? [])
      texts.set(a.flagId, review?.canonical.slice(a.start, a.end) ?? '');
    return texts;
  }, [review]);

  // Keep the current flag in view, and keep keyboard focus on it when focus was in the list.
  useEffect(() => {
    if (!flagId || !listRef.current) return;
    const element = listRef.current.querySelector<HTMLElement>(
      `[data-flag-id="${CSS.escape(flagId)}"]`,
    );
    if (!element) return;
    element.scrollIntoView({ block: 'nearest' });
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    // Not when focus is already on or inside the current flag (Tab from its row to its first
    // reading): the deferred flag id arrives a frame later and would snap focus back to the row.
    if (
      focusInPanel.current &&
      (lost || listRef.current.contains(active)) &&
      !element.contains(active)
    ) {
      const typing = active instanceof HTMLInputElement;
      if (!typing) element.focus({ preventScroll: true });
    }
  }, [flagId, groups]);

  if (!story || !all || !openCounts) return null;
  const open = all.byStatus.open;
  const tabbableId = shown.some((f) => f.id === flagId) ? flagId : (shown[0]?.id ?? null);
  return (
    <div
      className="flag-panel-inner"
      data-testid="flag-panel"
      onFocus={() => {
        focusInPanel.current = true;
      }}
      onBlur={(e) => {
        // A null relatedTarget means the focused element vanished (or the window lost focus): keep.
        if (e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget))
          focusInPanel.current = false;
      }}
    >
      <header className="flag-panel-header">
        <div className="flag-panel-title">
          <h2>{t('flags.heading')}</h2>
          <span className="progress-text" data-testid="flag-progress">
            {t('review.progress', { decided: all.total - open, total: all.total })}
          </span>
          <span className="toolbar-gap" />
          <BulkMenu openCounts={openCounts} />
        </div>
        <div className="decided-bar" aria-hidden="true">
          <span style={{ width: `${((all.total - open) / Math.max(1, all.total)) * 100}%` }} />
        </div>
        <FlagFilters story={story} counts={all} looks={looks} />
        <div className="panel-options">
          <label className="checkbox auto-advance">
            <input
              type="checkbox"
              checked={autoAdvance}
              onChange={(e) => setAutoAdvance(e.target.checked)}
            />
            {t('review.autoAdvance')}
          </label>
          {review ? <BasePicker story={story} review={review} looks={looks} /> : null}
        </div>
      </header>
      {bulkNotice ? (
        <div className="review-notice" role="status" data-testid="bulk-notice">
          <span>
            {t('review.bulkDone', { decided: bulkNotice.decided })}
            {bulkNotice.skipped > 0
              ? ` ${t('review.bulkSkipped', { skipped: bulkNotice.skipped })}`
              : ''}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('error.dismiss')}
            onClick={dismissBulkNotice}
          >
            ×
          </button>
        </div>
      ) : null}
      {open === 0 ? (
        <div className="review-done" role="status" data-testid="all-decided">
          {t('review.allDecided', { total: all.total })}
        </div>
      ) : null}
      {shown.length === 0 ? (
        <div className="review-empty" data-testid="no-match">
          <p className="review-empty-title">{t('review.noMatch')}</p>
          <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
            {t('review.clearFilter')}
          </button>
        </div>
      ) : (
        // A plain list, not a listbox: the current flag holds buttons (readings, accept, reject),
        // and a listbox's options may not contain controls a screen reader can reach.
        <ul
          className="flag-list"
          aria-label={t('flags.heading')}
          ref={listRef}
          data-testid="flag-list"
          onKeyDown={(e) => {
            // Arrows move between flags like n / p.
            if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
            if (e.target instanceof HTMLInputElement) return;
            e.preventDefault();
            if (e.key === 'ArrowDown') nextFlag();
            else previousFlag();
          }}
        >
          {groups.map((group) => (
            <li key={`p${group.paragraph}-${group.flags[0]?.id ?? ''}`} className="paragraph-group">
              <div className="paragraph-heading">
                {group.paragraph > 0
                  ? t('review.paragraph', { n: group.paragraph, line: group.line })
                  : t('review.noParagraph')}
              </div>
              <ul className="paragraph-flags">
                {group.flags.map((flag) => (
                  <FlagItem
                    key={flag.id}
                    flag={flag}
                    index={numberOf.get(flag.id) ?? 0}
                    status={statusOf(review, flag.id)}
                    current={flag.id === flagId}
                    tabbable={flag.id === tabbableId}
                    canonicalText={anchorText.get(flag.id) ?? ''}
                    looks={looks}
                    baseVariant={review?.baseVariant ?? ''}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
