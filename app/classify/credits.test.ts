import { describe, expect, it } from 'vitest';
import { storyContext } from './context';
import { creditKind, creditsIn, withCredits } from './credits';

// Our own text and names.
describe('credits set inside a paragraph', () => {
  it('are a photographer’s or a reporter’s, Chinese or English', () => {
    expect(creditKind('记者 钱小禾 摄')).toBe('caption');
    expect(creditKind('新华社记者 钱小禾 摄影')).toBe('caption');
    expect(creditKind('图/钱小禾')).toBe('caption');
    expect(creditKind('青禾街道 供图')).toBe('caption');
    expect(creditKind('Photo by Dana Whitfield')).toBe('caption');
    expect(creditKind('AP Photo/Dana Whitfield')).toBe('caption');
    expect(creditKind('记者 钱小禾 吕青')).toBe('byline');
    expect(creditKind('通讯员 吕青')).toBe('byline');
    expect(creditKind('文/吕青')).toBe('byline');
    expect(creditKind('记者：吕青')).toBe('byline');
    expect(creditKind('Reporting by Dana Whitfield')).toBe('byline');
  });

  it('but not a note, an aside or a figure in brackets', () => {
    expect(creditKind('记者注：数据截至昨日')).toBeUndefined();
    expect(creditKind('下同')).toBeUndefined();
    expect(creditKind('约合3.2万元')).toBeUndefined();
    expect(creditKind('see photo')).toBeUndefined();
    expect(creditKind('photographs were taken at night.')).toBeUndefined();
  });

  const folded =
    '青禾街道的夜校开课了。学员们在教室里练习书法（记者 钱小禾 摄）。（记者 吕青）夜校每周开课三次（下同）。';
  const photo = folded.indexOf('（记者 钱小禾');
  const byline = folded.indexOf('（记者 吕青');

  it('are found once, brackets included', () => {
    expect(creditsIn(folded)).toEqual([
      { kind: 'caption', start: photo, end: photo + '（记者 钱小禾 摄）'.length },
      { kind: 'byline', start: byline, end: byline + '（记者 吕青）'.length },
    ]);
  });

  it('split the paragraph that holds them into blocks of their own', () => {
    const title = { kind: 'title' as const, start: 0, end: 4 };
    const body = { kind: 'paragraph' as const, start: 4, end: folded.length };
    const blocks = withCredits([title, body], creditsIn(folded));
    expect(blocks.map((b) => `${b.kind} ${folded.slice(b.start, b.end)}`)).toEqual([
      'title 青禾街道',
      'paragraph 的夜校开课了。学员们在教室里练习书法',
      'caption （记者 钱小禾 摄）',
      'paragraph 。',
      'byline （记者 吕青）',
      'paragraph 夜校每周开课三次（下同）。',
    ]);
    const story = storyContext(folded, new Map([['v1', blocks]]));
    expect(story.blockAt('v1', photo + 3)).toBe('caption');
    expect(story.blockAt('v1', byline + 1)).toBe('byline');
    expect(story.blockAt('v1', byline - 1)).toBe('paragraph');
  });

  it('inside a byline or caption are that block’s, and stand alone where no block lies', () => {
    const caption = { kind: 'caption' as const, start: 0, end: folded.length };
    expect(withCredits([caption], creditsIn(folded))).toEqual([caption]);
    expect(withCredits([], creditsIn(folded))).toEqual(creditsIn(folded));
  });
});
