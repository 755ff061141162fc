/**
 * One segmenter for all of a day's collation workers. jieba-wasm builds its dictionary on its
 * first call (~0.3 s of CPU), and a day's classification asks it about a handful of clauses: each
 * worker building its own doubled that cost and, since they built it while the main thread was
 * finding the stories, took the second core from the finder. Instead one tagger thread builds the
 * dictionary once, while the stories are found (after the workers have segmented the pages, so
 * as not to slow that either), and the collation workers ask it synchronously
 * (the classifier's segmenter is a synchronous call): a worker posts the text on its own port and
 * sleeps on a shared flag until the tagger thread has posted the words back.
 *
 * The tagger thread runs the bin's own file (index.ts dispatches on workerData), as the collation
 * workers do. The words are jieba's, as in one thread: the output does not change (bin.test.ts).
 */
import {
  type MessagePort,
  MessageChannel,
  Worker,
  isMainThread,
  parentPort,
  receiveMessageOnPort,
  workerData,
} from 'node:worker_threads';
import {
  segment,
  useTagger,
  WARM_UP_TEXT,
  type TaggedWord,
  type Tagger,
} from '../../app/classify/tagger';

/** The workerData that makes the bin's file the tagger thread. */
const ROLE = 'variorum-tagger';

/** A question to the tagger thread: the text, and the flag to raise once the answer is posted. */
interface TagRequest {
  readonly text: string;
  readonly done: Int32Array;
}

/** The tagger thread's answer. */
interface TagReply {
  readonly words?: readonly TaggedWord[];
  readonly error?: string;
}

/** How long a worker waits for one answer before it gives up (the tagger thread died). */
const ANSWER_TIMEOUT_MS = 120_000;

/** Answers a worker remembers at most (as the one-thread segmenter's cache). */
const REMEMBERED = 5000;

/** A started tagger thread. */
export interface TaggerThread {
  /** A port for one collation worker (transfer it to the worker; see remoteTagger). */
  port(): MessagePort;
  /**
   * Builds the dictionary now, ahead of the first question: called once the pages are segmented,
   * so that the build shares the cores with the story finder, not with the segmenting workers.
   */
  preload(): void;
  /** Stops the thread. */
  close(): void;
  /** Rejects when the thread fails. */
  readonly failure: Promise<never>;
}

/** Starts the tagger thread running `entry` (the built bin); it builds the dictionary at once. */
export function startTaggerThread(entry: string): TaggerThread {
  const worker = new Worker(entry, { workerData: { role: ROLE } });
  const failure = new Promise<never>((_resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the tagger thread stopped (exit code ${code})`)));
  });
  failure.catch(() => undefined);
  return {
    port() {
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ port: port1 } satisfies TaggerMessage, [port1]);
      return port2;
    },
    preload() {
      worker.postMessage({ preload: true } satisfies TaggerMessage);
    },
    close() {
      void worker.terminate();
    },
    failure,
  };
}

/** True in the thread started by startTaggerThread. */
export function isTaggerThread(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null | undefined)?.role === ROLE;
}

/** What the main thread posts to the tagger thread: a worker's port, or the word to build the dictionary. */
type TaggerMessage = { readonly port: MessagePort } | { readonly preload: true };

/**
 * The tagger thread's side: answers every question on every port it is given, and builds the
 * dictionary when told to (jieba-wasm builds it on its first call) or at the first question.
 */
export function runTaggerThread(): void {
  const parent = parentPort;
  if (!parent) return;
  parent.on('message', (message: TaggerMessage) => {
    if (!('port' in message)) {
      segment(WARM_UP_TEXT);
      return;
    }
    const { port } = message;
    port.on('message', ({ text, done }: TagRequest) => {
      let reply: TagReply;
      try {
        reply = { words: segment(text) };
      } catch (error) {
        reply = { error: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
      Atomics.store(done, 0, 1);
      Atomics.notify(done, 0);
    });
  });
}

/**
 * A segmenter that asks the tagger thread over `port`, waiting for each answer. Answers are
 * remembered per text, as the one-thread segmenter remembers them (main/services/jieba-tagger.ts).
 */
function remoteTagger(port: MessagePort): Tagger {
  const known = new Map<string, readonly TaggedWord[]>();
  return {
    tag(text) {
      const remembered = known.get(text);
      if (remembered) return remembered;
      const done = new Int32Array(new SharedArrayBuffer(4));
      port.postMessage({ text, done } satisfies TagRequest);
      if (Atomics.wait(done, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out')
        throw new Error('the tagger thread did not answer');
      const reply = receiveMessageOnPort(port)?.message as TagReply | undefined;
      if (!reply?.words)
        throw new Error(`the tagger thread failed: ${reply?.error ?? 'no answer'}`);
      if (known.size > REMEMBERED) known.clear();
      known.set(text, reply.words);
      return reply.words;
    },
  };
}

/** Makes this thread's segmenter the tagger thread on `port`. */
export function useRemoteTagger(port: MessagePort): void {
  useTagger(remoteTagger(port));
}
