/**
 * The compare worker: runs the engine (app/compare.ts) off the UI thread and posts progress.
 * One request at a time. Once it has posted `ready`, the client cancels by terminating it (the
 * engine is synchronous); before that, by a `cancel` message, and only the newest request that
 * arrived while the segmenter loaded is run.
 */
import initJieba, { tag } from 'jieba-wasm/web';
import { compareVariants } from '../../app/compare';
import { applyDeskRules } from '../../app/review/desk-rules';
import { useTagger, WARM_UP_TEXT, type TaggedWord } from '../../app/classify/tagger';
import { registerEnglishWords } from '../../app/classify/english-words';
import { compoundSurname } from '../../app/classify/sounds';
// dictionary-en's Hunspell word list (its exports name only its Node entry, so the file by path).
import englishDictionary from '../../node_modules/dictionary-en/index.dic?raw';
import type { CompareReply, WorkerRequest } from './protocol';

/**
 * The classifier's segmenter (jieba-wasm's web build, as the CLI registers its Node build): its
 * WASM and dictionary load once per worker, before the first comparison. Should it fail to load,
 * comparisons go on without it, and the rules that read tags find no evidence.
 */
const segmenterReady: Promise<number> = (() => {
  const started = performance.now();
  return initJieba()
    .then(() => {
      // The dictionary is built and each of the segmenter's paths compiled on the first calls: pay
      // for them here, once, with the text the Node hosts warm with, not in the first comparison.
      tag(WARM_UP_TEXT, true);
      // pinyin-pro's segmenter builds its phrase matcher on the first surname question: here too.
      compoundSurname('欧阳');
      const cache = new Map<string, readonly TaggedWord[]>();
      useTagger({
        tag(text) {
          let tags = cache.get(text);
          if (!tags) {
            tags = tag(text, true);
            if (cache.size > 5000) cache.clear();
            cache.set(text, tags);
          }
          return tags;
        },
      });
      const ms = performance.now() - started;
      // Read by the e2e spec that reports the one-time cost of the segmenter in the Worker.
      (self as unknown as { variorumSegmenterMs?: number }).variorumSegmenterMs = ms;
      return ms;
    })
    .catch(() => -1);
})();

// The classifier's English words, as main/services/english-words.ts registers them for Node: the
// text is parsed on the first English question, not here.
registerEnglishWords(() => englishDictionary);

/** Progress is posted at most this often: enough for a smooth bar, few enough not to flood the UI. */
const PROGRESS_INTERVAL_MS = 50;

const post = (reply: CompareReply): void => self.postMessage(reply);

void segmenterReady.then(() => post({ type: 'ready' }));

/** The request to run next: the newest one, unless the client has canceled it since. */
let wanted: number | null = null;

self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    if (wanted === request.id) wanted = null;
    return;
  }
  if (request.type !== 'compare') return;
  wanted = request.id;
  await segmenterReady;
  // Replaced or canceled while the segmenter loaded: a newer request (if any) runs instead.
  if (wanted !== request.id) return;
  let lastPost = 0;
  try {
    post({ type: 'progress', id: request.id, phase: 'stories', fraction: 0 });
    const compared = compareVariants(request.variants, {
      ...(request.language ? { language: request.language } : {}),
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - lastPost < PROGRESS_INTERVAL_MS) return;
        lastPost = now;
        post({ type: 'progress', id: request.id, phase: 'align', fraction });
      },
    });
    // The editor's own rules (ignore rules, names book) read the engine's result, as every view will.
    const result = applyDeskRules(compared, request.variants, request.deskRules);
    post({ type: 'result', id: request.id, result });
  } catch (error) {
    post({
      type: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
