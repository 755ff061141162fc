/**
 * Word segmentation with parts of speech, supplied by the host: the core stays free of Node and
 * WASM loading, and the CLI, the tests and the Web Worker register the same segmenter (jieba-wasm,
 * its Node or its web build) before comparing. Without one, the rules that read tags find no
 * evidence and the others decide as before.
 */

/** One word and its part of speech (jieba's tags: nr person, ns place, nt organisation, nz other proper noun…). */
export interface TaggedWord {
  readonly word: string;
  readonly tag: string;
}

/** A segmenter with parts of speech. */
export interface Tagger {
  tag(text: string): readonly TaggedWord[];
}

let current: Tagger | undefined;

/** Registers the segmenter every later comparison uses (undefined removes it). */
export function useTagger(tagger: Tagger | undefined): void {
  current = tagger;
}

/**
 * Tags of names: person, place, organisation (and jieba's subtags of them). Its nz, "other proper
 * noun", is left out: it tags terms as often as names (城市更新 is nz).
 */
export const PROPER_NOUN_TAG = /^(?:nr|ns|nt)/;

/**
 * A sentence of our own that takes the segmenter down each of its paths once: dictionary words, a
 * name no dictionary holds (found by jieba's HMM), a date, figures and a percentage, Latin letters
 * with a hyphen and a digit, English words, spaces and full-width marks. Hosts segment it when they
 * load the segmenter (the CLI, its tagger thread, the Web Worker, the benches): the first call
 * builds the dictionary, and the WebAssembly of every path is compiled then, once, rather than in
 * the first comparison. A bare dictionary word left ~60 ms CPU of that compilation to the first
 * comparison of 5 x 5k.
 */
export const WARM_UP_TEXT =
  '记者钱小禾从青禾街道获悉：2026年3月该区累计服务8788人次，覆盖率达到64.5%，“BRT-3号线”将于今年通车。Reporter Chen Wei said 12 buses run.';

/** The words and parts of speech of `text` by the registered segmenter; none without one. */
export function segment(text: string): readonly TaggedWord[] {
  return current ? current.tag(text) : [];
}
