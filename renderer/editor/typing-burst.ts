/**
 * Typing bursts in the canonical: panels that lag behind the editor (flag list, numbers table,
 * variance strip, story counts, the canonical's flag marks) wait for a pause in typing instead of
 * re-rendering after every key. Only the changes typing itself makes wait; a decision, an undo or
 * a flag step made in the middle of a burst still reaches the panels after the next frame.
 */

/** A typist's gap between bursts: after this long without a key the panels catch up. */
export const TYPING_PAUSE_MS = 300;

let lastTypedAt = Number.NEGATIVE_INFINITY;
let typingChange = false;

/**
 * Runs `edit` (the store update for a keystroke) marked as typing: store subscribers that ask
 * `isTypingChange()` during it learn the change came from the keyboard in the canonical.
 */
export function asTyping(edit: () => void): void {
  lastTypedAt = performance.now();
  typingChange = true;
  try {
    edit();
  } finally {
    typingChange = false;
  }
}

/** Whether the store change being delivered now is a keystroke's (see asTyping). */
export function isTypingChange(): boolean {
  return typingChange;
}

/** Milliseconds until the current typing burst counts as paused (0 when it already is). */
export function untilTypingPause(now = performance.now()): number {
  return Math.max(0, lastTypedAt + TYPING_PAUSE_MS - now);
}

/** When a lagging panel should catch up: after the next frame, or at the end of a typing burst. */
export type CatchUpWhen = 'frame' | 'pause';

/** What a lagging subscriber needs to schedule its catch-up (injected so tests control time). */
export interface CatchUpClock {
  afterNextFrame(callback: () => void): void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  untilPause(): number;
}

/**
 * A catch-up scheduler for one lagging subscriber: `request(when)` asks for `run` to be called
 * once, after the next frame ('frame') or when typing pauses ('pause'); a 'frame' request upgrades
 * a pending 'pause' one, and a typing burst that goes on keeps postponing a 'pause' one.
 * `fallbackMs` runs a 'frame' request anyway when no frame comes (a hidden window).
 */
export function createCatchUp(
  run: () => void,
  clock: CatchUpClock,
  fallbackMs: number,
): { request(when: CatchUpWhen): void; cancel(): void } {
  let pending: CatchUpWhen | null = null;
  let timer: unknown;
  let generation = 0;

  const fire = (expected: number): void => {
    if (pending === null || expected !== generation) return;
    if (pending === 'pause') {
      const wait = clock.untilPause();
      if (wait > 0) {
        schedulePause(wait);
        return;
      }
    }
    pending = null;
    clock.clearTimeout(timer);
    run();
  };
  const schedulePause = (wait: number): void => {
    clock.clearTimeout(timer);
    const at = generation;
    timer = clock.setTimeout(() => fire(at), wait);
  };

  return {
    request(when) {
      if (pending === 'frame' || (pending === 'pause' && when === 'pause')) return;
      pending = when;
      generation += 1;
      const at = generation;
      if (when === 'pause') {
        schedulePause(Math.max(clock.untilPause(), 0));
        return;
      }
      clock.clearTimeout(timer);
      clock.afterNextFrame(() => fire(at));
      timer = clock.setTimeout(() => fire(at), fallbackMs);
    },
    cancel() {
      pending = null;
      generation += 1;
      clock.clearTimeout(timer);
    },
  };
}
