/**
 * The review slice: the review of each opened story (canonical draft, anchors, decisions), its
 * undo history, and the flag list's filter. Every change goes through the pure model of
 * app/review/; this file only gathers inputs from the store, calls it, and sets state once.
 * The current story and flag live in the session slice (storyId, flagId); auto-advance, the
 * editor's name and the preferred base variant in the settings slice.
 */
import type { StateCreator } from 'zustand';
import type { Flag, Story, StyleNote, VariantText } from '../../app/model/types';
import type { StoryReview } from '../../app/review/types';
import { setDecisionNote } from '../../app/review/note';
import {
  NO_FILTER,
  countFlags,
  filterFlags,
  groupReadings,
  statusOf,
  suggestedReading,
  stepFlag,
  type FlagCounts,
  type ReviewFilter,
} from '../../app/review/queries';
import type { AppState } from './index';
import { reviewModel, type BulkRequest, type ReviewHistory } from '../review/review-model';

export type { BulkRequest } from '../review/review-model';

/** One replacement in the canonical text (UTF-16 offsets, end exclusive), as typed in the editor. */
export interface CanonicalEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** State and actions of the review slice. */
export interface ReviewSlice {
  /** The review of each story by story id; absent until the story is opened. */
  readonly reviews: Readonly<Record<string, StoryReview>>;
  /** Undo/redo history per story. */
  readonly reviewHistories: Readonly<Record<string, ReviewHistory>>;
  /** What the flag list shows. */
  readonly reviewFilter: ReviewFilter;
  /** What the last bulk action did, shown until the next one or until dismissed. */
  readonly bulkNotice: { readonly decided: number; readonly skipped: number } | null;
  /** The flag whose hand-edit field is open (one at a time), and the text typed in it. */
  readonly editingFlag: string | null;
  readonly editingText: string;
  /** Opens the hand-edit field of a flag with a text (null closes it). */
  setEditingFlag(flagId: string | null, text?: string): void;
  /** Opens the hand-edit field of the current flag with the canonical's text there: key E. */
  editCurrent(): void;
  /** Style notes already applied, per story: note key (`${variant}:${kind}`) → places changed. */
  readonly appliedNotes: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Opens a story: makes it current and starts its review (canonical from the majority) if new. */
  openStory(storyId: string): void;
  /** Starts the review of the current story if it has none yet (after a new comparison). */
  ensureReview(): void;
  /**
   * Takes a reading into the canonical (default: the current flag). Without a variant it takes the
   * suggested reading — the majority, or the base's on a tie — never whatever the right pane shows.
   */
  accept(flagId?: string, variant?: string): void;
  /** Keeps the canonical text at a flag (default: the current flag). */
  reject(flagId?: string): void;
  /** Takes the reading a variant prints at a flag. */
  pick(flagId: string, variant: string): void;
  /** Picks the n-th distinct reading (0-based, most printed first) of the current flag: keys 1–9. */
  pickAt(index: number): void;
  /** Forgets the decision at a flag (the canonical keeps its text there): the flag is open again. */
  reopen(flagId?: string): void;
  /** Sets the editor's note at a decided flag (it goes into the reports); empty removes it. */
  setNote(flagId: string, note: string): void;
  /** Replaces the canonical text at a flag by hand. */
  editFlag(flagId: string, text: string): void;
  /** Applies hand edits typed in the canonical editor (the editor reports them in order). */
  editCanonical(storyId: string, edits: readonly CanonicalEdit[]): void;
  /** One decision for many flags, e.g. take the majority at every open punctuation flag. */
  bulk(request: BulkRequest): void;
  dismissBulkNotice(): void;
  undo(): void;
  redo(): void;
  /** Moves to the next / previous flag of the filtered list, wrapping at the ends. */
  nextFlag(): void;
  previousFlag(): void;
  /** Rebuilds the current story's canonical on another variant (it also wins ties). */
  changeBaseVariant(variant: string): void;
  /** Applies a style note of a variant to the current story's canonical in one step. */
  applyStyleNote(note: StyleNote): void;
  setReviewFilter(patch: Partial<ReviewFilter>): void;
}

/**
 * A pause in typing longer than this starts a new undo step: one undo then takes back a burst of
 * typing (a word or a phrase), not a single character and not a whole minute of work.
 */
const TYPING_PAUSE_MS = 1500;

/** The key under which an applied style note is remembered. */
export function noteKey(note: Pick<StyleNote, 'variant' | 'kind'>): string {
  return `${note.variant}:${note.kind}`;
}

const EMPTY_FLAGS: readonly Flag[] = [];
const filteredCache = new WeakMap<
  Story,
  { review: StoryReview | undefined; filter: ReviewFilter; flags: readonly Flag[] }
>();

/**
 * The current story's flags that pass the flag list's filter, in reading order. Memoised on the
 * story, review and filter, so components may select it without re-rendering on unrelated changes.
 */
export function selectFilteredFlags(state: AppState): readonly Flag[] {
  const story = findStory(state, state.storyId);
  if (!story) return EMPTY_FLAGS;
  const review = state.reviews[story.id];
  const cached = filteredCache.get(story);
  if (cached && cached.review === review && cached.filter === state.reviewFilter)
    return cached.flags;
  const flags = filterFlags(story, review, state.reviewFilter);
  filteredCache.set(story, { review, filter: state.reviewFilter, flags });
  return flags;
}

const countsCache = new WeakMap<Story, { review: StoryReview | undefined; counts: FlagCounts }>();

/** Counts of the current story's flags per category and status (all flags, not only the filtered ones). */
export function selectFlagCounts(state: AppState): FlagCounts | null {
  const story = findStory(state, state.storyId);
  if (!story) return null;
  const review = state.reviews[story.id];
  const cached = countsCache.get(story);
  if (cached && cached.review === review) return cached.counts;
  const counts = countFlags(story.flags, review);
  countsCache.set(story, { review, counts });
  return counts;
}

/** True when the current story has a step to undo / to redo. */
export function selectCanUndo(state: AppState): { undo: boolean; redo: boolean } {
  const history = state.storyId ? state.reviewHistories[state.storyId] : undefined;
  return { undo: (history?.past.length ?? 0) > 0, redo: (history?.future.length ?? 0) > 0 };
}

/** The current story, its review and the engine input texts, when a story is open. */
interface Current {
  readonly story: Story;
  readonly review: StoryReview;
  readonly history: ReviewHistory;
}

function findStory(state: AppState, storyId: string | null): Story | null {
  if (!storyId) return null;
  return state.result?.stories.find((s) => s.id === storyId) ?? null;
}

function textsOf(state: AppState): VariantText[] {
  return state.variants.map((v) => ({
    id: v.id,
    path: v.path,
    name: v.name,
    encoding: v.encoding,
    text: v.text,
  }));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the review slice. */
export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set, get) => {
  /** The time and editor a decision records; `Date` here so the pure model stays clock-free. */
  const stamp = (): { editor: string; at: string } => ({
    editor: get().editorName,
    at: new Date().toISOString(),
  });

  let lastKeystroke = 0;
  let typingRun = 0;

  /** Moves a story's history (undo/redo) and makes its present the review. */
  const setHistory = (storyId: string, history: ReviewHistory): void =>
    set((state) => ({
      reviews: { ...state.reviews, [storyId]: history.present },
      reviewHistories: { ...state.reviewHistories, [storyId]: history },
    }));

  const current = (): Current | null => {
    const state = get();
    const story = findStory(state, state.storyId);
    if (!story) return null;
    const review = state.reviews[story.id];
    const history = state.reviewHistories[story.id];
    if (!review || !history) return null;
    return { story, review, history };
  };

  /** Runs a model change on the current story; reports a thrown error as a banner, never crashes. */
  const change = (
    run: (c: Current) => StoryReview,
    options: { advanceFrom?: string; typingKey?: string } = {},
  ): void => {
    const c = current();
    if (!c) return;
    let next: StoryReview;
    try {
      next = run(c);
    } catch (error) {
      get().reportError('review.error', { message: messageOf(error) });
      return;
    }
    if (next === c.review) return;
    const history = reviewModel.record(c.history, next, options.typingKey);
    set((state) => ({
      reviews: { ...state.reviews, [c.story.id]: next },
      reviewHistories: { ...state.reviewHistories, [c.story.id]: history },
    }));
    if (options.advanceFrom !== undefined && get().autoAdvance)
      advance(c.story, next, options.advanceFrom);
  };

  /** After a decision: the next open flag of the filtered list, when one remains. */
  const advance = (story: Story, review: StoryReview, fromId: string): void => {
    const flags = filterFlags(story, review, get().reviewFilter);
    const next = stepFlag(flags, fromId, 1, (f) => statusOf(review, f.id) === 'open', story.flags);
    if (next) get().selectFlag(next.id);
  };

  const flagOf = (c: Current, flagId: string | undefined): Flag | null => {
    const id = flagId ?? get().flagId;
    return c.story.flags.find((f) => f.id === id) ?? null;
  };

  const step = (direction: 1 | -1): void => {
    const state = get();
    const story = findStory(state, state.storyId);
    if (!story) return;
    const flags = filterFlags(story, state.reviews[story.id], state.reviewFilter);
    const next = stepFlag(flags, state.flagId, direction, () => true, story.flags);
    if (next) state.selectFlag(next.id);
  };

  const start = (storyId: string): void => {
    const state = get();
    const story = findStory(state, storyId);
    if (!story) return;
    // A variant filter for a variant this story lacks would hide every flag: drop it.
    const carrying = new Set(story.spans.map((s) => s.variant));
    const variant = state.reviewFilter.variant;
    if (variant !== null && !carrying.has(variant))
      set({ reviewFilter: { ...state.reviewFilter, variant: null } });
    if (state.reviews[storyId]) return;
    const preferred =
      state.baseVariant && carrying.has(state.baseVariant) ? state.baseVariant : undefined;
    try {
      const review = reviewModel.init(story, textsOf(state), preferred);
      set((s) => ({
        reviews: { ...s.reviews, [storyId]: review },
        reviewHistories: { ...s.reviewHistories, [storyId]: reviewModel.newHistory(review) },
        bulkNotice: null,
      }));
    } catch (error) {
      state.reportError('review.error', { message: messageOf(error) });
    }
  };

  return {
    reviews: {},
    reviewHistories: {},
    reviewFilter: NO_FILTER,
    bulkNotice: null,
    appliedNotes: {},
    editingFlag: null,
    editingText: '',

    openStory: (storyId) => {
      if (get().storyId !== storyId) {
        get().selectStory(storyId);
        set({ bulkNotice: null });
      }
      start(storyId);
    },

    ensureReview: () => {
      const storyId = get().storyId;
      if (storyId) start(storyId);
    },

    accept: (flagId, variant) => {
      const c = current();
      const flag = c && flagOf(c, flagId);
      const chosen =
        variant ?? (flag && c ? suggestedReading(flag, c.review.baseVariant)?.variant : undefined);
      if (!c || !flag || !chosen) return;
      change((cur) => reviewModel.accept(cur.review, cur.story, flag.id, chosen, stamp()), {
        advanceFrom: flag.id,
      });
    },

    reject: (flagId) => {
      const c = current();
      const flag = c && flagOf(c, flagId);
      if (!c || !flag) return;
      change((cur) => reviewModel.reject(cur.review, cur.story, flag.id, stamp()), {
        advanceFrom: flag.id,
      });
    },

    pick: (flagId, variant) => {
      const c = current();
      const flag = c && flagOf(c, flagId);
      if (!c || !flag) return;
      change((cur) => reviewModel.pick(cur.review, cur.story, flag.id, variant, stamp()), {
        advanceFrom: flag.id,
      });
    },

    pickAt: (index) => {
      const c = current();
      const flag = c && flagOf(c, undefined);
      const group = flag ? groupReadings(flag)[index] : undefined;
      // The base's printed form when the base prints this reading: the canonical keeps one style.
      const variant =
        c && group?.variants.includes(c.review.baseVariant)
          ? c.review.baseVariant
          : group?.variants[0];
      if (flag && variant) get().pick(flag.id, variant);
    },

    setEditingFlag: (flagId, text) => set({ editingFlag: flagId, editingText: text ?? '' }),

    editCurrent: () => {
      const c = current();
      const flag = c && flagOf(c, undefined);
      if (!c || !flag) return;
      const anchor = c.review.anchors.find((a) => a.flagId === flag.id);
      set({
        editingFlag: flag.id,
        editingText: anchor ? c.review.canonical.slice(anchor.start, anchor.end) : '',
      });
    },

    reopen: (flagId) => {
      const c = current();
      const flag = c && flagOf(c, flagId);
      if (!c || !flag) return;
      change((cur) => reviewModel.reopen(cur.review, flag.id));
    },

    setNote: (flagId, note) => {
      change((cur) => setDecisionNote(cur.review, flagId, note));
    },

    editFlag: (flagId, text) => {
      change((cur) => reviewModel.editFlag(cur.review, cur.story, flagId, text, stamp()));
    },

    editCanonical: (storyId, edits) => {
      if (edits.length === 0) return;
      if (get().storyId !== storyId) return;
      // Keystrokes coalesce into one undo step until the editor pauses (see TYPING_PAUSE_MS).
      const now = Date.now();
      if (now - lastKeystroke > TYPING_PAUSE_MS) typingRun += 1;
      lastKeystroke = now;
      change((cur) => reviewModel.edit(cur.review, edits, stamp()), {
        typingKey: `typing-${typingRun}`,
      });
    },

    bulk: (request) => {
      const filter = get().reviewFilter;
      let notice = { decided: 0, skipped: 0 };
      change((cur) => {
        const outcome = reviewModel.bulk(cur.review, cur.story, request, filter, stamp());
        notice = { decided: outcome.decided, skipped: outcome.skipped };
        return outcome.review;
      });
      set({ bulkNotice: notice });
    },

    dismissBulkNotice: () => set({ bulkNotice: null }),

    undo: () => {
      const c = current();
      if (!c) return;
      const moved = reviewModel.undo(c.history);
      if (moved) setHistory(c.story.id, moved);
    },

    redo: () => {
      const c = current();
      if (!c) return;
      const moved = reviewModel.redo(c.history);
      if (moved) setHistory(c.story.id, moved);
    },

    nextFlag: () => step(1),
    previousFlag: () => step(-1),

    changeBaseVariant: (variant) => {
      get().setBaseVariant(variant);
      change((cur) => reviewModel.changeBase(cur.review, cur.story, textsOf(get()), variant));
    },

    applyStyleNote: (note) => {
      const c = current();
      if (!c) return;
      let changes = 0;
      change((cur) => {
        const outcome = reviewModel.applyStyle(cur.review, note);
        changes = outcome.changes;
        return outcome.review;
      });
      const storyId = c.story.id;
      set((state) => ({
        appliedNotes: {
          ...state.appliedNotes,
          [storyId]: { ...state.appliedNotes[storyId], [noteKey(note)]: changes },
        },
      }));
    },

    setReviewFilter: (patch) =>
      set((state) => ({ reviewFilter: { ...state.reviewFilter, ...patch } })),
  };
};
