/**
 * Performance marks the UI bench reads (issue 5: first full render, next flag, keystroke). The time
 * of the last key press is the event's own time stamp (when the browser received the key, so input
 * queueing counts too), recorded by a window capture listener that must be installed before any
 * handler that acts on keys (see trackKeyTimes); a measure ends at the frame after the work it
 * caused, so it includes layout and paint scheduling.
 */

let lastKey: { key: string; at: number } | null = null;

/**
 * Starts recording key press times (idempotent). Call it before installing any window keydown
 * listener that acts on keys: listeners on one target run in the order they were added, and a
 * handler that ran first would otherwise measure from the previous key press (the time between
 * presses), which is what the next-flag figure once did.
 */
export function trackKeyTimes(): void {
  if ((window as { __variorumKeyTimes?: boolean }).__variorumKeyTimes) return;
  (window as { __variorumKeyTimes?: boolean }).__variorumKeyTimes = true;
  // event.timeStamp is on performance.now()'s clock and no later than the dispatch.
  window.addEventListener(
    'keydown',
    (event) => (lastKey = { key: event.key, at: Math.min(event.timeStamp, performance.now()) }),
    { capture: true },
  );
}

/** Calls back after the next frame has been produced (rAF, then a task after it). */
export function afterNextFrame(callback: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(null);
  });
}

/** Measures from the last key press (when it is one of `keys` and recent) to the next frame. */
export function measureFromKey(name: string, keys: readonly string[] | null): void {
  const key = lastKey;
  // A key older than a second did not cause this work (e.g. a click came after it).
  if (!key || (keys && !keys.includes(key.key)) || performance.now() - key.at > 1000) return;
  lastKey = null;
  afterNextFrame(() => performance.measure(name, { start: key.at, end: performance.now() }));
}

/** Measures from a named mark to the next frame. */
export function measureFromMark(name: string, startMark: string): void {
  afterNextFrame(() => {
    try {
      performance.measure(name, startMark);
    } catch {
      // The start mark is missing (e.g. opened before tracking started): nothing to measure.
    }
  });
}
