/**
 * Third round of probes, on interleaved columns and bare headlines, written before their results
 * were seen: two interleaved stories that two other files print one each; two columns of one
 * story read across; three papers printing two stories under a bare headline, one abridged.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import {
  farmStory,
  libraryStory,
  page,
  riverStory,
  storyLines,
} from '../../test/fixtures/stories/news-stories';
import {
  variant,
  columnLines,
  interleave,
  takenLines,
} from '../../test/fixtures/stories/test-pages';

const visible = (text: string): number => text.replace(/\s/gu, '').length;

describe('probe: two interleaved stories, each printed whole by a different file', () => {
  const river = columnLines(riverStory.paragraphs, 17);
  const farm = columnLines(farmStory.paragraphs, 16);
  const mixed = variant('M', `${interleave(river, farm, 2).join('\n')}\n`);
  const riverWire = variant('R', page(storyLines(riverStory)));
  const farmWire = variant('F', page(storyLines(farmStory)));
  const { shared } = findStories([mixed, riverWire, farmWire]);

  it('finds both stories, each with its own lines', () => {
    expect(shared.map((s) => s.title).sort()).toEqual([farmStory.title, riverStory.title].sort());
    const riverStoryFound = shared.find((s) => s.title === riverStory.title);
    const farmStoryFound = shared.find((s) => s.title === farmStory.title);
    const r = takenLines(riverStoryFound, mixed);
    const f = takenLines(farmStoryFound, mixed);
    expect(river.filter((l) => r.has(l)).length / river.length).toBeGreaterThanOrEqual(0.95);
    expect(farm.filter((l) => f.has(l)).length / farm.length).toBeGreaterThanOrEqual(0.95);
    expect(farm.filter((l) => r.has(l) && visible(l) > 4)).toEqual([]);
    expect(river.filter((l) => f.has(l) && visible(l) > 4)).toEqual([]);
  });
});

describe('probe: two columns of one story read across, line by line', () => {
  const half = 3;
  const left = columnLines(libraryStory.paragraphs.slice(0, half), 16);
  const right = columnLines(libraryStory.paragraphs.slice(half), 16);
  const mixed = variant('M', `${libraryStory.title}\n\n${interleave(left, right, 1).join('\n')}\n`);
  const wire = variant('W', page(storyLines(libraryStory)));
  const { shared } = findStories([mixed, wire]);

  it('finds the one story with the lines of both columns', () => {
    expect(shared).toHaveLength(1);
    const taken = takenLines(shared[0], mixed);
    const all = [...left, ...right];
    expect(all.filter((l) => taken.has(l)).length / all.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('two columns of one story read across, a paragraph running from the foot of one to the head of the next', () => {
  const lines = columnLines(libraryStory.paragraphs, 16);
  // The column break falls inside a paragraph: its first lines end the left column, its last
  // lines open the right one, which text extraction puts at opposite ends of the run.
  const half = Math.floor(lines.length / 2) + 2;
  const mixed = variant(
    'M',
    `${libraryStory.title}\n\n${interleave(lines.slice(0, half), lines.slice(half), 1).join('\n')}\n`,
  );
  const wire = variant('W', page(storyLines(libraryStory)));

  // The right column starts two paragraphs on, a step a column may take (CHAIN_STEP); the left
  // column's next line, still in the first paragraph, shows it is another column.
  it('finds one story with the lines of both columns', () => {
    const { shared } = findStories([mixed, wire]);
    expect(shared).toHaveLength(1);
    const taken = takenLines(shared[0], mixed);
    expect(lines.filter((l) => taken.has(l)).length / lines.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('probe: three papers print two stories under a bare headline, one of them abridged', () => {
  const second = {
    title: '旧书市集开进地铁站',
    p: [
      '周末的地铁换乘大厅里，二十多个旧书摊一字排开，连环画、老课本和外文原版书吸引了不少乘客驻足。这个流动书市由几家旧书店联合发起，每月在不同的地铁站轮流举办。',
      '摊主老郑收旧书三十年，他说，在地铁站摆摊，年轻顾客明显多了。“有人专门坐车过来淘书，一买就是一大袋。”',
      '地铁运营公司表示，书市不占用通道，安排在客流平峰时段，今后还将引入文创市集和公益展览。',
    ],
  };
  const pages = [
    page([riverStory.title, ...riverStory.paragraphs, second.title, ...second.p]),
    page([
      '晚报　第5版',
      riverStory.title,
      ...riverStory.paragraphs.slice(0, 5),
      second.title,
      ...second.p,
    ]),
    page([
      riverStory.title.replace(' ', '，'),
      ...riverStory.paragraphs,
      second.title,
      ...second.p.slice(0, 2),
      '本版编辑：李青',
    ]),
  ].map((text, i) => variant(`P${i + 1}`, text));
  const { shared } = findStories(pages);

  it('finds two stories, the river story without the book market in any paper', () => {
    expect(shared).toHaveLength(2);
    const river = shared.find((s) => s.title === riverStory.title);
    const books = shared.find((s) => s.title === second.title);
    for (const v of pages) {
      const r = [...takenLines(river, v)].join('');
      expect(r).not.toContain('旧书');
      expect([...takenLines(books, v)].join('')).toContain('地铁换乘大厅');
    }
  });
});
