import { describe, expect, it } from 'vitest';
import { blockChunks } from './block-align';

/** A page of `n` distinct short paragraphs (our own generated text), with the start of each. */
function page(n: number): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  let seed = 12345;
  for (let i = 0; i < n; i++) {
    starts.push(text.length);
    let para = '';
    for (let k = 0; k < 10; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      para += String.fromCharCode(0x4e00 + (seed % 6000));
    }
    text += `${para}${i}。\n\n`;
  }
  return { text, starts };
}

describe('blockChunks on a page of more than 65,536 paragraphs', () => {
  it('pairs paragraphs by index without mixing them up (a fixed key width of 65536 threw here)', () => {
    const { text, starts } = page(70_000);
    const chunks = blockChunks(text, text, starts, starts);
    expect(chunks).not.toBeNull();
    // Identical texts: the chunks tile both texts in order, each base range the same as its variant range.
    let end = 0;
    for (const chunk of chunks ?? []) {
      expect([chunk.b0, chunk.b1]).toEqual([chunk.v0, chunk.v1]);
      expect(chunk.b0).toBe(end);
      end = chunk.b1;
    }
    expect(end).toBe(text.length);
  }, 60_000);
});
