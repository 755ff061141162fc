/**
 * The session slice: the engine's result for the opened variants, which story and flag the editor
 * is on, which variants the two panes show, progress of a running comparison, and error banners.
 */
import type { StateCreator } from 'zustand';
import type { CompareResult, Flag, Story } from '../../app/model/types';
import { followVariant } from '../../app/review/synopsis';
import type { CompareFailure } from '../shell/compare-fallback';
import type { AppState } from './index';

/** How far a running comparison is; null when none runs. */
export interface CompareProgress {
  /** A phase key the UI translates: "decode", "stories", "align", "classify", … */
  readonly phase: string;
  /** 0 … 1. */
  readonly fraction: number;
}

/** A message shown in a dismissible banner. */
export interface Banner {
  readonly id: number;
  /** An i18n message key, e.g. "error.compare". */
  readonly key: string;
  /** Values for the message's placeholders, e.g. { message: the engine's error }. */
  readonly params?: Readonly<Record<string, string>>;
}

/** What the left pane shows: the canonical draft or one variant's text. */
export type LeftPane = 'canonical' | { readonly variant: string };

/** State and actions of the session slice. */
export interface SessionSlice {
  readonly result: CompareResult | null;
  readonly storyId: string | null;
  /** The flag the editor is on; the editor reveals it whenever it changes. */
  readonly flagId: string | null;
  readonly progress: CompareProgress | null;
  readonly banners: readonly Banner[];
  readonly leftPane: LeftPane;
  /** The variant in the right pane; null before anything is open. */
  readonly rightVariant: string | null;
  /** Stores a finished comparison and opens its first story (the one with the most flags first). */
  receiveResult(result: CompareResult): void;
  setProgress(progress: CompareProgress | null): void;
  selectStory(storyId: string): void;
  /** Moves to a flag (also switches story when the flag belongs to another). */
  selectFlag(flagId: string | null): void;
  setLeftPane(pane: LeftPane): void;
  setRightVariant(variantId: string): void;
  /** Shows the n-th (0-based) variant of the current story on the right: keys 1–9. */
  showVariantAt(index: number): void;
  /** The last comparison's failure (its message, the page it is pinned on), until the next one starts. */
  readonly compareFailure: CompareFailure | null;
  setCompareFailure(failure: CompareFailure | null): void;
  /** Adds an error banner: an i18n key and its placeholder values. */
  reportError(key: string, params?: Readonly<Record<string, string>>): void;
  dismissBanner(id: number): void;
  /** Forgets the result (a new set of files is about to be compared). */
  clearResult(): void;
}

let nextBannerId = 1;

/** The variants that carry a story, in variant order. */
export function storyVariants(result: CompareResult, story: Story): string[] {
  const carrying = new Set(story.spans.map((s) => s.variant));
  return result.variants.map((v) => v.id).filter((id) => carrying.has(id));
}

/** The story the session is on. */
export function currentStory(state: Pick<SessionSlice, 'result' | 'storyId'>): Story | null {
  return state.result?.stories.find((s) => s.id === state.storyId) ?? null;
}

/** What the left pane shows at a flag: the canonical's text there, or the left variant's reading. */
function leftTextAt(state: AppState, flag: Flag): string {
  if (state.leftPane !== 'canonical') {
    const id = state.leftPane.variant;
    return flag.readings.find((r) => r.variant === id)?.text ?? '';
  }
  const review = state.storyId ? state.reviews[state.storyId] : undefined;
  const anchor = review?.anchors.find((a) => a.flagId === flag.id);
  return review && anchor
    ? review.canonical.slice(anchor.start, anchor.end)
    : (flag.majority ?? '');
}

/** Picks the right-hand variant for a story: keep the current one when the story has it, else the second variant. */
function rightFor(
  result: CompareResult,
  story: Story | undefined,
  current: string | null,
  left: LeftPane,
): string | null {
  if (!story) return result.variants[1]?.id ?? result.variants[0]?.id ?? null;
  const ids = storyVariants(result, story);
  if (current && ids.includes(current)) return current;
  const leftId = left === 'canonical' ? ids[0] : left.variant;
  return ids.find((id) => id !== leftId) ?? ids[0] ?? null;
}

/** Creates the session slice. */
export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => ({
  result: null,
  storyId: null,
  flagId: null,
  progress: null,
  banners: [],
  leftPane: 'canonical',
  rightVariant: null,
  compareFailure: null,
  setCompareFailure: (compareFailure) => set({ compareFailure }),
  receiveResult: (result) => {
    // The story most variants share and with the most flags is the lead story in a reprint set.
    const first = [...result.stories].sort(
      (a, b) => b.spans.length - a.spans.length || b.flags.length - a.flags.length,
    )[0];
    const left = get().leftPane;
    set({
      result,
      storyId: first?.id ?? null,
      flagId: null,
      progress: null,
      rightVariant: rightFor(result, first, get().rightVariant, left),
      // Story ids (s1, s2, …) restart with every comparison: reviews of the previous one would
      // attach to the wrong story, so a new result starts the review afresh.
      reviews: {},
      reviewHistories: {},
      appliedNotes: {},
    });
  },
  setProgress: (progress) => set({ progress }),
  selectStory: (storyId) => {
    const { result, rightVariant, leftPane } = get();
    if (!result) return;
    const story = result.stories.find((s) => s.id === storyId);
    if (!story) return;
    set({ storyId, flagId: null, rightVariant: rightFor(result, story, rightVariant, leftPane) });
  },
  selectFlag: (flagId) => {
    const { result, storyId } = get();
    if (!flagId || !result) {
      set({ flagId });
      return;
    }
    const story = result.stories.find((s) => s.flags.some((f) => f.id === flagId));
    if (story && story.id !== storyId) get().selectStory(story.id);
    const flag = story?.flags.find((f) => f.id === flagId);
    const state = get();
    // The right pane follows the flag to a page that reads otherwise than the left pane there. One
    // set for both: every store change runs every subscribed selector (each flag item's).
    const right =
      story && flag && state.followFlag
        ? followVariant(
            flag,
            leftTextAt(state, flag),
            state.rightVariant,
            storyVariants(result, story),
          )
        : state.rightVariant;
    set(right !== state.rightVariant ? { flagId, rightVariant: right } : { flagId });
  },
  setLeftPane: (leftPane) => set({ leftPane }),
  setRightVariant: (rightVariant) => set({ rightVariant }),
  showVariantAt: (index) => {
    const state = get();
    const story = currentStory(state);
    if (!state.result || !story) return;
    const id = storyVariants(state.result, story)[index];
    if (id) set({ rightVariant: id });
  },
  reportError: (key, params) =>
    set((state) => ({
      banners: [...state.banners, { id: nextBannerId++, key, ...(params ? { params } : {}) }],
    })),
  dismissBanner: (id) => set((state) => ({ banners: state.banners.filter((b) => b.id !== id) })),
  clearResult: () => set({ result: null, storyId: null, flagId: null }),
});
