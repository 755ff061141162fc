/**
 * `window.__variorumReview`: what the review holds, read by the e2e specs to check the canonical
 * text against the decisions. Read-only plain data, so it widens no capability of the build.
 */
import type { Flag } from '../../app/model/types';
import type { StoryReview } from '../../app/review/types';
import { useAppStore } from '../store';

/** A snapshot of the open story's review. */
export interface ReviewSnapshot {
  readonly storyId: string | null;
  readonly flagId: string | null;
  readonly rightVariant: string | null;
  readonly flags: readonly Flag[];
  readonly review: StoryReview | null;
}

declare global {
  interface Window {
    __variorumReview?: { snapshot(): ReviewSnapshot };
  }
}

/** Installs the hook on window (once; harmless outside the browser). */
export function installReviewTestHook(): void {
  if (typeof window === 'undefined' || window.__variorumReview) return;
  window.__variorumReview = {
    snapshot: () => {
      const s = useAppStore.getState();
      const story = s.result?.stories.find((x) => x.id === s.storyId);
      return {
        storyId: s.storyId,
        flagId: s.flagId,
        rightVariant: s.rightVariant,
        flags: story?.flags ?? [],
        review: s.storyId ? (s.reviews[s.storyId] ?? null) : null,
      };
    },
  };
}
