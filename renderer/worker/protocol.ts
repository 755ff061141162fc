/** The messages between the renderer and the compare worker: plain data only. */
import type { CompareResult, VariantText } from '../../app/model/types';
import type { DeskRules } from '../../app/review/desk-rules';

/** Renderer → worker: compare these variants; `id` ties replies to the request. */
export interface CompareRequest {
  readonly type: 'compare';
  readonly id: number;
  readonly variants: readonly VariantText[];
  /** The UI language, for the language of each flag's `why`; English when absent. */
  readonly language?: 'en' | 'zh-CN';
  /** The editor's desk rules, applied to the result after the engine (app/review/desk-rules.ts). */
  readonly deskRules?: DeskRules;
}

/**
 * Renderer → worker: drop request `id` if it has not started. Sent instead of terminating while
 * the worker is still loading its segmenter, so that a replaced comparison never tears a worker
 * down in the middle of instantiating WebAssembly (and the next request does not pay that again).
 */
export interface CancelRequest {
  readonly type: 'cancel';
  readonly id: number;
}

/** Every message the renderer sends the worker. */
export type WorkerRequest = CompareRequest | CancelRequest;

/** Worker → renderer. */
export type CompareReply =
  /** The worker's one-time loads are done: from now on it is busy only while it compares. */
  | { readonly type: 'ready' }
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly phase: string;
      readonly fraction: number;
    }
  | { readonly type: 'result'; readonly id: number; readonly result: CompareResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
