/**
 * Seventh round of probes, on stories split across two files, written before their results were
 * seen: the jump mark run into the paragraph's last line, two stories continued on one inside
 * page, and a split whose marks the OCR lost (the first part ends the front page, the second
 * opens the inside page).
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import { farmStory, page, riverStory, storyLines } from '../../test/fixtures/stories/news-stories';
import { covered, uncovered, variant } from '../../test/fixtures/stories/test-pages';

const wire = variant('W', page([...storyLines(riverStory), ...storyLines(farmStory)]));

describe('probe: the jump mark run into the last line of the paragraph', () => {
  const front = variant(
    'F',
    page([
      '江南日报　A01',
      riverStory.title,
      ...riverStory.paragraphs.slice(0, 3).map((p, i) => (i === 2 ? `${p}（下转A04版）` : p)),
      '本版编辑：周立',
    ]),
  );
  const inside = variant(
    'I',
    page(['江南日报　A04', '（上接A01版）', ...riverStory.paragraphs.slice(3), '本版编辑：周立']),
  );
  it('joins the two parts', () => {
    const { shared } = findStories([wire, front, inside]);
    const river = shared.filter((s) => covered(s, wire).includes('青溪河全长'));
    expect(river).toHaveLength(1);
    expect(
      uncovered(`${covered(river[0], front)}${covered(river[0], inside)}`, riverStory.paragraphs),
    ).toEqual([]);
    expect(river[0]?.spans.some((s) => s.variant === inside.id)).toBe(true);
  });
});

describe('probe: two stories continued on one inside page', () => {
  const front = variant(
    'F',
    page([
      '江南日报　A01',
      riverStory.title,
      ...riverStory.paragraphs.slice(0, 2),
      '（下转A04版）',
      farmStory.title,
      ...farmStory.paragraphs.slice(0, 2),
      '（下转A04版）',
    ]),
  );
  const inside = variant(
    'I',
    page([
      '江南日报　A04',
      '（上接A01版）',
      ...farmStory.paragraphs.slice(2),
      '（上接A01版）',
      ...riverStory.paragraphs.slice(2),
    ]),
  );
  it('joins each story with its own continuation', () => {
    const { shared } = findStories([wire, front, inside]);
    expect(shared).toHaveLength(2);
    const river = shared.find((s) => covered(s, wire).includes('青溪河全长'));
    const farm = shared.find((s) => covered(s, wire).includes('刘建军'));
    expect(
      uncovered(`${covered(river, front)}${covered(river, inside)}`, riverStory.paragraphs),
    ).toEqual([]);
    expect(
      uncovered(`${covered(farm, front)}${covered(farm, inside)}`, farmStory.paragraphs),
    ).toEqual([]);
    expect(covered(river, inside)).not.toContain('刘建军');
    expect(covered(farm, inside)).not.toContain('青溪河');
  });
});

describe('probe: a split whose continuation marks the OCR lost', () => {
  const front = variant(
    'F',
    page([
      '江南日报　A01',
      farmStory.title,
      ...farmStory.paragraphs.slice(0, 3),
      riverStory.title,
      ...riverStory.paragraphs.slice(0, 3),
    ]),
  );
  const inside = variant(
    'I',
    page([
      '江南日报　A04',
      ...riverStory.paragraphs.slice(3),
      '市区新增一批共享单车停放点',
      '本报讯 市城管局近日在地铁站周边新增共享单车停放点一百二十处。',
    ]),
  );
  it('joins the part that ends the front page with the part that opens the inside page', () => {
    const { shared } = findStories([wire, front, inside]);
    const river = shared.filter(
      (s) => covered(s, wire).includes('青溪河全长') || covered(s, wire).includes('陈立新表示'),
    );
    expect(river).toHaveLength(1);
    expect(
      uncovered(`${covered(river[0], front)}${covered(river[0], inside)}`, riverStory.paragraphs),
    ).toEqual([]);
    expect(covered(river[0], inside)).not.toContain('共享单车');
  });

  it('keeps two stories apart that end one page and open another when a third prints them as two', () => {
    const front = variant('F', page(['江南日报　A01', farmStory.title, ...farmStory.paragraphs]));
    const next = variant(
      'N',
      page(['江南日报　A04', ...riverStory.paragraphs.slice(1), '本版编辑：周立']),
    );
    const { shared } = findStories([wire, front, next]);
    expect(shared).toHaveLength(2);
  });
});
