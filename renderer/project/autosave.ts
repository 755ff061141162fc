/**
 * Autosave: every change of the variants, the comparison or a review is written, debounced, to
 * window.api.autosave (a file in the app's data folder written atomically by main, or IndexedDB in
 * the browser), so that a crash loses at most the last second of work.
 */
import { serializeProject } from '../../app/project/project-file';
import type { AppState } from '../store';
import { isSaved } from '../store/project-slice';
import { hasWork, projectFromState } from './build-project';

/**
 * How long the state must rest before it is written: a burst of decisions or typing becomes one
 * write, and a crash loses at most about this much work (issue 6: "debounced", ~1 s).
 */
export const AUTOSAVE_DELAY_MS = 1000;

/** The store as the autosave needs it (the zustand store, or a test double). */
export interface AutosaveStore {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

/** Where and how the autosave writes; injected so that tests use fake timers and a fake writer. */
export interface AutosaveDeps {
  write(content: string): Promise<void>;
  /** Called when a write fails (the disk is full, IndexedDB is blocked): the editor should know. */
  onError(error: unknown): void;
  readonly delayMs?: number;
}

/** True when a change touched what a project holds (not the pane, the theme or a banner). */
function projectChanged(state: AppState, previous: AppState): boolean {
  return (
    state.variants !== previous.variants ||
    state.result !== previous.result ||
    state.reviews !== previous.reviews
  );
}

/**
 * Starts autosaving; returns the function that stops it. Nothing is written while the restore
 * offer is pending (that would overwrite the very autosave being offered), while the state is
 * exactly what was last saved or opened (it is in a project file already), or before the editor
 * has done any work (opening the samples alone is not worth a restore prompt next time).
 */
export function startAutosave(store: AutosaveStore, deps: AutosaveDeps): () => void {
  const delay = deps.delayMs ?? AUTOSAVE_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    timer = null;
    const state = store.getState();
    if (
      state.restoreOffer !== null ||
      isSaved(state) ||
      !hasWork(state.reviews, state.reviewHistories)
    )
      return;
    const project = projectFromState(state);
    if (!project) return;
    deps.write(serializeProject(project)).catch((error: unknown) => deps.onError(error));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (!projectChanged(state, previous)) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
