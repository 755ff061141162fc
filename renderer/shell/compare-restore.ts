/**
 * What the editor's Cancel puts back. Opening pages (replace or add) or removing one changes the
 * store before the worker compares; a Cancel while it compares returns to the review that was on
 * screen before that change — its pages, result, decisions, undo history and place — as if the
 * change had not been asked for. Settings the editor may change meanwhile are not touched.
 */
import { useAppStore, type AppState } from '../store';

/**
 * State a Cancel leaves as it is: the settings (the editor may change them while the worker runs)
 * and transient UI (banners, progress, dialogs and offers). Everything else belongs to the review.
 */
const NOT_RESTORED: ReadonlySet<string> = new Set<keyof AppState>([
  'theme',
  'language',
  'editorName',
  'baseVariant',
  'showAsPrinted',
  'autoAdvance',
  'followFlag',
  'hideUnchanged',
  'banners',
  'progress',
  'restoreOffer',
  'exportDialog',
  'projectNotice',
  'pendingOpen',
]);

/** The review's data at one moment (plain values; the store's actions are not copied). */
export type RestorePoint = Readonly<Partial<AppState>>;

/** The review as it is now in `store`. */
export function captureRestorePoint(store: { getState(): AppState } = useAppStore): RestorePoint {
  const saved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(store.getState())) {
    if (typeof value !== 'function' && !NOT_RESTORED.has(key)) saved[key] = value;
  }
  return saved as RestorePoint;
}

/** Puts the review of `point` back into `store`, with no comparison running. */
export function restoreReview(
  point: RestorePoint,
  store: { setState(partial: Partial<AppState>): void } = useAppStore,
): void {
  store.setState({ ...point, progress: null });
}
