import { describe, expect, it } from 'vitest';
import { segmentPage } from '../segment/segment-page';
import { makeFinderContext } from './finder-context';
import { matchBlocks } from './match-blocks';

// Paragraphs of our own: a story paragraph, an edited copy of it, and a page's own paragraph.
const STORY =
  '城东区今年新建社区食堂十二家，每天为附近的老年居民提供午餐和晚餐，一荤一素一汤只要十五元。';
const EDITED = STORY.replace('十二家', '十三家');
const OTHER =
  '市气象台预报，本周后期将有一次明显降温过程，最低气温降至零下三度，请市民注意防寒保暖。';

/** The matched group of each paragraph of each page, -1 when unmatched. */
function groups(pages: readonly string[]): number[][] {
  const segmented = pages.map((text) => segmentPage(text));
  const matching = matchBlocks(segmented, makeFinderContext());
  return segmented.map((page, v) =>
    page.blocks
      .map((block, b) => (block.kind === 'paragraph' ? (matching.groupOfBlock[v]?.[b] ?? -1) : -2))
      .filter((g) => g !== -2),
  );
}

describe('matchBlocks over many identical copies', () => {
  it('puts every identical and every edited copy of a paragraph in one group, whatever the number of pages', () => {
    for (const count of [2, 5, 40]) {
      const pages = Array.from(
        { length: count },
        (_, i) =>
          `${i % 3 === 1 ? EDITED : STORY}\n\n${OTHER.slice(0, 20 + i)}${'甲乙丙丁'.repeat(i % 5)}\n`,
      );
      const found = groups(pages);
      const storyGroups = new Set(found.map((page) => page[0]));
      expect(storyGroups.size, `${count} pages`).toBe(1);
      expect([...storyGroups][0]).toBeGreaterThanOrEqual(0);
    }
  });

  it('never matches a paragraph a page prints twice with itself, but matches both copies to another page', () => {
    const far = `${OTHER}\n\n${OTHER.split('').reverse().join('')}`;
    const found = groups([`${STORY}\n\n${far}\n\n${STORY}\n`, `${STORY}\n`]);
    // Page one's two copies are far apart (two paragraphs between): they must not join one group
    // through each other; the other page's copy joins the first.
    expect(found[1]?.[0]).toBeGreaterThanOrEqual(0);
    expect(found[0]?.[0]).toBe(found[1]?.[0]);
    expect(found[0]?.[3]).not.toBe(found[0]?.[0]);
  });
});

// A story of three paragraphs and a heavy rewrite of it: every paragraph reworded, numbers written
// otherwise, words swapped, so that each pair shares only a third or so of its 4-grams.
const LEADS = [
  '城东区今年新建社区食堂十二家，每天为附近的老年居民提供午餐和晚餐，一荤一素一汤只要十五元。',
  '据区民政局统计，开业三个月来各食堂累计接待老年居民九万人次，满意率达到百分之九十六。',
  '区民政局负责人表示，明年将在城西和城北再建八家社区食堂，让老人在家门口吃上热乎饭。',
];
const REWORDED = [
  '城东区今年建成社区食堂12家，每天为周边老年居民供应午餐和晚餐，一荤一素一汤仅收十五元。',
  '据区民政局的统计，开张三个月来这些食堂累计接待老年居民9万人次，满意度为百分之九十六。',
  '区民政局有关负责人说，明年将在城西、城北再新建八家社区食堂，让老人就近吃上热乎饭。',
];

describe('matchBlocks on a heavily reworded reprint', () => {
  it('matches reworded paragraphs that follow each other in the same order on both pages', () => {
    const [a, b] = groups([`${LEADS.join('\n\n')}\n`, `${REWORDED.join('\n\n')}\n`]);
    expect(a?.every((g) => g >= 0)).toBe(true);
    expect(b).toEqual(a);
  });

  it('does not match one reworded paragraph alone among a page’s own paragraphs', () => {
    const [a, b] = groups([
      `${LEADS.join('\n\n')}\n`,
      `${OTHER}\n\n${REWORDED[1] ?? ''}\n\n${OTHER.split('').reverse().join('')}\n`,
    ]);
    expect(a).toEqual([-1, -1, -1]);
    expect(b).toEqual([-1, -1, -1]);
  });
});
