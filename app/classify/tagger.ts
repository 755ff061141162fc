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

/** The words and parts of speech of `text` by the registered segmenter; none without one. */
export function segment(text: string): readonly TaggedWord[] {
  return current ? current.tag(text) : [];
}
