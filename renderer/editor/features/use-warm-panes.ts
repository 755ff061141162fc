/**
 * Builds every page's pane of the open story ahead, one page per idle moment: a page's folded pane
 * is the engine's folding of its whole story text (~15-35 ms for 20k characters on the bench
 * machine) plus a Monaco model, and following the flag to a page not shown yet paid it inside the
 * F8 press. Built in idle time, the press finds it in the model cache.
 */
import { useEffect } from 'react';
import type { Story } from '../../../app/model/types';
import type { PaneModel } from '../model-cache';

/** Warming starts this long after the story opens, so it never delays the story's first render. */
const WARM_AFTER_MS = 500;

/** Warms the pane of each page that carries the story, in page order, when the page is idle. */
export function useWarmPanes(
  story: Story | null,
  paneFor: (variantId: string | undefined) => PaneModel | null,
): void {
  useEffect(() => {
    if (!story || typeof requestIdleCallback !== 'function') return;
    const ids = [...new Set(story.spans.map((s) => s.variant))];
    let handle: number | null = null;
    const warm = (index: number): void => {
      const id = ids[index];
      if (id === undefined) return;
      handle = requestIdleCallback(
        () => {
          paneFor(id);
          warm(index + 1);
        },
        { timeout: 2000 },
      );
    };
    const timer = setTimeout(() => warm(0), WARM_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (handle !== null) cancelIdleCallback(handle);
    };
  }, [story, paneFor]);
}
