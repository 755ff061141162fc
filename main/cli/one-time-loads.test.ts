import { afterEach, describe, expect, it } from 'vitest';
import { useTagger, type Tagger } from '../../app/classify/tagger';
import { payOneTimeLoads } from './collate-workers';

// The unit tests' setup registers jieba (test/setup/tagger.ts); each test here swaps in a counting
// segmenter instead, and this file (isolated, as every test file is) is left without one after.

/** A segmenter that counts the texts it is asked about and answers nothing. */
function countingTagger(): Tagger & { readonly asked: string[] } {
  const asked: string[] = [];
  return { asked, tag: (text) => (asked.push(text), []) };
}

describe("a day worker's one-time loads", () => {
  afterEach(() => useTagger(undefined));

  it('are not paid for a day without a Han character (no jieba for English pages)', () => {
    const tagger = countingTagger();
    useTagger(tagger);
    payOneTimeLoads(['The ferry to the island ran late on Tuesday.', 'Page 2, 14 May'], true);
    expect(tagger.asked).toEqual([]);
  });

  it("warm the worker's own segmenter when a page has Chinese text", () => {
    const tagger = countingTagger();
    useTagger(tagger);
    payOneTimeLoads(['The ferry ran late.', '渡轮周二晚点。'], true);
    expect(tagger.asked).toHaveLength(1);
  });

  it("leave a shared tagger thread's segmenter alone (it warms itself)", () => {
    const tagger = countingTagger();
    useTagger(tagger);
    payOneTimeLoads(['渡轮周二晚点。'], false);
    expect(tagger.asked).toEqual([]);
  });
});
