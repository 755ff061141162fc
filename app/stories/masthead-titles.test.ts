import { describe, expect, it } from 'vitest';
import type { VariantText } from '../model/types';
import { findStories } from './find-stories';
import { page, riverStory, storyLines } from '../../test/fixtures/stories/news-stories';

/**
 * A page's masthead, running head, section label or site chrome is never a story's title, and
 * never inside its span: over the general shapes pages open with, each page is compared with a
 * plain print of the same story.
 */
const HEADS: readonly (readonly string[])[] = [
  ['东江日报', '2026年4月2日 星期四', 'A1 要闻'],
  ['东江日报　2026年4月2日　星期四　第6版　国内新闻'],
  ['# 北岸都市报 · 城市 · B03'],
  ['南湖晚报 2026.04.02 第3版'],
  ['体育周刊 第20期 2026-04-02'],
  ['B2 要闻'],
  ['湖滨网 首页 > 新闻 > 本地', '2026-04-02 18:20:05 来源：新华社', '字号：A+ A-  分享：'],
  ['THE HARBOR LEDGER   Thursday, April 2, 2026   Page B2'],
  ['NORTHERN GAZETTE | Local | April 2, 2026'],
  ['WORLD NEWS > EUROPE'],
];

function variant(id: string, text: string): VariantText {
  return { id, path: `${id}.txt`, name: `${id}.txt`, encoding: 'utf-8', text };
}

describe('a page’s masthead is never a story title', () => {
  it('titles the shared story by its headline and starts its span below the page’s head, whatever the head’s shape', () => {
    for (const head of HEADS) {
      const headed = variant('v1', page([...head, ...storyLines(riverStory)]));
      const plain = variant('v2', page(storyLines(riverStory, { byline: false })));
      const { shared, unique } = findStories([headed, plain]);
      expect(shared, head.join(' / ')).toHaveLength(1);
      expect(shared[0]?.title, head.join(' / ')).toBe(riverStory.title);
      const first = shared[0]?.spans.find((s) => s.variant === 'v1');
      expect(first?.start, head.join(' / ')).toBe(headed.text.indexOf(riverStory.title));
      for (const u of unique)
        expect(
          head.map((h) => h.replace(/^#\s*/u, '')),
          head.join(' / '),
        ).not.toContain(u.title);
    }
  });
});
