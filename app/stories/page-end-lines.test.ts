/**
 * A line at the page's foot after a story that every carrier ends at the same paragraph: a
 * scoreboard or a market line with no full stop is the page's, not a piece of the story the page
 * end cut off (nothing of the story is left to cut there).
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import { covered, variant } from '../../test/fixtures/stories/test-pages';

const story = [
  'HAVRE, Mont. (AP) — The last cable ferry on the upper Missouri crossed the river for the final time Sunday, ending 118 years of service after the county opened a new bridge a mile downstream.',
  'About 300 people lined both banks to watch operator Dell Kowalczyk-Ames guide the flat steel deck across the current, honking the horn three times as it touched the far landing.',
  '“My grandfather ran this boat, and my mother ran it after him,” Kowalczyk-Ames said. “I always figured I would be the one to tie it up for good.”',
  'The county plans to haul the ferry to a museum in Fort Benton next spring, where it will sit beside a restored keelboat and a steamboat pilot house.',
];

/** A page: the paper's masthead line, a headline, the story, then what the page prints under it. */
function pageOf(headline: string, foot: readonly string[]): string {
  return (
    [
      `${headline.toUpperCase().slice(0, 12)}  Monday, March 3  A7`,
      headline,
      ...story,
      ...foot,
    ].join('\n\n') + '\n'
  );
}

describe('a line at the foot of the page after a story every carrier ends alike', () => {
  const wire = variant('W', pageOf('Last Missouri cable ferry makes final run', []));
  const a = variant(
    'A',
    pageOf('Ferry ties up for good', ['TIDES  Fort Peck outflow: 9,400 cfs, steady']),
  );
  const b = variant(
    'B',
    pageOf('End of the line for river ferry', ['MARKETS  Spring wheat: 6.14, up 3 cents']),
  );
  it('is left out of the story', () => {
    const { shared } = findStories([wire, a, b]);
    expect(shared).toHaveLength(1);
    expect(covered(shared[0], a)).toContain('keelboat');
    expect(covered(shared[0], a)).not.toContain('outflow');
    expect(covered(shared[0], b)).toContain('keelboat');
    expect(covered(shared[0], b)).not.toContain('wheat');
  });
});
