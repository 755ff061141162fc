import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../segment/segment-page';
import {
  farmStory,
  ferryStoryEn,
  fillerParagraphs,
  libraryStory,
  page,
  riverStory,
  storyLines,
} from '../../test/fixtures/stories/news-stories';
import { makeFinderContext } from './finder-context';
import { matchBlocks } from './match-blocks';
import { markSetInBoxes } from './set-in-boxes';

/** The notes markSetInBoxes makes on the second of two pages, as text. */
function boxesOf(wire: string, paper: string): string[] {
  const pages = [segmentPage(wire), segmentPage(paper)];
  const { pages: marked } = markSetInBoxes(
    pages,
    matchBlocks(pages, makeFinderContext()).groupOfBlock,
  );
  const out = marked[1];
  return (out?.blocks ?? [])
    .filter((b, k) => b.kind === 'note' && pages[1]?.blocks[k]?.kind !== 'note')
    .map((b) => paper.slice(b.start, b.end));
}

const stories = [riverStory, farmStory, libraryStory, ferryStoryEn];
const running = [...fillerParagraphs, ...stories.flatMap((s) => s.paragraphs)];

describe('markSetInBoxes', () => {
  it('makes the lines of a box one page sets into a shared story notes', () => {
    const wire = page(storyLines(riverStory));
    const paper = page([
      ...storyLines(riverStory).slice(0, 4),
      '相关链接\n我省河长制自2017年起全面推行',
      ...storyLines(riverStory).slice(4),
    ]);
    expect(boxesOf(wire, paper)).toEqual(['相关链接', '我省河长制自2017年起全面推行']);
  });

  it('leaves a box that both pages print alone', () => {
    const lines = [
      ...storyLines(riverStory).slice(0, 4),
      '相关链接：我省河长制自2017年起全面推行，四百余名河长定期巡河',
      ...storyLines(riverStory).slice(4),
    ];
    expect(boxesOf(page(lines), page(lines))).toEqual([]);
  });

  it('leaves a list of figures that other pages print inside the story too, whatever its figures', () => {
    const list = (fare: string, yearly: string): string[] => [
      'Fares on the dawn boats, one way:',
      'Adult: $4.50',
      `Senior: ${fare}`,
      `Yearly pass: ${yearly}`,
    ];
    const lines = storyLines(ferryStoryEn);
    const wire = page([...lines.slice(0, 4), ...list('$2.25', '$310'), ...lines.slice(4)]);
    const paper = page([...lines.slice(0, 4), ...list('$2.52', '$301'), ...lines.slice(4)]);
    expect(boxesOf(wire, paper)).toEqual([]);
  });

  it('leaves a table of figures in Chinese that other pages print too, one row in numerals', () => {
    const gap = '\u3000';
    const table = (second: string): string =>
      [
        '今年全县巡河情况如下：',
        `巡河次数${gap}1860次`,
        `清理垃圾${gap}${second}`,
        `志愿者${gap}约400人`,
      ].join('\n');
    const lines = storyLines(riverStory);
    const wire = page([...lines.slice(0, 4), table('120吨'), ...lines.slice(4)]);
    const paper = page([...lines.slice(0, 4), table('一百二十吨'), ...lines.slice(4)]);
    expect(boxesOf(wire, paper)).toEqual([]);
    expect(boxesOf(paper, wire)).toEqual([]);
  });

  it('never takes paragraphs of running text that only one page prints for a box (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stories),
        fc.array(fc.constantFrom(...running), { minLength: 1, maxLength: 3 }),
        fc.nat(),
        (story, extra, at) => {
          const lines = storyLines(story);
          const k = 1 + (at % lines.length);
          const paper = page([...lines.slice(0, k), ...new Set(extra), ...lines.slice(k)]);
          expect(boxesOf(page(lines), paper)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
