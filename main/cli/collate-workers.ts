/**
 * A day's pages on several cores: the main thread segments the pages and finds their stories
 * (app/compare.ts locateStories), then worker threads collate the shared stories — each story on
 * its own, so they need no order — and the main thread assembles the result in the finder's order.
 * The output is the one compareVariants gives in one thread (main/cli/bin.test.ts compares them).
 *
 * The workers run the bin's own file (the built dist/cli.js; index.ts dispatches on workerData).
 * They start when the command starts, so that loading the bundle and jieba-wasm's dictionary
 * (each worker pays for its own, ~0.3 s) overlaps the main thread's reading and story finding.
 * Stories are handed out through one shared counter, largest first: a worker takes the next
 * story when it is done with one, so two cores stay busy even when one story is most of the day.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  assembleResult,
  collateStory,
  type CollatedStory,
  type LocatedStories,
} from '../../app/compare';
import { segment } from '../../app/classify/tagger';
import type { Block } from '../../app/segment/block-types';
import type { StoryLocation } from '../../app/stories/find-stories';
import type { CompareResult, VariantText } from '../../app/model/types';

/** The workerData that makes the bin's file a collation worker. */
const ROLE = 'variorum-collate';

/** The work posted to every worker: the whole day, and the counter they take stories from. */
interface WorkMessage {
  readonly variants: readonly VariantText[];
  readonly blocks: readonly (readonly [string, readonly Block[]])[];
  readonly locations: readonly StoryLocation[];
  /** Story indexes, largest story first. */
  readonly order: readonly number[];
  /** One Int32 on a SharedArrayBuffer: the next position in `order` to take. */
  readonly next: Int32Array;
}

/** What a worker posts back. */
type WorkerReply =
  | { readonly type: 'story'; readonly index: number; readonly collated: CollatedStory }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };

/** Collation workers started ahead of the work. */
export interface CollatePool {
  /** Collates every shared story on the workers and assembles the result; closes the pool. */
  compare(variants: readonly VariantText[], located: LocatedStories): Promise<CompareResult>;
  /** Stops the workers without work (the run failed before collation). */
  close(): void;
}

/** How much work a story is: characters carried, summed over its spans (alignment is about linear in it). */
function storySize(location: StoryLocation): number {
  return location.spans.reduce((n, s) => n + (s.end - s.start), 0);
}

/** The bin's own file, set by index.ts; unset (run from the sources, in tests) compare stays in one thread. */
let workerEntry: string | undefined;

/** Lets compare collate on worker threads running `entry`, the built bin (main/cli/index.ts). */
export function useCollateWorkers(entry: string): void {
  workerEntry = entry;
}

/** A day: from this many files on, compare collates on workers unless `--jobs` says otherwise. */
const DAY_FILES = 10;

/**
 * How many workers compare starts for `files` files: `jobs` when given (`--jobs`; 0 collates in
 * the main thread), else two for a day's pages (DAY_FILES or more) where there are two cores, else
 * none. None where the bin's file is not known.
 */
export function collateJobs(files: number, jobs: number | undefined): number {
  if (workerEntry === undefined) return 0;
  if (jobs !== undefined) return jobs;
  return files >= DAY_FILES ? Math.min(2, availableParallelism()) : 0;
}

/** Starts `count` workers running the bin's file (useCollateWorkers). */
export function startCollateWorkers(count: number): CollatePool {
  const entry = workerEntry;
  if (entry === undefined) throw new Error('no worker entry: useCollateWorkers was not called');
  const workers = Array.from(
    { length: count },
    () => new Worker(entry, { workerData: { role: ROLE } }),
  );
  const close = (): void => {
    for (const w of workers) void w.terminate();
  };
  return {
    close,
    async compare(variants, located) {
      const locations = located.finding.shared;
      const order = locations
        .map((location, index) => ({ index, size: storySize(location) }))
        .sort((a, b) => b.size - a.size || a.index - b.index)
        .map((x) => x.index);
      const next = new Int32Array(new SharedArrayBuffer(4));
      const collated: (CollatedStory | undefined)[] = locations.map(() => undefined);
      const message: WorkMessage = {
        variants,
        blocks: [...located.blocks],
        locations,
        order,
        next,
      };
      try {
        await Promise.all(
          workers.map(
            (worker) =>
              new Promise<void>((resolve, reject) => {
                worker.on('message', (reply: WorkerReply) => {
                  if (reply.type === 'story') collated[reply.index] = reply.collated;
                  else if (reply.type === 'done') resolve();
                  else reject(new Error(reply.message));
                });
                worker.on('error', reject);
                worker.on('exit', (code) => {
                  reject(new Error(`a collation worker stopped (exit code ${code})`));
                });
                worker.postMessage(message);
              }),
          ),
        );
      } finally {
        close();
      }
      const missing = collated.findIndex((c) => c === undefined);
      if (missing >= 0) throw new Error(`story ${missing + 1} was not collated`);
      return assembleResult(variants, located.finding, collated as CollatedStory[]);
    },
  };
}

/** True in a thread started by startCollateWorkers. */
export function isCollateWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null | undefined)?.role === ROLE;
}

/**
 * The worker's side: loads the segmenter's dictionary while the main thread finds the stories,
 * then takes stories from the shared counter until none is left, posting each one collated.
 */
export function runCollateWorker(): void {
  const port = parentPort;
  if (!port) return;
  // jieba-wasm builds its dictionary on the first call: pay for it now, while the main thread works.
  segment('预热');
  port.once('message', (work: WorkMessage) => {
    try {
      const blocks = new Map(work.blocks);
      for (;;) {
        const k = Atomics.add(work.next, 0, 1);
        const index = work.order[k];
        if (index === undefined) break;
        const location = work.locations[index] as StoryLocation;
        const collated = collateStory(work.variants, location, { blocks });
        port.postMessage({ type: 'story', index, collated } satisfies WorkerReply);
      }
      port.postMessage({ type: 'done' } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply);
    }
  });
}
