import { describe, expect, it } from 'vitest';
import { compareVariants } from '../compare';
import type { VariantText } from '../model/types';
import { findStories } from './find-stories';

function variant(id: string, text: string): VariantText {
  return { id, path: `${id}.txt`, name: `${id}.txt`, encoding: 'utf-8', text };
}

describe('texts of one sentence', () => {
  it('compares two one-sentence texts that are clearly the same sentence as one story, over the whole of each', () => {
    const a = variant('v1', '展馆定于6月8日开放。\n');
    const b = variant('v2', '  展馆定于8月6日开放。\n\n');
    const { shared, unique } = findStories([a, b]);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.spans).toEqual([
      { variant: 'v1', start: 0, end: a.text.trimEnd().length },
      { variant: 'v2', start: 2, end: b.text.trimEnd().length },
    ]);
    expect(unique).toEqual([]);
  });

  it('flags the difference between one-sentence texts, a name in a credit line too', () => {
    const flags = (texts: string[]): number =>
      compareVariants(texts.map((t, i) => variant(`v${i + 1}`, `${t}\n`))).stories.flatMap(
        (s) => s.flags,
      ).length;
    expect(flags(['船队陆续驶入港湾避风。', '船队陆续驶入海湾避风。'])).toBe(1);
    expect(flags(['By MARA QUILL\nCoastal Wire', 'By MARA QUIL\nCoastal Wire'])).toBe(1);
    expect(flags(['本报记者 宓晓川 摄', '本报记者 密晓川 摄', '本报记者 宓晓川 摄'])).toBe(1);
  });

  it('keeps two short texts that say different things apart, and joins only the variants that share the sentence', () => {
    const unrelated = findStories([
      variant('v1', '今天全市天气晴好，气温回升。\n'),
      variant('v2', '城东新开一家社区食堂。\n'),
    ]);
    expect(unrelated.shared).toEqual([]);
    const three = findStories([
      variant('v1', '渡轮加开两班早船。\n'),
      variant('v2', '渡轮加开三班早船。\n'),
      variant('v3', '城东新开一家社区食堂。\n'),
    ]);
    expect(three.shared).toHaveLength(1);
    expect(three.shared[0]?.missing).toEqual(['v3']);
    expect(three.unique.flatMap((u) => u.spans.map((s) => s.variant))).toEqual(['v3']);
  });

  it('joins a short text with one that carries the same sentence with a clause or sentences more, and flags what the shorter leaves out', () => {
    const flagged = (texts: string[]): string[] =>
      compareVariants(texts.map((t, i) => variant(`v${i + 1}`, `${t}\n`))).stories.flatMap((s) =>
        s.flags.map((f) => f.category),
      );
    expect(flagged(['潮水越涨越高。码头暂停装卸。货车只好在堤外排队。', '潮水越涨越高。'])).toEqual(
      ['omission'],
    );
    expect(
      flagged(['那位在渔村里修了二十年船的师傅收了徒弟。', '那位师傅收了徒弟。']),
    ).toHaveLength(1);
    expect(
      flagged(['She walked the dog, then fed the hens before dawn.', 'She walked the dog.']),
    ).toHaveLength(1);
  });

  it('joins a short text that leaves out a sentence to two papers that print the sentence alike', () => {
    const texts = ['老茶馆照常营业。周三歇业。', '老茶馆照常营业。周三歇业。', '老茶馆照常营业。'];
    const result = compareVariants(texts.map((t, i) => variant(`v${i + 1}`, `${t}\n`)));
    expect(result.stories).toHaveLength(1);
    expect(result.stories[0]?.missing ?? []).toEqual([]);
    expect(result.stories[0]?.flags.map((f) => f.category)).toEqual(['omission']);
  });

  it('keeps a short text apart from a longer one that only mentions a word or two of it', () => {
    const apart = findStories([
      variant('v1', '港口新建了一座灯塔，夜里渔船进出方便多了。\n'),
      variant('v2', '灯塔开放日。\n'),
    ]);
    expect(apart.shared).toEqual([]);
  });
});
