/**
 * A day's pages on several cores: the main thread and the workers segment the pages, the main
 * thread finds their stories (app/compare.ts locateStories), then worker threads collate the shared stories — each story on
 * its own, so they need no order — and the main thread assembles the result in the finder's order.
 * The output is the one compareVariants gives in one thread (main/cli/bin.test.ts compares them).
 *
 * The workers run the bin's own file (the built dist/cli.js; index.ts dispatches on workerData).
 * They start when the command starts, so that loading the bundle overlaps the main thread's
 * reading. Each worker segments words with its own jieba where the bin carries jieba's snapshot
 * (scripts/jieba-snapshot.mjs), restored with the classifier's other one-time loads while the
 * main thread finds the stories (payOneTimeLoads): it is ready in ~0.1 s, and a question costs no round trip to
 * another thread (two thread switches a question, ~0.5 s of a worker's time on a day of 150 pages
 * on a busy machine). Without the snapshot the segmenter is one tagger thread for all of them (tagger-thread.ts),
 * which builds jieba-wasm's dictionary once, once the pages are segmented, while the main thread
 * finds the stories.
 * Stories are handed out through one shared counter, largest first: a worker takes the next
 * story when it is done with one, so two cores stay busy even when one story is most of the day.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import {
  type MessagePort,
  Worker,
  isMainThread,
  parentPort,
  workerData,
} from 'node:worker_threads';
import {
  assembleResult,
  collateStory,
  type CollatedStory,
  type LocatedStories,
  locateStories,
} from '../../app/compare';
import type { Block, SegmentedPage } from '../../app/segment/block-types';
import { segmentPage } from '../../app/segment/segment-page';
import type { LineShapes } from '../../app/segment/read-lines';
import type { StoryLocation } from '../../app/stories/find-stories';
import type { CompareResult, VariantText } from '../../app/model/types';
import { segment, WARM_UP_TEXT } from '../../app/classify/tagger';
import { compoundSurname } from '../../app/classify/sounds';
import { hasHan } from '../../app/lexicon/characters';
import { toSimplified } from '../../app/text/script-fold';
import { startTaggerThread, useRemoteTagger, type TaggerThread } from './tagger-thread';

/** The workerData that makes the bin's file a collation worker. */
const ROLE = 'variorum-collate';

/**
 * First work posted to a worker: the pages to segment (every variant's text), and the counter
 * that the main thread and the workers take them from.
 */
interface SegmentMessage {
  readonly type: 'segment';
  readonly texts: readonly string[];
  /** One Int32 on a SharedArrayBuffer: the index of the next page to segment. */
  readonly next: Int32Array;
}

/** The work posted to every worker: the whole day, and the counter they take stories from. */
interface WorkMessage {
  readonly type: 'collate';
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
  | {
      readonly type: 'pages';
      readonly indexes: readonly number[];
      readonly pages: readonly SegmentedPage[];
    }
  | { readonly type: 'story'; readonly index: number; readonly collated: CollatedStory }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };

/** Collation workers started ahead of the work. */
export interface CollatePool {
  /**
   * Compares as compareVariants does: the workers and this thread segment the pages, this thread finds the
   * stories, the workers collate them, and the result is assembled in the finder's order.
   */
  compare(variants: readonly VariantText[]): Promise<CompareResult>;
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
  const crew = startCrew(entry, count);
  return {
    close: crew.close,
    async compare(variants) {
      try {
        const segmented = await segmentOnWorkers(crew, variants);
        crew.tagger?.preload();
        const located = locateStories(variants, segmented);
        const collated = await collateOnWorkers(crew, variants, located);
        return assembleResult(variants, located.finding, collated);
      } finally {
        crew.close();
      }
    },
  };
}

/** Started workers, and how the main thread waits for their replies. */
interface Crew {
  readonly workers: readonly Worker[];
  /** The thread that segments words for all of them; null where each has its own (ownSegmenter). */
  readonly tagger: TaggerThread | null;
  /** Stops the workers. */
  readonly close: () => void;
  /** Resolves when every worker has sent what `until` waits for; rejects when one fails. */
  readonly step: (until: (k: number, reply: WorkerReply) => boolean) => Promise<unknown>;
}

/** What a collation worker is started with: its role, and its port to the tagger thread if it has none of its own. */
interface CollateWorkerData {
  readonly role: typeof ROLE;
  readonly tagger?: MessagePort;
}

/**
 * True when the bin beside `entry` carries jieba's snapshot (its name is set by the build), so
 * that each worker can have its own segmenter without building jieba's dictionary.
 */
function ownSegmenter(entry: string): boolean {
  const snapshot = process.env.VARIORUM_JIEBA_SNAPSHOT;
  return snapshot !== undefined && snapshot !== '' && existsSync(join(dirname(entry), snapshot));
}

/**
 * Starts `count` workers running `entry`, and the tagger thread they share, and routes each
 * worker's replies to the step waiting for them.
 */
function startCrew(entry: string, count: number): Crew {
  const tagger = ownSegmenter(entry) ? null : startTaggerThread(entry);
  const workers = Array.from({ length: count }, () => {
    if (tagger === null) return new Worker(entry, { workerData: { role: ROLE } });
    const port = tagger.port();
    const data: CollateWorkerData = { role: ROLE, tagger: port };
    return new Worker(entry, { workerData: data, transferList: [port] });
  });
  const close = (): void => {
    for (const w of workers) void w.terminate();
    tagger?.close();
  };
  // Each worker's replies go to whichever step is waiting for them.
  const handlers = workers.map(() => (_reply: WorkerReply): void => {});
  const failures = workers.map(
    (worker, k) =>
      new Promise<never>((_resolve, reject) => {
        worker.on('message', (reply: WorkerReply) => {
          if (reply.type === 'error') reject(new Error(reply.message));
          else handlers[k]?.(reply);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          reject(new Error(`a collation worker stopped (exit code ${code})`));
        });
      }),
  );
  // A worker stopped by close() when no step waits (the files could not be read) is no failure.
  for (const failure of failures) failure.catch(() => undefined);
  const step = (until: (k: number, reply: WorkerReply) => boolean): Promise<unknown> =>
    Promise.race([
      Promise.all(
        workers.map(
          (_, k) =>
            new Promise<void>((resolve) => {
              handlers[k] = (reply) => {
                if (until(k, reply)) resolve();
              };
            }),
        ),
      ),
      ...failures,
      ...(tagger ? [tagger.failure] : []),
    ]);
  return { workers, tagger, close, step };
}

/**
 * Segments the pages on the workers and in this thread, each taking the next page from one shared
 * counter; returns them in order. This thread starts at once, while the workers are still loading
 * the bin (0.1-0.3 s), so that both cores segment from the start.
 */
async function segmentOnWorkers(
  crew: Crew,
  variants: readonly VariantText[],
): Promise<SegmentedPage[]> {
  const { workers, step } = crew;
  const segmented: SegmentedPage[] = [];
  const segmenting = step((_, reply) => {
    if (reply.type !== 'pages') return false;
    reply.indexes.forEach((i, k) => (segmented[i] = reply.pages[k] as SegmentedPage));
    return true;
  });
  const texts = variants.map((v) => v.text);
  const next = new Int32Array(new SharedArrayBuffer(4));
  for (const worker of workers)
    worker.postMessage({ type: 'segment', texts, next } satisfies SegmentMessage);
  const known: LineShapes = new Map();
  for (const i of taken(next, texts.length)) segmented[i] = segmentPage(texts[i] as string, known);
  await segmenting;
  return segmented;
}

/** The indexes below `count` that this thread takes from the shared counter `next`, as it takes them. */
function* taken(next: Int32Array, count: number): Generator<number> {
  for (;;) {
    const i = Atomics.add(next, 0, 1);
    if (i >= count) return;
    yield i;
  }
}

/**
 * Collates the located shared stories on the workers, handed out largest first through one shared
 * counter; returns them in the finder's order, and throws when one did not come back.
 */
async function collateOnWorkers(
  crew: Crew,
  variants: readonly VariantText[],
  located: LocatedStories,
): Promise<CollatedStory[]> {
  const { workers, step } = crew;
  const locations = located.finding.shared;
  const order = locations
    .map((location, index) => ({ index, size: storySize(location) }))
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .map((x) => x.index);
  const collated: (CollatedStory | undefined)[] = locations.map(() => undefined);
  const collating = step((_, reply) => {
    if (reply.type === 'story') collated[reply.index] = reply.collated;
    return reply.type === 'done';
  });
  const message: WorkMessage = {
    type: 'collate',
    variants,
    blocks: [...located.blocks],
    locations,
    order,
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  for (const worker of workers) worker.postMessage(message);
  await collating;
  const missing = collated.findIndex((c) => c === undefined);
  if (missing >= 0) throw new Error(`story ${missing + 1} was not collated`);
  return collated as CollatedStory[];
}

/**
 * Pays, while the main thread finds the stories (the workers have nothing else to do then), the
 * classifier's one-time loads that a day with Chinese text meets in its first stories: its own
 * jieba (restored from the snapshot, ~0.1 s; `ownJieba`), pinyin-pro and its surname segmenter
 * (~0.1 s, first asked by name.compound-surname) and the traditional→simplified tables. Paid in
 * the first story instead, they held up the collation of a day of 150 pages by as much. A day
 * without a Han character loads none of them (a worker restored jieba's 62 MB even for English
 * pages): a story that asks loads it then. They are tables filled once; the output is the same
 * (one-time-loads.test.ts: none for English pages).
 */
export function payOneTimeLoads(texts: readonly string[], ownJieba: boolean): void {
  if (!texts.some(hasHan)) return;
  if (ownJieba) segment(WARM_UP_TEXT);
  compoundSurname('欧阳');
  toSimplified('學');
}

/** True in a thread started by startCollateWorkers. */
export function isCollateWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null | undefined)?.role === ROLE;
}

/**
 * The worker's side: segments pages from the shared counter until none is left, then takes stories from the shared counter
 * until none is left, posting each one collated. Its segmenter is the tagger thread, or its own
 * jieba (restored from the snapshot while the main thread finds the stories).
 */
export function runCollateWorker(): void {
  const port = parentPort;
  if (!port) return;
  const { tagger } = workerData as CollateWorkerData;
  if (tagger) useRemoteTagger(tagger);
  port.on('message', (work: SegmentMessage | WorkMessage) => {
    try {
      if (work.type === 'segment') {
        const indexes: number[] = [];
        const pages: SegmentedPage[] = [];
        const known: LineShapes = new Map();
        for (const i of taken(work.next, work.texts.length)) {
          indexes.push(i);
          pages.push(segmentPage(work.texts[i] as string, known));
        }
        port.postMessage({ type: 'pages', indexes, pages } satisfies WorkerReply);
        payOneTimeLoads(work.texts, !tagger);
        return;
      }
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
