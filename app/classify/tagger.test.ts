import { describe, expect, it } from 'vitest';
import { segment, WARM_UP_TEXT } from './tagger';

describe('the segmenter warm-up', () => {
  // The test setup registers jieba-wasm, as the CLI and the Worker do.
  const words = segment(WARM_UP_TEXT);
  const tags = new Set(words.map((w) => w.tag));

  it('takes the segmenter down each of its paths', () => {
    // A name found by the HMM (no dictionary holds it), figures, Latin words, marks and a space.
    expect(words.some((w) => w.word === '钱小禾')).toBe(true);
    for (const tag of ['n', 'v', 'm', 'eng', 'x']) expect(tags, tag).toContain(tag);
    expect(words.some((w) => w.tag === 'm' && w.word.endsWith('%'))).toBe(true);
    expect(words.some((w) => w.tag === 'eng' && /\d/.test(w.word))).toBe(true);
    expect(words.some((w) => w.word === ' ')).toBe(true);
  });
});
