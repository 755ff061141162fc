/**
 * Tenth round of probes, written before their results were seen: a reprint credit closing a story
 * (（转载自《…》…期）) in one paper, an ellipsis line marking an abridgement inside a story, and an
 * English dateline printed on a line of its own.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import {
  libraryStory,
  page,
  riverStory,
  storyLines,
} from '../../test/fixtures/stories/news-stories';
import { covered, uncovered, variant } from '../../test/fixtures/stories/test-pages';

describe('probe: a reprint credit closes the story in one paper', () => {
  const wire = variant('W', page(storyLines(libraryStory)));
  const paper = variant(
    'P',
    page([
      '书香周刊　第4版',
      libraryStory.title,
      ...libraryStory.paragraphs,
      '（转载自《半月谈》2026年第3期）',
      '读者来信',
      '我家楼下新开了一家城市书房，每天晚上都能看到很多人在里面看书。希望这样的书房越来越多。',
    ]),
  );
  it('takes the credit with the story and leaves the letter out', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], paper);
    expect(uncovered(text, libraryStory.paragraphs)).toEqual([]);
    expect(text).toContain('转载自《半月谈》');
    expect(text).not.toContain('我家楼下');
  });
});

describe('probe: an ellipsis line marks an abridgement inside the story', () => {
  const wire = variant('W', page(storyLines(riverStory)));
  const paper = variant(
    'P',
    page([
      riverStory.title,
      ...riverStory.paragraphs.slice(0, 3),
      '……',
      ...riverStory.paragraphs.slice(5),
    ]),
  );
  it('keeps the ellipsis inside the story and the story whole', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    const spans = shared[0]?.spans.filter((s) => s.variant === paper.id) ?? [];
    expect(spans).toHaveLength(1);
    expect(covered(shared[0], paper)).toContain('……');
  });
});

describe('probe: an English dateline on a line of its own', () => {
  const p = [
    'A federal appeals court on Tuesday upheld a Maine law that requires large grocery stores to donate unsold food that is still safe to eat, rejecting a challenge from an industry group.',
    'The three-judge panel said the state had a legitimate interest in reducing food waste and that the law did not place an undue burden on interstate commerce.',
    'The Maine Grocers Association said it was reviewing the decision and had not decided whether to appeal.',
  ];
  const wire = variant(
    'W',
    page([
      'Court upholds Maine food donation law',
      'By JOHN ABERNATHY Associated Press',
      `BOSTON (AP) — ${p[0] ?? ''}`,
      ...p.slice(1),
    ]),
  );
  const paper = variant(
    'P',
    page([
      'Food donation law survives challenge',
      'BOSTON (AP) —',
      ...p,
      'Police log',
      'A car window was broken Monday night on Elm Street.',
    ]),
  );
  it('finds the story and takes the dateline line with it', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], paper);
    expect(text.startsWith('Food donation law survives challenge')).toBe(true);
    expect(uncovered(text, p)).toEqual([]);
    expect(text).not.toContain('Police log');
  });
});
