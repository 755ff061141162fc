import { describe, expect, it } from 'vitest';
import { besideAmount } from './amount-words';
import type { StoryContext } from './context';
import type { ClassifyReading } from './rule';

/** A reading of `word` inside `folded`, at its first occurrence. */
function readingOf(folded: string, word: string): ClassifyReading {
  const start = folded.indexOf(word);
  return {
    variant: 'v1',
    text: word,
    before: folded.slice(0, start),
    after: folded.slice(start + word.length),
    wholeLine: false,
    folded,
    start,
    end: start + word.length,
  };
}

/** A story whose segmenter records each question and answers with one numeral word. */
function storyAsked(asked: string[]): StoryContext {
  const context = {
    wordsOver: (_variant: string, folded: string, from: number, to: number) => {
      asked.push(folded.slice(from, to));
      return [{ word: '三', tag: 'm', start: from, end: from + 1 }];
    },
  };
  return context as unknown as StoryContext; // only wordsOver is read by besideAmount
}

describe('besideAmount', () => {
  it('asks the segmenter only when a numeral lies within reach of the reading', () => {
    const asked: string[] = [];
    // 证书 is four characters from 223: the clause holds a number, the reading is beside none.
    expect(
      besideAmount(readingOf('考生持有证书参加考试共有223人', '证书'), storyAsked(asked)),
    ).toBe(false);
    expect(asked).toEqual([]);
    expect(besideAmount(readingOf('全县上万名群众赶来', '上'), storyAsked(asked))).toBe(true);
    expect(asked).toHaveLength(1);
  });
});
