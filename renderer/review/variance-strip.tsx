/**
 * The variance strip above the editor: the story cut into buckets along the canonical, each shaded
 * by how many variants disagree there (the heat map of Juxta); click to jump, the current flag marked.
 */
import { memo, useMemo, type ReactElement } from 'react';
import { varianceProfile, type VarianceBucket } from '../../app/review/queries';
import { useT } from '../i18n';
import { useAppStore } from '../store';
import { useCurrentStory, useDeferredFlagId, useDeferredReview } from './use-review';

/**
 * Buckets along the strip: about one per 8 px of a 1000 px wide strip, fine enough to tell
 * paragraphs apart in a 20k-character story and coarse enough to stay a strip, not a barcode.
 */
const BUCKETS = 120;

/** The heat map of disagreement along the current story. */
export function VarianceStrip(): ReactElement | null {
  const t = useT();
  const story = useCurrentStory();
  const review = useDeferredReview();
  const flagId = useDeferredFlagId();
  const buckets = useMemo(
    () => (story && review ? varianceProfile(story, review, BUCKETS) : []),
    [story, review],
  );
  const carrying = useMemo(() => new Set(story?.spans.map((s) => s.variant) ?? []).size, [story]);
  if (!story || !review) return null;
  const anchor = review.anchors.find((a) => a.flagId === flagId);
  const length = Math.max(1, review.canonical.length);
  const marker = anchor ? (anchor.start / length) * 100 : null;
  return (
    <div
      className="variance-strip"
      data-testid="variance-strip"
      role="group"
      aria-label={t('review.strip')}
    >
      <span className="strip-label" title={t('review.stripHint')}>
        {t('review.strip')}
      </span>
      <div className="strip-track">
        <StripCells buckets={buckets} carrying={carrying} />
        {marker !== null ? (
          <span className="strip-marker" style={{ left: `${marker}%` }} aria-hidden="true" />
        ) : null}
      </div>
    </div>
  );
}

/** The cells: re-rendered when the profile changes, not when the current flag moves. */
const StripCells = memo(function StripCells(props: {
  buckets: readonly VarianceBucket[];
  carrying: number;
}): ReactElement {
  const t = useT();
  const selectFlag = useAppStore((s) => s.selectFlag);
  const { carrying } = props;
  return (
    <>
      {props.buckets.map((bucket, i) => {
        // Shade by the share of variants disagreeing, boosted by how many flags crowd the bucket.
        const share = carrying > 1 ? bucket.variants / (carrying - 1) : 0;
        const heat =
          bucket.flags === 0
            ? 0
            : Math.min(1, 0.25 + 0.5 * Math.min(1, share) + 0.08 * bucket.flags);
        const decided = bucket.flags > 0 && bucket.open === 0;
        // A stretch without flags is only a shape: not a control a screen reader should list.
        if (!bucket.firstFlagId) return <span key={i} className="strip-cell" aria-hidden="true" />;
        const label = t('review.stripCell', {
          flags: bucket.flags,
          variants: bucket.variants,
          open: bucket.open,
        });
        return (
          <button
            key={i}
            type="button"
            tabIndex={-1}
            className={`strip-cell${bucket.flags > 0 ? ' has-flags' : ''}${decided ? ' decided' : ''}`}
            style={{ ['--heat' as string]: heat.toFixed(3) }}
            title={label}
            aria-label={label}
            onClick={() => {
              if (bucket.firstFlagId) selectFlag(bucket.firstFlagId);
            }}
          />
        );
      })}
    </>
  );
});
