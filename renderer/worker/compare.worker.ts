/**
 * The compare worker: runs the engine (app/compare.ts) off the UI thread and posts progress.
 * One request at a time; the client cancels by terminating the worker.
 */
import { compareVariants } from '../../app/compare';
import type { CompareReply, CompareRequest } from './protocol';

/** Progress is posted at most this often: enough for a smooth bar, few enough not to flood the UI. */
const PROGRESS_INTERVAL_MS = 50;

const post = (reply: CompareReply): void => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<CompareRequest>) => {
  const request = event.data;
  if (request.type !== 'compare') return;
  let lastPost = 0;
  try {
    post({ type: 'progress', id: request.id, phase: 'stories', fraction: 0 });
    const result = compareVariants(request.variants, {
      ...(request.language ? { language: request.language } : {}),
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - lastPost < PROGRESS_INTERVAL_MS) return;
        lastPost = now;
        post({ type: 'progress', id: request.id, phase: 'align', fraction });
      },
    });
    post({ type: 'result', id: request.id, result });
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
