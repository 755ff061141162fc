/** Store hooks the review panels share: the current story, its review, and how each variant looks. */
import { startTransition, useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { Story } from '../../app/model/types';
import type { StoryReview } from '../../app/review/types';
import { afterNextFrame } from '../editor/perf-marks';
import { createCatchUp, isTypingChange, untilTypingPause } from '../editor/typing-burst';
import { useAppStore, type AppState } from '../store';
import { inkOn } from '../styles/contrast';

/**
 * If no frame comes (a hidden window pauses animation frames), panels catch up after this long
 * anyway: long enough that a visible window always gets its frame first (a frame is ~16 ms).
 */
const NO_FRAME_FALLBACK_MS = 250;

/**
 * A store value for panels that may lag a frame behind the editor: it changes only after the
 * browser has produced the frame that shows the change (the revealed flag, a decision), then in
 * an interruptible transition; a change made by typing in the canonical waits for a pause in
 * typing (typing-burst.ts), so a burst of keys re-renders no panel at all until it stops.
 * A subscription through useAppStore would re-render the panel in the same task as the keystroke
 * (zustand's store is read synchronously), and React's useDeferredValue still renders each
 * subscriber once urgently and may schedule its deferred pass before the frame; this hook costs
 * the keystroke nothing but a subscription callback. `selector` must be stable (module-level).
 */
export function useStoreAfterFrame<T>(selector: (state: AppState) => T): T {
  const [value, setValue] = useState(() => selector(useAppStore.getState()));
  useEffect(() => {
    const catchUp = createCatchUp(
      () => startTransition(() => setValue(selector(useAppStore.getState()))),
      {
        afterNextFrame,
        setTimeout: (f, ms) => setTimeout(f, ms),
        clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
        untilPause: () => untilTypingPause(),
      },
      NO_FRAME_FALLBACK_MS,
    );
    // The store may have changed between the first render and this effect.
    setValue(selector(useAppStore.getState()));
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (Object.is(selector(state), selector(previous))) return;
      catchUp.request(isTypingChange() ? 'pause' : 'frame');
    });
    return () => {
      catchUp.cancel();
      unsubscribe();
    };
  }, [selector]);
  return value;
}

/** The current story's review (a stable selector for useStoreAfterFrame and subscriptions). */
export function selectCurrentReview(state: AppState): StoryReview | undefined {
  return state.storyId ? state.reviews[state.storyId] : undefined;
}

/**
 * The review for panels that may lag a frame behind: typing in the canonical and walking flags
 * render the editor first, and these panels after the frame that shows it (useStoreAfterFrame),
 * so a keystroke never waits for the flag list, the numbers table or the strip.
 */
export function useDeferredReview(): StoryReview | undefined {
  return useStoreAfterFrame(selectCurrentReview);
}

function selectReviews(state: AppState): AppState['reviews'] {
  return state.reviews;
}

/** Every story's review, a frame behind (for counts in the story list). */
export function useDeferredReviews(): AppState['reviews'] {
  return useStoreAfterFrame(selectReviews);
}

function selectFlagId(state: AppState): string | null {
  return state.flagId;
}

/**
 * The current flag for panels (flag list, numbers, strip), a frame behind: F8 reveals the flag in
 * the editor first, and the panels mark it in the frame after, so a walk through the flags never
 * waits for the list's rows, its scrolling or the table.
 */
export function useDeferredFlagId(): string | null {
  return useStoreAfterFrame(selectFlagId);
}

/** Whether the current story has a review. */
export function selectHasReview(state: AppState): boolean {
  return state.storyId !== null && state.reviews[state.storyId] !== undefined;
}

/** Whether the current story has a review (a boolean: typing in the canonical does not change it). */
export function useHasReview(): boolean {
  return useAppStore(selectHasReview);
}

/** How a variant is shown: its colour, its name and its 1-based number (the key that shows it). */
export interface VariantLook {
  readonly id: string;
  readonly colour: string;
  readonly name: string;
  readonly number: number;
}

/** A variant chip's colours: its fill, and white or dark digits, whichever reads on it (WCAG AA, tested). */
export function chipStyle(colour: string | undefined): CSSProperties {
  return colour ? { background: colour, color: inkOn(colour) } : {};
}

/** The story the editor is on, or null. */
export function useCurrentStory(): Story | null {
  const result = useAppStore((s) => s.result);
  const storyId = useAppStore((s) => s.storyId);
  return useMemo(() => result?.stories.find((s) => s.id === storyId) ?? null, [result, storyId]);
}

/** Every variant's look by id, for chips and reading colours. */
export function useVariantLooks(): ReadonlyMap<string, VariantLook> {
  const variants = useAppStore((s) => s.variants);
  const result = useAppStore((s) => s.result);
  return useMemo(() => {
    const looks = new Map<string, VariantLook>();
    variants.forEach((v, index) =>
      looks.set(v.id, { id: v.id, colour: v.colour, name: v.name, number: index + 1 }),
    );
    // Variants the engine knows but the file list no longer holds (closed since): grey, by id.
    result?.variants.forEach((v, index) => {
      if (!looks.has(v.id))
        looks.set(v.id, { id: v.id, colour: '#6B7280', name: v.name, number: index + 1 });
    });
    return looks;
  }, [variants, result]);
}
