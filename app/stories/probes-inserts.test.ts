/**
 * Eighth round of probes, on things set into a story, written before their results were seen: a
 * pull quote repeating a sentence of an English story, a public-service slogan box (公益广告)
 * between two paragraphs, a headline broken over two lines with a deck, and a reprint that
 * paragraphs the story differently.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import { page, riverStory, storyLines } from '../../test/fixtures/stories/news-stories';
import { covered, uncovered, variant } from '../../test/fixtures/stories/test-pages';

const en = [
  'PORTLAND, Ore. (AP) — A library in Portland has stopped charging late fees and says more books are coming back, not fewer, a year after the change.',
  'The Multnomah County Library said returns of overdue items rose 14% in the first 12 months without fines, and about 8,000 patrons whose cards had been blocked came back to borrow again.',
  '"Fines were keeping the people who need us most away from the library," said director Nora Ellison. "We wanted those doors open."',
  'Critics had warned that patrons would keep books longer without a penalty. The library said the average loan ran about a day longer, a change it called small.',
  'Several other libraries in the region are now studying the results, Ellison said.',
];
const pull = '"Fines were keeping the people who need us most away from the library."';

describe('probe: a pull quote set into an English story', () => {
  const wire = variant(
    'W',
    page(['Library drops late fees, sees more returns', 'By ANA TORRES Associated Press', ...en]),
  );
  const paper = variant(
    'P',
    page([
      'Fine-free library gets its books back',
      en[0] ?? '',
      en[1] ?? '',
      pull,
      ...en.slice(2),
      'Weather',
      'Rain likely today, high 58.',
    ]),
  );
  it('finds the story whole and leaves the pull quote out', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], paper);
    expect(uncovered(text, en)).toEqual([]);
    expect(text.split('Fines were keeping').length - 1).toBe(1);
    expect(text).not.toContain('Rain likely');
  });
});

describe('probe: a public-service slogan box between two paragraphs', () => {
  const lines = storyLines(riverStory);
  const paper = variant(
    'P',
    page([...lines.slice(0, 5), '文明城市　你我共建', '垃圾分类　从我做起', ...lines.slice(5)]),
  );
  const wire = variant('W', page(lines));
  it('leaves the slogans out', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], paper);
    expect(uncovered(text, riverStory.paragraphs)).toEqual([]);
    expect(text).not.toContain('你我共建');
    expect(text).not.toContain('从我做起');
  });
});

describe('probe: a headline broken over two lines, with a deck', () => {
  const wire = variant(
    'W',
    page(['Library drops late fees, sees more returns', 'By ANA TORRES Associated Press', ...en]),
  );
  const paper = variant(
    'P',
    page([
      'Obituaries',
      'Walter Greene, 77, a retired mail carrier, died Monday at home in Gresham.',
      'Fine-free library',
      'gets its books back',
      'A year without late fees brought lost patrons home',
      ...en,
    ]),
  );
  it('takes both headline lines and the deck, and not the obituary', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], paper);
    expect(text.startsWith('Fine-free library')).toBe(true);
    expect(text).toContain('lost patrons home');
    expect(text).not.toContain('Walter Greene');
  });
});

describe('probe: a reprint that paragraphs the story differently', () => {
  const p = riverStory.paragraphs;
  const regrouped = [
    `${p[0] ?? ''}${p[1] ?? ''}`,
    p[2] ?? '',
    ...(p[3] ?? '').split(/(?<=。)/u).filter((s) => s.length > 0),
    `${p[4] ?? ''}${p[5] ?? ''}`,
    p[6] ?? '',
  ];
  const wire = variant('W', page(storyLines(riverStory)));
  const paper = variant(
    'P',
    page([
      '本市新闻',
      riverStory.title,
      ...regrouped,
      '（据新华社）',
      '城东新开一家社区食堂',
      '本报讯 城东街道社区食堂日前开业，老年人就餐可享受八折优惠。',
    ]),
  );
  it('finds the story whole in both', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], paper);
    expect(uncovered(text, regrouped)).toEqual([]);
    expect(text).not.toContain('社区食堂');
  });
});
