/**
 * Main-thread work per key press, read from a Chromium trace: the tasks that handled the key
 * (keydown, keypress, input) plus the first frame after it (animation frame callbacks, style,
 * layout, paint, commit). It leaves out the wait for the frame, which the key-to-frame figure
 * includes: the two together tell whether a slow figure is work or frame alignment.
 */

/** The fields of a trace event this reads (Chrome trace event format). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } };
}

/** One key press: milliseconds of input handling and of the frame that showed it. */
export interface KeyWork {
  readonly input: number;
  readonly frame: number;
}

/** Events of one kind of input, as EventDispatch names them. */
const INPUT_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'input', 'textInput', 'keyup']);

/** The renderer's main thread (CrRendererMain) of a trace, or undefined. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const named = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return named ? { pid: named.pid, tid: named.tid } : undefined;
}

/**
 * Work per keydown in the trace, in order. A task counts as the key's input when it dispatches an
 * input event and starts before the key's frame; the frame is the first task after the keydown
 * that runs animation frame callbacks. A press with no frame after it (the trace ended) is left out.
 */
export function keyWork(events: readonly TraceEvent[]): KeyWork[] {
  const thread = mainThread(events);
  if (!thread) return [];
  const onMain = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const inside = (task: TraceEvent, test: (e: TraceEvent) => boolean): boolean =>
    onMain.some(
      (e) => e !== task && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && test(e),
    );
  const isInput = (e: TraceEvent): boolean =>
    e.name === 'EventDispatch' && INPUT_EVENTS.has(e.args?.data?.type ?? '');
  const isFrame = (e: TraceEvent): boolean => e.name === 'FireAnimationFrame';
  const keydowns = onMain.filter(
    (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
  );
  const result: KeyWork[] = [];
  keydowns.forEach((key, index) => {
    const next = keydowns[index + 1]?.ts ?? Number.POSITIVE_INFINITY;
    const frame = tasks.find((t) => t.ts > key.ts && t.ts < next && inside(t, isFrame));
    if (!frame) return;
    const handled = tasks.filter(
      (t) => t.ts + (t.dur ?? 0) >= key.ts && t.ts < frame.ts && inside(t, isInput),
    );
    const input = handled.reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000;
    result.push({ input, frame: (frame.dur ?? 0) / 1000 });
  });
  return result;
}
