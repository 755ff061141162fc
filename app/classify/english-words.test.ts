// Each test file runs in a module graph of its own (vitest isolates files), so the dictionary
// these tests register reaches no other file.
import { describe, expect, it } from 'vitest';
import { englishWordKind, registerEnglishWords } from './english-words';

/** A dictionary of our own in Hunspell's `.dic` form: a count, then `word/FLAGS` a line. */
const DIC = '6\nbarrow/MS\ncarry/DSG\nglint/SGD\nquick/PY\nTamsin/M\nreed/M\nReed/M\n';

describe('englishWordKind', () => {
  it('says nothing without a dictionary, or with an empty one', () => {
    registerEnglishWords(undefined);
    expect(englishWordKind('Barrow')).toBeUndefined();
    registerEnglishWords(() => '');
    expect(englishWordKind('Barrow')).toBeUndefined();
  });

  it('finds lower-case stems through regular endings, and capitalised-only entries', () => {
    registerEnglishWords(() => DIC);
    expect(englishWordKind('Barrows')).toBe('common');
    expect(englishWordKind('Carries')).toBe('common');
    expect(englishWordKind('Glinting')).toBe('common');
    expect(englishWordKind('Quickly')).toBe('common');
    expect(englishWordKind('Tamsin')).toBe('proper');
    expect(englishWordKind('Reed')).toBe('both');
    expect(englishWordKind('Tamsyn')).toBe('unknown');
  });

  it('parses the text once, on the first question', () => {
    let reads = 0;
    registerEnglishWords(() => {
      reads += 1;
      return DIC;
    });
    expect(reads).toBe(0);
    englishWordKind('Barrow');
    englishWordKind('Glint');
    expect(reads).toBe(1);
  });
});
