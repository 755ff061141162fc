/**
 * Registers the Hunspell en_US dictionary of `dictionary-en` as the classifier's English words
 * (app/classify/english-words.ts). Imported for its effect with the segmenter
 * (main/services/jieba-tagger.ts), so the CLI, the benches and the unit tests read what the app's
 * Web Worker reads (renderer/worker registers the same file's text). The file is read on the
 * first English question, not at start-up; should the package be missing, the classifier goes on
 * without a dictionary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { registerEnglishWords } from '../../app/classify/english-words';

/** The package's `.dic` beside its entry point (its exports name no other file). */
function dictionaryText(): string {
  try {
    // The CLI's CommonJS bundle has a require of its own; the ESM hosts (tsx, vitest) make one.
    const resolve =
      typeof require === 'function' ? require.resolve : createRequire(import.meta.url).resolve;
    return readFileSync(join(dirname(resolve('dictionary-en')), 'index.dic'), 'utf8');
  } catch {
    return '';
  }
}

registerEnglishWords(dictionaryText);
