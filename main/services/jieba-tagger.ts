/**
 * Registers jieba-wasm (its Node build) as the classifier's segmenter (app/classify/tagger.ts).
 * Imported for its effect by the CLI, the benches and the unit tests' setup, so that they compare
 * what the app's Web Worker compares (renderer/worker registers the web build).
 */
import { tag } from 'jieba-wasm';
import { useTagger, type TaggedWord } from '../../app/classify/tagger';
// The classifier's other language resource, registered wherever the segmenter is.
import './english-words';
const cache = new Map<string, readonly TaggedWord[]>();

useTagger({
  tag(text) {
    let tags = cache.get(text);
    if (!tags) {
      tags = tag(text, true) as TaggedWord[];
      if (cache.size > 5000) cache.clear();
      cache.set(text, tags);
    }
    return tags;
  },
});
