import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { measureFromKey, trackKeyTimes } from './perf-marks';

/** A keydown as the browser dispatches it, with the time stamp it was received at. */
function keydown(key: string, timeStamp: number): Event {
  const event = new Event('keydown');
  Object.defineProperty(event, 'key', { value: key });
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  return event;
}

describe('measureFromKey', () => {
  beforeEach(() => {
    // A window without a DOM: an event target, and frames as immediate timers.
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('requestAnimationFrame', (callback: (t: number) => void) =>
      setTimeout(() => callback(performance.now()), 0),
    );
    performance.clearMeasures();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('measures from the key press that caused the work, even for a handler that reacts to it synchronously', async () => {
    trackKeyTimes();
    // The review keyboard: installed after the tracker, it acts on the key at once.
    window.addEventListener('keydown', () => measureFromKey('test:next', ['F8']), {
      capture: true,
    });
    const first = performance.now();
    window.dispatchEvent(keydown('F8', first));
    await new Promise((r) => setTimeout(r, 30));
    const second = performance.now();
    window.dispatchEvent(keydown('F8', second));
    await new Promise((r) => setTimeout(r, 30));
    const starts = performance.getEntriesByName('test:next', 'measure').map((m) => m.startTime);
    expect(starts).toEqual([first, second]);
  });

  it('ignores other keys and keys older than a second', async () => {
    trackKeyTimes();
    window.dispatchEvent(keydown('x', performance.now()));
    measureFromKey('test:other', ['F8']);
    window.dispatchEvent(keydown('F8', performance.now() - 2000));
    measureFromKey('test:other', ['F8']);
    await new Promise((r) => setTimeout(r, 30));
    expect(performance.getEntriesByName('test:other', 'measure')).toHaveLength(0);
  });
});
