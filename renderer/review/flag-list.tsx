/**
 * The flag list of the current story: a header with progress, bulk actions, filters and options;
 * the bulk-action notice; and the flags grouped by paragraph, the current one kept in view (and
 * focused when keyboard focus was in the list).
 */
import { memo, useEffect, useMemo, useRef, type ReactElement, type RefObject } from 'react';
import type { Story } from '../../app/model/types';
import {
  countFlags,
  filterFlags,
  groupByParagraph,
  NO_FILTER,
  statusOf,
  type FlagCounts,
} from '../../app/review/queries';
import type { StoryReview } from '../../app/review/types';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { BasePicker } from './base-picker';
import { BulkMenu } from './bulk-menu';
import { FlagFilters } from './flag-filters';
import { FlagItem } from './flag-item';
import {
  useCurrentStory,
  useDeferredFlagId,
  useDeferredReview,
  useVariantLooks,
  type VariantLook,
} from './use-review';

type ParagraphGroups = ReturnType<typeof groupByParagraph>;

/** Memoised: it has no props, so only its own store subscriptions re-render it. */
export const FlagList = memo(function FlagList(): ReactElement | null {
  const t = useT();
  const story = useCurrentStory();
  const review = useDeferredReview();
  const looks = useVariantLooks();
  const filter = useAppStore((s) => s.reviewFilter);
  const flagId = useDeferredFlagId();
  const setFilter = useAppStore((s) => s.setReviewFilter);
  const listRef = useRef<HTMLUListElement>(null);
  // Whether keyboard focus is (or was, before the focused button vanished) in the panel: after a
  // decision auto-advances, the old flag's buttons unmount and focus must follow to the new flag.
  const focusInPanel = useRef(false);
  const { all, openCounts } = useFlagCounts(story, review);
  const shown = useMemo(
    () => (story ? filterFlags(story, review, filter) : []),
    [story, review, filter],
  );
  const groups = useMemo(() => groupByParagraph(shown, review), [shown, review]);
  useCurrentFlagInView(listRef, focusInPanel, flagId, groups);

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
      <FlagListHeader
        story={story}
        review={review}
        looks={looks}
        all={all}
        openCounts={openCounts}
      />
      <BulkNotice />
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
        <ParagraphFlags
          story={story}
          review={review}
          looks={looks}
          groups={groups}
          flagId={flagId}
          tabbableId={tabbableId}
          listRef={listRef}
        />
      )}
    </div>
  );
});

/** The story's flag counts, and the counts of its open flags (what a bulk action would decide). */
function useFlagCounts(
  story: Story | null,
  review: StoryReview | undefined,
): { all: FlagCounts | null; openCounts: FlagCounts | null } {
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
  return { all, openCounts };
}

/** Keeps the current flag in view, and keeps keyboard focus on it when focus was in the list. */
function useCurrentFlagInView(
  listRef: RefObject<HTMLUListElement | null>,
  focusInPanel: RefObject<boolean>,
  flagId: string | null,
  groups: ParagraphGroups,
): void {
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
  }, [listRef, focusInPanel, flagId, groups]);
}

/** Title and progress, bulk actions, the decided bar, filters, auto-advance and the base picker. */
function FlagListHeader(props: {
  story: Story;
  review: StoryReview | undefined;
  looks: ReadonlyMap<string, VariantLook>;
  all: FlagCounts;
  openCounts: FlagCounts;
}): ReactElement {
  const t = useT();
  const autoAdvance = useAppStore((s) => s.autoAdvance);
  const setAutoAdvance = useAppStore((s) => s.setAutoAdvance);
  const { story, review, looks, all } = props;
  const decided = all.total - all.byStatus.open;
  return (
    <header className="flag-panel-header">
      <div className="flag-panel-title">
        <h2>{t('flags.heading')}</h2>
        <span className="progress-text" data-testid="flag-progress">
          {t('review.progress', { decided, total: all.total })}
        </span>
        <span className="toolbar-gap" />
        <BulkMenu openCounts={props.openCounts} />
      </div>
      <div className="decided-bar" aria-hidden="true">
        <span style={{ width: `${(decided / Math.max(1, all.total)) * 100}%` }} />
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
  );
}

/** What the last bulk action decided and skipped, until dismissed. */
function BulkNotice(): ReactElement | null {
  const t = useT();
  const bulkNotice = useAppStore((s) => s.bulkNotice);
  const dismissBulkNotice = useAppStore((s) => s.dismissBulkNotice);
  if (!bulkNotice) return null;
  return (
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
  );
}

/** The shown flags under their paragraph headings; the arrows move between flags like n / p. */
function ParagraphFlags(props: {
  story: Story;
  review: StoryReview | undefined;
  looks: ReadonlyMap<string, VariantLook>;
  groups: ParagraphGroups;
  flagId: string | null;
  tabbableId: string | null;
  listRef: RefObject<HTMLUListElement | null>;
}): ReactElement {
  const t = useT();
  const nextFlag = useAppStore((s) => s.nextFlag);
  const previousFlag = useAppStore((s) => s.previousFlag);
  const { story, review } = props;
  const numberOf = useMemo(() => new Map(story.flags.map((f, i) => [f.id, i + 1])), [story]);
  const anchorText = useMemo(() => {
    const texts = new Map<string, string>();
    for (const a of review?.anchors ?? [])
      texts.set(a.flagId, review?.canonical.slice(a.start, a.end) ?? '');
    return texts;
  }, [review]);
  return (
    // A plain list, not a listbox: the current flag holds buttons (readings, accept, reject),
    // and a listbox's options may not contain controls a screen reader can reach.
    <ul
      className="flag-list"
      aria-label={t('flags.heading')}
      ref={props.listRef}
      data-testid="flag-list"
      onKeyDown={(e) => {
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        if (e.target instanceof HTMLInputElement) return;
        e.preventDefault();
        if (e.key === 'ArrowDown') nextFlag();
        else previousFlag();
      }}
    >
      {props.groups.map((group) => (
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
                current={flag.id === props.flagId}
                tabbable={flag.id === props.tabbableId}
                canonicalText={anchorText.get(flag.id) ?? ''}
                looks={props.looks}
                baseVariant={review?.baseVariant ?? ''}
              />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
