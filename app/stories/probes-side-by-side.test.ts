/**
 * Sixth probe, written before its result was seen: text extraction that keeps two columns side by
 * side, each printed line holding a line of the left column, a wide gap, and a line of the right.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import { farmStory, page, riverStory, storyLines } from '../../test/fixtures/stories/news-stories';
import { columnLines, variant } from '../../test/fixtures/stories/test-pages';

describe('probe: two columns side by side on each line', () => {
  const river = columnLines(riverStory.paragraphs, 17);
  const farm = columnLines(farmStory.paragraphs, 16);
  const rows: string[] = [];
  for (let i = 0; i < Math.max(river.length, farm.length); i++)
    rows.push(
      `${(river[i] ?? '').padEnd(17, '\u3000')}\u3000\u3000\u3000${farm[i] ?? ''}`.trimEnd(),
    );
  const mixed = variant(
    'M',
    `${riverStory.title}\u3000\u3000${farmStory.title}\n\n${rows.join('\n')}\n`,
  );
  const wire = variant('W', page([...storyLines(riverStory), ...storyLines(farmStory)]));

  it('finds both stories, each with its own half of every line', () => {
    const { shared } = findStories([mixed, wire]);
    expect(shared.map((s) => s.title).sort()).toEqual([farmStory.title, riverStory.title].sort());
    const pieces = (title: string): Set<string> =>
      new Set(
        (shared.find((s) => s.title === title)?.spans ?? [])
          .filter((s) => s.variant === mixed.id)
          .flatMap((s) => mixed.text.slice(s.start, s.end).split(/\n|[\u3000]{2,}/u))
          .map((piece) => piece.trim()),
      );
    const r = pieces(riverStory.title);
    const f = pieces(farmStory.title);
    expect(river.filter((l) => r.has(l)).length / river.length).toBeGreaterThanOrEqual(0.95);
    expect(farm.filter((l) => f.has(l)).length / farm.length).toBeGreaterThanOrEqual(0.95);
    expect(farm.filter((l) => r.has(l) && l.length > 4)).toEqual([]);
    expect(river.filter((l) => f.has(l) && l.length > 4)).toEqual([]);
    // Each takes its own headline from the line that prints both.
    expect(r.has(farmStory.title)).toBe(false);
    expect(f.has(farmStory.title)).toBe(true);
  });
});
