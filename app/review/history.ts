/**
 * A bounded undo/redo history of immutable snapshots (StoryReview or anything else). Snapshots
 * share their unchanged parts, so keeping a hundred of a long story costs little.
 */

/** Default number of undo steps kept: a working day's worth at a decision a minute is more, but
 * each step may hold a 20k-character canonical, and 200 of them stay well under 10 MB. */
export const DEFAULT_HISTORY_LIMIT = 200;

/** The past, the present and the undone future. */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly limit: number;
  /** The coalescing key of the last push, when it asked to coalesce. */
  readonly lastKey?: string;
}

/** Options of `pushHistory`. */
export interface PushOptions {
  /**
   * Coalesce with the previous push when it carried the same key: the present is replaced without a
   * new undo step (e.g. "typing" for consecutive keystrokes; the caller starts a new key after a
   * pause or a cursor jump).
   */
  readonly coalesce?: string;
}

/** A history holding only the present. */
export function createHistory<T>(present: T, limit: number = DEFAULT_HISTORY_LIMIT): History<T> {
  return { past: [], present, future: [], limit: Math.max(1, Math.floor(limit)) };
}

/** Makes `next` the present; the old present becomes an undo step (unless coalesced) and redo is cleared. */
export function pushHistory<T>(
  history: History<T>,
  next: T,
  options: PushOptions = {},
): History<T> {
  const key = options.coalesce;
  if (key !== undefined && key === history.lastKey && history.future.length === 0) {
    return { ...history, present: next };
  }
  const past = [...history.past, history.present];
  const trimmed = past.length > history.limit ? past.slice(past.length - history.limit) : past;
  return {
    past: trimmed,
    present: next,
    future: [],
    limit: history.limit,
    ...(key !== undefined ? { lastKey: key } : {}),
  };
}

/** True when there is a step to undo. */
export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

/** True when there is an undone step to redo. */
export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

/** Steps back once; unchanged when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0 || previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    limit: history.limit,
  };
}

/** Steps forward once; unchanged when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  const next = history.future[0];
  if (history.future.length === 0 || next === undefined) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(1),
    limit: history.limit,
  };
}
