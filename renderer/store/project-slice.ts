/**
 * The project slice: where the project was last saved, the autosave waiting to be restored, the
 * export dialog, a project file that could not be read, and the account of sources that changed
 * on disk (which decisions came along and which did not). The imperative steps (dialogs, the
 * worker, window.api) live in renderer/project/; this slice only holds their outcome.
 */
import type { StateCreator } from 'zustand';
import type { CompareResult } from '../../app/model/types';
import type { LostDecision, SourceChange, UncarriedEdits } from '../../app/project/carry-over';
import type { StoryReview } from '../../app/review/types';
import type { DeskRules } from '../../app/review/desk-rules';
import { reviewModel } from '../review/review-model';
import type { AppState } from './index';
import { colourAt, type VariantEntry } from './variants-slice';

/** What happened to the sources of an opened project, shown in a panel until dismissed. */
export interface SourceReport {
  readonly changes: readonly SourceChange[];
  /** How many decisions were carried to the new comparison. */
  readonly carried: number;
  /** Decisions that could not be placed: listed for the editor, never dropped silently. */
  readonly lost: readonly LostDecision[];
  readonly uncarriedEdits: readonly UncarriedEdits[];
  /** Set when the editor added or removed pages (file names), instead of sources changing on disk. */
  readonly pages?: { readonly added: readonly string[]; readonly removed: readonly string[] };
}

/** One line under a notice's message: an i18n key and its values. */
export interface NoticeDetail {
  readonly key: string;
  readonly params?: Readonly<Record<string, string>>;
}

/** A message about a project file (bad file, saved, restored): an i18n key and its values. */
export interface ProjectNotice {
  readonly kind: 'error' | 'info';
  readonly key: string;
  readonly params?: Readonly<Record<string, string>>;
  /** What was found, one line each (a project that does not fit its texts lists its mismatches). */
  readonly details?: readonly NoticeDetail[];
}

/** The parts of an opened project the store takes in one step. */
export interface LoadedProjectState {
  readonly variants: readonly Omit<VariantEntry, 'colour'>[];
  readonly result: CompareResult;
  readonly reviews: Readonly<Record<string, StoryReview>>;
  readonly title: string | null;
  /** Where the project file lives (Electron) or its file name (browser); null for an autosave. */
  readonly path: string | null;
  /** The desk rules the project was saved with; absent for a project saved without them. */
  readonly deskRules?: DeskRules;
}

/** State and actions of the project slice. */
export interface ProjectSlice {
  /** Where File ▸ Save writes without asking; null until saved or opened from a file. */
  readonly projectPath: string | null;
  readonly projectTitle: string | null;
  /** The autosaved project found at start-up, until the editor restores or discards it. */
  readonly restoreOffer: string | null;
  /** The format the export dialog was opened with; null when the dialog is closed. */
  readonly exportDialog: { readonly format: string } | null;
  readonly projectNotice: ProjectNotice | null;
  readonly sourceReport: SourceReport | null;
  /**
   * What the last explicit save or open held (by reference): autosave skips a state that is
   * already in a project file, and writes again as soon as anything changes.
   */
  readonly savedState: SavedState | null;
  /** Takes an opened project into the store: variants, comparison, reviews, in one step. */
  applyProject(loaded: LoadedProjectState): void;
  setProjectPath(path: string | null, title?: string | null): void;
  setRestoreOffer(content: string | null): void;
  openExportDialog(format?: string): void;
  closeExportDialog(): void;
  setProjectNotice(notice: ProjectNotice | null): void;
  setSourceReport(report: SourceReport | null): void;
  /**
   * Takes a new comparison of a changed set of pages with the decisions carried over to it: the
   * carried reviews replace the old ones, the story the editor was on stays open when it still is
   * one, and the report lists what came along and what did not.
   */
  applyRecompare(
    result: CompareResult,
    reviews: Readonly<Record<string, StoryReview>>,
    report: SourceReport,
  ): void;
  /** Remembers a state (default the current one) as saved, after File ▸ Save wrote it. */
  markSaved(saved?: SavedState): void;
}

/** The parts of the store a project file holds, as references to compare. */
export interface SavedState {
  readonly variants: AppState['variants'];
  readonly result: AppState['result'];
  readonly reviews: AppState['reviews'];
}

/** True when the store still holds exactly what was last saved or opened. */
export function isSaved(state: AppState): boolean {
  const saved = state.savedState;
  return (
    saved !== null &&
    saved.variants === state.variants &&
    saved.result === state.result &&
    saved.reviews === state.reviews
  );
}

/** The lead story of a result: most variants, then most flags (as the session slice picks it). */
function leadStory(
  result: CompareResult,
  reviews: Readonly<Record<string, StoryReview>>,
): string | null {
  const reviewed = result.stories.filter((s) => reviews[s.id] !== undefined);
  const pool = reviewed.length > 0 ? reviewed : result.stories;
  const first = [...pool].sort(
    (a, b) => b.spans.length - a.spans.length || b.flags.length - a.flags.length,
  )[0];
  return first?.id ?? null;
}

/** Creates the project slice. */
export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set, get) => ({
  projectPath: null,
  projectTitle: null,
  restoreOffer: null,
  exportDialog: null,
  projectNotice: null,
  sourceReport: null,
  savedState: null,
  applyProject: (loaded) => {
    // receiveResult picks the right-hand pane and clears old reviews; the project's reviews then
    // replace them, each with a fresh undo history (undo never crosses a project open).
    set({
      variants: loaded.variants.map((v, i) => ({ ...v, colour: colourAt(i) })),
      failures: [],
    });
    // The project's own desk rules apply while it is open; without them, this machine's.
    get().takeProjectDeskRules(loaded.deskRules);
    get().receiveResult(loaded.result);
    const histories = Object.fromEntries(
      Object.entries(loaded.reviews).map(([id, r]) => [id, reviewModel.newHistory(r)]),
    );
    set({
      reviews: loaded.reviews,
      reviewHistories: histories,
      projectPath: loaded.path,
      projectTitle: loaded.title,
    });
    const lead = leadStory(loaded.result, loaded.reviews);
    if (lead) get().openStory(lead);
    // After openStory, which may have started the review of an unreviewed lead story.
    get().markSaved();
  },
  applyRecompare: (result, reviews, report) => {
    const before = get();
    const title = before.result?.stories.find((s) => s.id === before.storyId)?.title;
    get().receiveResult(result);
    const histories = Object.fromEntries(
      Object.entries(reviews).map(([id, r]) => [id, reviewModel.newHistory(r)]),
    );
    set({ reviews, reviewHistories: histories, sourceReport: report });
    const same = title === undefined ? undefined : result.stories.find((s) => s.title === title);
    const open = same?.id ?? leadStory(result, reviews);
    if (open) get().openStory(open);
  },
  setProjectPath: (projectPath, title) =>
    set(title === undefined ? { projectPath } : { projectPath, projectTitle: title }),
  setRestoreOffer: (restoreOffer) => set({ restoreOffer }),
  openExportDialog: (format) => set({ exportDialog: { format: format ?? 'txt' } }),
  closeExportDialog: () => set({ exportDialog: null }),
  setProjectNotice: (projectNotice) => set({ projectNotice }),
  setSourceReport: (sourceReport) => set({ sourceReport }),
  markSaved: (saved) => {
    const { variants, result, reviews } = get();
    set({ savedState: saved ?? { variants, result, reviews } });
  },
});
