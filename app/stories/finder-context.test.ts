import { describe, expect, it } from 'vitest';
import { makeFinderContext } from './finder-context';
import { normalizeForMatching } from './normalize';
import { topicTokens } from './topic-words';

describe('the finder context remembers work per paragraph text for one run', () => {
  it('gives one paragraph the same token set every time one context is asked, with the tokens topicTokens reads', () => {
    const paragraph = '广州站普速列车始发终到运营正式收官，旅客改从广州南站乘车。';
    const context = makeFinderContext();
    const first = context.tokens(paragraph);
    expect(context.tokens(paragraph)).toBe(first);
    expect([...first]).toEqual([...topicTokens(paragraph)]);
    expect(first.has('广州')).toBe(true);
    expect(context.tokenList(paragraph)).toBe(context.tokenList(paragraph));
  });

  it('keeps nothing between runs: a fresh context reads the text again', () => {
    const paragraph = '城东新开一家社区食堂，老年人就餐可享受八折优惠。';
    const first = makeFinderContext().tokens(paragraph);
    const second = makeFinderContext().tokens(paragraph);
    expect(second).not.toBe(first);
    expect([...second]).toEqual([...first]);
  });

  it('normalises a traditional paragraph to its simplified letters, as normalizeForMatching does', () => {
    const text = '區議會今日宣佈，ＡＢＣ 123。';
    const context = makeFinderContext();
    expect(context.normalize(text)).toBe('区议会今日宣布abc123');
    expect(context.normalize(text)).toBe(normalizeForMatching(text));
  });
});
