/**
 * Twelfth probe, written before its result was seen: an English page whose two columns text
 * extraction read across, line by line, the wire story in the left column and a local story in
 * the right; lines wrap at word boundaries, with a hyphenated break or two.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import { ferryStoryEn, page, storyLines } from '../../test/fixtures/stories/news-stories';
import { interleave, takenLines, variant } from '../../test/fixtures/stories/test-pages';

/** Words wrapped into lines of at most `width` characters, as a narrow column sets them. */
function wrapWords(paragraphs: readonly string[], width: number): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    let line = '';
    for (const word of p.split(' ')) {
      if (line.length > 0 && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line.length > 0 ? `${line} ${word}` : word;
    }
    if (line.length > 0) out.push(line);
  }
  return out;
}

describe('probe: an English page read across two columns', () => {
  const local = [
    'The Halden Island library will extend its hours on Thursdays through the summer, staying open until 8 p.m. so commuters returning on the evening ferry can borrow books.',
    'Librarian Joan Petrakis said the change was requested by dozens of patrons in a survey last winter, and that volunteers from the island historical society would help staff the desk.',
  ];
  const left = wrapWords(ferryStoryEn.paragraphs, 34);
  const right = wrapWords(local, 32);
  const mixed = variant(
    'M',
    `ISLAND TIMES   April 2   Page 3\n\n${interleave(left, right, 1).join('\n')}\n`,
  );
  const wire = variant('W', page(storyLines(ferryStoryEn)));

  it('finds the wire story with its own lines and none of the library story', () => {
    const { shared } = findStories([mixed, wire]);
    expect(shared).toHaveLength(1);
    const taken = takenLines(shared[0], mixed);
    expect(left.filter((l) => taken.has(l)).length / left.length).toBeGreaterThanOrEqual(0.95);
    expect(right.filter((l) => taken.has(l))).toEqual([]);
  });
});
