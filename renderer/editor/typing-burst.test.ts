import { describe, expect, it } from 'vitest';
import {
  asTyping,
  createCatchUp,
  isTypingChange,
  TYPING_PAUSE_MS,
  untilTypingPause,
  type CatchUpClock,
} from './typing-burst';

/** A clock the test drives: frames and timers run only when the test says. */
function fakeClock(): CatchUpClock & {
  now: number;
  frame(): void;
  advance(ms: number): void;
  pauseAt: number;
} {
  let frames: (() => void)[] = [];
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const clock = {
    now: 0,
    pauseAt: 0,
    afterNextFrame(callback: () => void) {
      frames.push(callback);
    },
    setTimeout(callback: () => void, ms: number) {
      const id = nextId++;
      timers.push({ at: clock.now + ms, run: callback, id });
      return id;
    },
    clearTimeout(handle: unknown) {
      timers = timers.filter((t) => t.id !== handle);
    },
    untilPause() {
      return Math.max(0, clock.pauseAt - clock.now);
    },
    frame() {
      const due = frames;
      frames = [];
      due.forEach((f) => f());
    },
    advance(ms: number) {
      const end = clock.now + ms;
      for (;;) {
        const next = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((t) => t !== next);
        clock.now = next.at;
        next.run();
      }
      clock.now = end;
    },
  };
  return clock;
}

describe('createCatchUp', () => {
  it('runs a frame request once, after the next frame, however many changes came before it', () => {
    const clock = fakeClock();
    let runs = 0;
    const catchUp = createCatchUp(() => (runs += 1), clock, 250);
    catchUp.request('frame');
    catchUp.request('frame');
    expect(runs).toBe(0);
    clock.frame();
    expect(runs).toBe(1);
    clock.advance(300);
    expect(runs).toBe(1);
  });

  it('runs a frame request after the fallback when no frame comes (hidden window)', () => {
    const clock = fakeClock();
    let runs = 0;
    createCatchUp(() => (runs += 1), clock, 250).request('frame');
    clock.advance(249);
    expect(runs).toBe(0);
    clock.advance(1);
    expect(runs).toBe(1);
  });

  it('waits for typing to pause, and keeps waiting while the burst goes on', () => {
    const clock = fakeClock();
    let runs = 0;
    const catchUp = createCatchUp(() => (runs += 1), clock, 250);
    clock.pauseAt = 300;
    catchUp.request('pause');
    clock.frame();
    clock.advance(200);
    // Another key at 200 ms: the pause now ends at 500 ms.
    clock.pauseAt = 500;
    catchUp.request('pause');
    clock.advance(150);
    expect(runs).toBe(0);
    clock.advance(150);
    expect(runs).toBe(1);
  });

  it('lets a decision in the middle of a burst through after the next frame', () => {
    const clock = fakeClock();
    let runs = 0;
    const catchUp = createCatchUp(() => (runs += 1), clock, 250);
    clock.pauseAt = 300;
    catchUp.request('pause');
    catchUp.request('frame');
    clock.frame();
    expect(runs).toBe(1);
    clock.advance(400);
    expect(runs).toBe(1);
  });

  it('runs nothing after cancel', () => {
    const clock = fakeClock();
    let runs = 0;
    const catchUp = createCatchUp(() => (runs += 1), clock, 250);
    catchUp.request('frame');
    catchUp.cancel();
    clock.frame();
    clock.advance(1000);
    expect(runs).toBe(0);
  });
});

describe('asTyping', () => {
  it('marks only the changes made inside it as typing, and starts a pause window', () => {
    const seen: boolean[] = [];
    asTyping(() => seen.push(isTypingChange()));
    seen.push(isTypingChange());
    expect(seen).toEqual([true, false]);
    const left = untilTypingPause();
    expect(left).toBeGreaterThan(TYPING_PAUSE_MS - 50);
    expect(untilTypingPause(performance.now() + TYPING_PAUSE_MS + 1)).toBe(0);
  });

  it('clears the typing mark when the edit throws', () => {
    expect(() =>
      asTyping(() => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(isTypingChange()).toBe(false);
  });
});
