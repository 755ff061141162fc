/**
 * Two-column text extracted line by line: the printed lines of two stories alternate. The story
 * another page prints whole is found with its own lines, and the other column's lines stay out;
 * when another page prints both stories, both are found, each with its own lines.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import { farmStory, page, riverStory, storyLines } from '../../test/fixtures/stories/news-stories';
import {
  columnLines,
  interleave,
  takenLines,
  variant,
} from '../../test/fixtures/stories/test-pages';

const visible = (text: string): number => text.replace(/\s/gu, '').length;

describe('line-by-line interleaved columns', () => {
  const river = columnLines(riverStory.paragraphs, 17);
  const farm = columnLines(farmStory.paragraphs, 16);
  const wire = variant('v2', page(storyLines(riverStory)));

  for (const block of [1, 2, 3]) {
    it(`finds the shared story with its own lines when lines alternate ${block} by ${block}`, () => {
      const mixed = variant(
        'v1',
        `${[`${riverStory.title}\u3000\u3000${farmStory.title}`, ...interleave(river, farm, block)].join('\n')}\n`,
      );
      const { shared } = findStories([mixed, wire]);
      expect(shared).toHaveLength(1);
      const spans = shared[0]?.spans.filter((s) => s.variant === 'v1') ?? [];
      const taken = spans.map((s) => mixed.text.slice(s.start, s.end)).join('\n');
      const takenLines = new Set(taken.split('\n').map((l) => l.trim()));
      // Every line of the river story that is long enough to tell apart is taken…
      const riverTaken = river.filter((l) => takenLines.has(l)).length;
      expect(riverTaken / river.length).toBeGreaterThanOrEqual(0.97);
      // …and of the farm story's lines at most a few paragraph-final fragments.
      const farmTaken = farm.filter((l) => takenLines.has(l));
      expect(farmTaken.reduce((n, l) => n + visible(l), 0)).toBeLessThanOrEqual(
        0.03 * visible(farm.join('')),
      );
    });
  }

  for (const block of [1, 2, 3]) {
    it(`finds both interleaved stories when another page prints both, ${block} line(s) at a time, and glues nothing`, () => {
      const both = variant('v2', page([...storyLines(riverStory), ...storyLines(farmStory)]));
      const mixed = variant('v1', `${interleave(river, farm, block).join('\n')}\n`);
      const { shared, unique } = findStories([mixed, both]);
      expect(shared.map((s) => s.title)).toEqual([riverStory.title, farmStory.title]);
      const linesOf = (n: number): Set<string> =>
        new Set(
          (shared[n]?.spans ?? [])
            .filter((s) => s.variant === 'v1')
            .flatMap((s) => mixed.text.slice(s.start, s.end).split('\n')),
        );
      const [riverLines, farmLines] = [linesOf(0), linesOf(1)];
      // Each story takes its own lines (short paragraph-final fragments may go either way)…
      expect(river.filter((l) => riverLines.has(l)).length / river.length).toBeGreaterThanOrEqual(
        0.97,
      );
      expect(farm.filter((l) => farmLines.has(l)).length / farm.length).toBeGreaterThanOrEqual(
        0.97,
      );
      // …and none of the other's.
      expect(farm.filter((l) => riverLines.has(l) && visible(l) > 4)).toEqual([]);
      expect(river.filter((l) => farmLines.has(l) && visible(l) > 4)).toEqual([]);
      expect(unique).toEqual([]);
    });
  }

  it("keeps each column's closing dateline with its own story, and neither dateline ends the other story", () => {
    const both = variant('v2', page([...storyLines(riverStory), ...storyLines(farmStory)]));
    // The river column is longer: its dateline falls among the farm column's lines and the other way round.
    const left = [...river, riverStory.dateline];
    const right = [...farm, farmStory.dateline];
    const mixed = variant('v1', `${interleave(left, right, 1).join('\n')}\n`);
    const { shared } = findStories([mixed, both]);
    expect(shared.map((s) => s.title)).toEqual([riverStory.title, farmStory.title]);
    const riverLines = takenLines(shared[0], mixed);
    const farmLines = takenLines(shared[1], mixed);
    expect(riverLines.has(riverStory.dateline)).toBe(true);
    expect(riverLines.has(farmStory.dateline)).toBe(false);
    expect(farmLines.has(farmStory.dateline)).toBe(true);
    expect(river.filter((l) => riverLines.has(l)).length / river.length).toBeGreaterThanOrEqual(
      0.97,
    );
  });

  it('leaves a one-column page broken into lines as it is, dropped paragraph and all', () => {
    // An abridged reprint with a paragraph of its own in the middle: its lines are unshared, but
    // they start after a sentence end and run together; that is no interleaving.
    const own = '记者在现场看到，几名志愿者正沿着河岸清理落叶和垃圾，附近居民也自发加入了队伍。';
    const paragraphs = [
      ...riverStory.paragraphs.slice(0, 3),
      own,
      ...riverStory.paragraphs.slice(3),
    ];
    const lined = variant(
      'v1',
      `${riverStory.title}\n\n${columnLines(paragraphs, 17).join('\n')}\n`,
    );
    const { shared } = findStories([lined, wire]);
    expect(shared).toHaveLength(1);
    const spans = shared[0]?.spans.filter((s) => s.variant === 'v1') ?? [];
    expect(spans).toHaveLength(1);
    expect(lined.text.slice(spans[0]?.start, spans[0]?.end)).toContain(own.slice(0, 17));
  });
});
