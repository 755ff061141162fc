import { describe, expect, it } from 'vitest';
import { storyContext } from './context';

describe('the story context', () => {
  const folded = '衢州市柯城区举行活动。\n游客来到婺源赏花，冯小刚执导的电影上映。';

  it('segments a paragraph once and places each word at its offset in the folded text', () => {
    const story = storyContext(folded);
    const second = folded.indexOf('游客');
    const words = story.wordsAt('v2', folded, second + 5);
    // Another site of the same paragraph gets the same segmentation back, not a new one.
    expect(story.wordsAt('v2', folded, folded.length - 1)).toBe(words);
    expect(words[0]?.start).toBe(second);
    for (const w of words) expect(folded.slice(w.start, w.end)).toBe(w.word);
    expect(words.map((w) => w.word).join('')).toBe(folded.slice(second));
  });

  it('keeps the paragraphs and the variants apart', () => {
    const story = storyContext(folded);
    const first = story.wordsAt('v2', folded, 0);
    expect(first.map((w) => w.word).join('')).toBe('衢州市柯城区举行活动。');
    expect(story.wordsAt('v3', folded, 0)).not.toBe(first);
    expect(first.some((w) => w.tag.startsWith('ns'))).toBe(true);
  });
});
