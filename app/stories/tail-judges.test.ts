import { describe, expect, it } from 'vitest';
import { segmentPage } from '../segment/segment-page';
import { makeFinderContext, type TokenSource } from './finder-context';
import { makePageView } from './page-view';
import { makeTailJudges } from './tail-judges';

const page = [
  '江州新港今日开港',
  '',
  '江州新港三个泊位今天正式投入运营，首艘货轮靠泊装卸。',
  '',
  '港务局负责人说，新港年吞吐能力达到一千万吨，将带动临港产业发展。',
  '',
  '社区图书馆延长开放时间，市民晚上也能借书。',
].join('\n');

/** A token source that counts the texts it is asked to read. */
function countingSource(): TokenSource & { readonly asked: string[] } {
  const context = makeFinderContext();
  const asked: string[] = [];
  return {
    asked,
    tokens: (text) => (asked.push(text), context.tokens(text)),
    tokenList: (text) => (asked.push(text), context.tokenList(text)),
  };
}

describe('tail judges of one finder run', () => {
  it('count the tokens of every paragraph of the pages once for all judges made over the same pages', () => {
    const context = makeFinderContext();
    const segmented = segmentPage(page);
    const groups = segmented.blocks.map((b, k) => (b.kind === 'paragraph' && k < 4 ? 0 : -1));
    const views = [makePageView(segmented, groups, context)];
    const lastParagraph = page.split('\n').at(-1) as string;
    const first = countingSource();
    const verdict = makeTailJudges(views, [0], first)(0).continuing([lastParagraph]);
    const readFirst = first.asked.filter((t) => t === lastParagraph).length;
    const second = countingSource();
    // The second set of judges (as minority-tails.ts and the finder each make) gives the same
    // verdict without reading the pages' paragraphs again for the page-wide counts.
    expect(makeTailJudges(views, [0], second)(0).continuing([lastParagraph])).toBe(verdict);
    expect(second.asked.filter((t) => t === lastParagraph).length).toBe(readFirst - 1);
  });
});
