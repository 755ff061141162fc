/**
 * The typed client of the compare worker. The engine never runs on the UI thread; a new request
 * cancels the previous one by terminating its worker (the engine is synchronous inside the
 * worker, so termination is the only way to stop it mid-alignment). A worker that has not yet
 * said `ready` (it is still instantiating the segmenter's WebAssembly) is never terminated: it is
 * told to drop the request instead, and keeps its loaded segmenter for the next one.
 */
import type { CompareResult, VariantText } from '../../app/model/types';
import type { DeskRules } from '../../app/review/desk-rules';
import type { CompareReply, CompareRequest, WorkerRequest } from './protocol';

/** Progress of a running comparison. */
export interface CompareProgressEvent {
  readonly phase: string;
  /** 0 … 1. */
  readonly fraction: number;
}

/**
 * The rejection of a request that stopped before its result: replaced by a newer request, or
 * canceled by the editor (`byUser`, the Cancel button or Escape), whose caller then puts back
 * what was on screen before.
 */
export class CompareCanceledError extends Error {
  constructor(readonly byUser = false) {
    super(byUser ? 'The comparison was canceled.' : 'The comparison was replaced by a newer one.');
    this.name = 'CompareCanceledError';
  }
}

/** Makes a worker; injectable so that tests can use a fake. */
export type WorkerFactory = () => Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./compare.worker.ts', import.meta.url), {
    type: 'module',
    name: 'variorum-compare',
  });

interface Pending {
  readonly id: number;
  readonly resolve: (result: CompareResult) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (event: CompareProgressEvent) => void;
}

/** Hands a reply to its request; true when the request is settled (its result or its error). */
function deliver(current: Pending, reply: Exclude<CompareReply, { type: 'ready' }>): boolean {
  if (reply.type === 'progress') {
    current.onProgress?.({ phase: reply.phase, fraction: reply.fraction });
    return false;
  }
  if (reply.type === 'result') current.resolve(reply.result);
  else current.reject(new Error(reply.message));
  return true;
}

/** The request for one comparison; each flag's why is written in the UI's language (on <html lang>). */
function compareRequest(
  id: number,
  variants: readonly VariantText[],
  deskRules: DeskRules | undefined,
): CompareRequest {
  const language =
    typeof document !== 'undefined' && document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en';
  return { type: 'compare', id, variants, language, ...(deskRules ? { deskRules } : {}) };
}

/** A compare client owning at most one worker and one running request. */
export function createCompareClient(factory: WorkerFactory = defaultFactory): {
  runCompare(
    variants: readonly VariantText[],
    onProgress?: (event: CompareProgressEvent) => void,
    deskRules?: DeskRules,
  ): Promise<CompareResult>;
  /** Stops the running request, terminating its worker; `byUser` marks the editor's Cancel. */
  cancel(byUser?: boolean): void;
  /** True while a request runs. */
  running(): boolean;
} {
  let nextId = 1;
  let pending: Pending | null = null;
  let worker: ReturnType<WorkerFactory> | null = null;
  /** Whether the current worker has finished its one-time loads. */
  let ready = false;

  const spawn = (): ReturnType<WorkerFactory> => {
    const created = factory();
    ready = false;
    created.addEventListener('message', (event: MessageEvent<CompareReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') {
        if (worker === created) ready = true;
        return;
      }
      const current = pending;
      if (!current || reply.id !== current.id) return; // a reply to a canceled request
      if (deliver(current, reply)) pending = null;
    });
    created.addEventListener('error', (event: ErrorEvent) => {
      const current = pending;
      pending = null;
      created.terminate();
      if (worker === created) worker = null;
      current?.reject(new Error(event.message || 'The compare worker failed.'));
    });
    return created;
  };

  const cancel = (byUser = false): void => {
    if (!pending) return;
    const canceled = pending;
    pending = null;
    if (worker && !ready) {
      // Still loading: nothing runs yet, so a message stops the request and the loads are kept.
      const message: WorkerRequest = { type: 'cancel', id: canceled.id };
      worker.postMessage(message);
    } else {
      // The engine is synchronous inside the worker: terminating it is the only way to stop it.
      worker?.terminate();
      worker = null;
    }
    canceled.reject(new CompareCanceledError(byUser));
  };

  const runCompare = (
    variants: readonly VariantText[],
    onProgress?: (event: CompareProgressEvent) => void,
    deskRules?: DeskRules,
  ): Promise<CompareResult> => {
    cancel();
    worker ??= spawn();
    const id = nextId++;
    const request = compareRequest(id, variants, deskRules);
    const target = worker;
    return new Promise<CompareResult>((resolve, reject) => {
      pending = { id, resolve, reject, ...(onProgress ? { onProgress } : {}) };
      target.postMessage(request);
    });
  };

  return { runCompare, cancel, running: () => pending !== null };
}

let shared: ReturnType<typeof createCompareClient> | null = null;

/** Compares variants in the shared worker (with the editor's desk rules); a call cancels the one still running. */
export function runCompare(
  variants: readonly VariantText[],
  onProgress?: (event: CompareProgressEvent) => void,
  deskRules?: DeskRules,
): Promise<CompareResult> {
  shared ??= createCompareClient();
  return shared.runCompare(variants, onProgress, deskRules);
}

/** Stops the comparison still running in the shared worker, if any (not an editor's Cancel). */
export function cancelCompare(): void {
  shared?.cancel();
}

/**
 * The editor's Cancel: stops the running comparison by terminating its worker. Its caller gets a
 * CompareCanceledError with `byUser` set. Returns false when nothing was running.
 */
export function cancelCompareByUser(): boolean {
  if (!shared?.running()) return false;
  shared.cancel(true);
  return true;
}
