/** Store hooks the review panels share: the current story, its review, and how each variant looks. */
import { useDeferredValue, useMemo } from 'react';
import type { Story } from '../../app/model/types';
import type { StoryReview } from '../../app/review/types';
import { useAppStore } from '../store';

/**
 * The review for panels that may lag a frame behind: typing in the canonical and walking flags
 * render the editor first, and these panels in an interruptible pass after it (React's deferred
 * value), so a keystroke never waits for the flag list, the numbers table or the strip.
 */
export function useDeferredReview(): StoryReview | undefined {
  return useDeferredValue(useCurrentReview());
}

/** How a variant is shown: its colour, its name and its 1-based number (the key that shows it). */
export interface VariantLook {
  readonly id: string;
  readonly colour: string;
  readonly name: string;
  readonly number: number;
}

/** The story the editor is on, or null. */
export function useCurrentStory(): Story | null {
  const result = useAppStore((s) => s.result);
  const storyId = useAppStore((s) => s.storyId);
  return useMemo(() => result?.stories.find((s) => s.id === storyId) ?? null, [result, storyId]);
}

/** The review of the story the editor is on, or undefined before it is started. */
export function useCurrentReview(): StoryReview | undefined {
  return useAppStore((s) => (s.storyId ? s.reviews[s.storyId] : undefined));
}

/** Every variant's look by id, for chips and reading colours. */
export function useVariantLooks(): ReadonlyMap<string, VariantLook> {
  const variants = useAppStore((s) => s.variants);
  const result = useAppStore((s) => s.result);
  return useMemo(() => {
    const looks = new Map<string, VariantLook>();
    variants.forEach((v, index) => looks.set(v.id, { id: v.id, colour: v.colour, name: v.name, number: index + 1 }));
    // Variants the engine knows but the file list no longer holds (closed since): grey, by id.
    result?.variants.forEach((v, index) => {
      if (!looks.has(v.id)) looks.set(v.id, { id: v.id, colour: '#6B7280', name: v.name, number: index + 1 });
    });
    return looks;
  }, [variants, result]);
}
