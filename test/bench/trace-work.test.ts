import { describe, expect, it } from 'vitest';
import { keyWork, type TraceEvent } from '../../bench/trace-work';

const MAIN = { pid: 1, tid: 7 };
const thread: TraceEvent = {
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  ...MAIN,
  args: { name: 'CrRendererMain' },
};

/** A complete event on the main thread, times in milliseconds (the trace counts microseconds). */
function x(name: string, startMs: number, durMs: number, type?: string, where = MAIN): TraceEvent {
  return {
    name,
    ph: 'X',
    ts: startMs * 1000,
    dur: durMs * 1000,
    ...where,
    ...(type ? { args: { data: { type } } } : {}),
  };
}

/** A key press: its task, a keypress task, and (unless `frameAt` is null) a frame task. */
function press(at: number, frameAt: number | null): TraceEvent[] {
  const events = [
    x('RunTask', at, 1),
    x('EventDispatch', at + 0.1, 0.8, 'keydown'),
    x('RunTask', at + 1.5, 2),
    x('EventDispatch', at + 1.6, 1.8, 'keypress'),
  ];
  if (frameAt !== null)
    events.push(
      x('RunTask', frameAt, 6),
      x('FireAnimationFrame', frameAt + 0.2, 3),
      x('Paint', frameAt + 4, 1),
    );
  return events;
}

describe('keyWork', () => {
  it('adds the tasks that handled each key and takes the first frame after it, leaving out the wait', () => {
    const events = [
      thread,
      ...press(100, 112),
      x('RunTask', 105, 4) /* a timer: not input */,
      ...press(200, 204),
    ];
    expect(keyWork(events)).toEqual([
      { input: 3, frame: 6 },
      { input: 3, frame: 6 },
    ]);
  });

  it('leaves out a press the trace shows no frame for, and other threads', () => {
    const other = { pid: 1, tid: 9 };
    const events = [
      thread,
      ...press(100, 110),
      x('RunTask', 150, 9, undefined, other),
      x('FireAnimationFrame', 151, 5, undefined, other),
      ...press(300, null),
    ];
    expect(keyWork(events)).toHaveLength(1);
  });

  it('gives nothing for a trace without the renderer main thread', () => {
    expect(keyWork(press(100, 110))).toEqual([]);
  });
});
