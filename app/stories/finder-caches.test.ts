import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from './normalize';
import { topicTokens } from './topic-words';

describe('the finder remembers work per paragraph text', () => {
  it('gives one paragraph the same token set every time it is asked, with the same tokens as a fresh copy', () => {
    const paragraph = '广州站普速列车始发终到运营正式收官，旅客改从广州南站乘车。';
    const first = topicTokens(paragraph);
    expect(topicTokens(paragraph)).toBe(first);
    expect([...topicTokens(`${paragraph}`.slice(0))]).toEqual([...first]);
    expect(first.has('广州')).toBe(true);
  });

  it('normalises a traditional paragraph to its simplified letters, the same the second time', () => {
    const text = '區議會今日宣佈，ＡＢＣ 123。';
    expect(normalizeForMatching(text)).toBe('区议会今日宣布abc123');
    expect(normalizeForMatching(text)).toBe('区议会今日宣布abc123');
  });
});
