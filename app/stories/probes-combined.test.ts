/**
 * Ninth round of probes, written before their results were seen: hard cases together on one set
 * of pages (an abridged retitled reprint with a caption and an ad, and an OCR page without blank
 * lines whose two columns interleave the story with a local one), a long story that four papers
 * abridge differently (one across two pages), and two English stories under bare headlines.
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
  columnLines,
  covered,
  interleave,
  takenLines,
  uncovered,
  variant,
} from '../../test/fixtures/stories/test-pages';

describe('probe: an abridged retitled reprint and an interleaved OCR page of the same story', () => {
  const wire = variant('W', page(storyLines(riverStory)));
  const abridged = variant(
    'A',
    page([
      '东江日报　第3版',
      '治水十年 青溪河重现清波',
      ...riverStory.paragraphs.slice(0, 2),
      '青溪河滨水公园一角。\n新华社记者 林晓帆 摄',
      ...riverStory.paragraphs.slice(3, 6),
      '金秋装饰　旧房翻新一站式服务\n咨询热线：0571-5566888',
    ]),
  );
  const local = [
    '本报讯 市图书馆少儿分馆改造完成后将于下月重新开放，新增绘本阅读区和亲子活动室，全年将举办各类阅读活动两百余场。',
    '分馆负责人介绍，改造期间图书借还不受影响，读者可到总馆或各城市书房办理。',
  ];
  const ocrLines = interleave(columnLines(riverStory.paragraphs, 17), columnLines(local, 16), 1);
  const ocr = variant('O', `北岸都市报 A05\n${riverStory.title}\n${ocrLines.join('\n')}\n`);
  const { shared } = findStories([wire, abridged, ocr]);

  it('finds one story in all three, without the caption, the ad or the local lines', () => {
    expect(shared).toHaveLength(1);
    const a = covered(shared[0], abridged);
    expect(
      uncovered(a, [...riverStory.paragraphs.slice(0, 2), ...riverStory.paragraphs.slice(3, 6)]),
    ).toEqual([]);
    for (const foreign of ['林晓帆 摄', '金秋装饰', '咨询热线']) expect(a).not.toContain(foreign);
    const taken = takenLines(shared[0], ocr);
    const river = columnLines(riverStory.paragraphs, 17);
    expect(river.filter((l) => taken.has(l)).length / river.length).toBeGreaterThanOrEqual(0.95);
    expect(columnLines(local, 16).filter((l) => taken.has(l) && l.length > 4)).toEqual([]);
  });
});

describe('probe: a long story four papers abridge differently, one across two pages', () => {
  const long = [
    ...riverStory.paragraphs,
    ...libraryStory.paragraphs.map((p) => p.replace(/城市书房/gu, '滨河书房')),
  ];
  const wire = variant('W', page([riverStory.title, ...long, '（新华社杭州3月12日电）']));
  const keep = (drop: readonly number[]): string[] => long.filter((_, i) => !drop.includes(i));
  const a = variant(
    'A',
    page([
      '甲报　第2版',
      riverStory.title,
      ...keep([3, 4, 9]),
      '（据新华社电）',
      '本地简讯',
      '市区今日起调整部分公交线路。',
    ]),
  );
  const b = variant(
    'B',
    page([
      '乙报　第5版',
      '青溪河畔书香浓',
      ...keep([1, 7, 8, 10, 11]),
      farmStory.title,
      ...farmStory.paragraphs,
    ]),
  );
  const c1 = variant(
    'C1',
    page(['丙报　A01', riverStory.title, ...long.slice(0, 4), '（下转A06版）']),
  );
  const c6 = variant(
    'C6',
    page(['丙报　A06', '（上接A01版）', ...long.slice(4, 10), '（新华社）']),
  );
  const { shared } = findStories([wire, a, b, c1, c6]);

  it('finds it as one story everywhere, and the farm story only in one paper', () => {
    const story = shared.find((s) => covered(s, wire).includes('青溪河全长'));
    expect(shared.filter((s) => s === story)).toHaveLength(1);
    expect(uncovered(covered(story, a), keep([3, 4, 9]))).toEqual([]);
    expect(uncovered(covered(story, b), keep([1, 7, 8, 10, 11]))).toEqual([]);
    expect(uncovered(`${covered(story, c1)}${covered(story, c6)}`, long.slice(0, 10))).toEqual([]);
    expect(covered(story, b)).not.toContain('刘建军');
    expect(covered(story, a)).not.toContain('公交线路');
    expect(story?.missing).toEqual([]);
  });
});

describe('probe: two English stories under bare headlines, the same order in both papers', () => {
  const first = [
    'Crews finished repaving the Harbor Street bridge on Friday, two weeks ahead of schedule, and the bridge reopened to traffic in both directions Saturday morning.',
    'The $3.2 million project replaced the deck and the railings, which had been damaged by road salt. City engineer Paula Grant said the new deck should last 40 years.',
    'Drivers had used a detour through the industrial park since March.',
  ];
  const second = [
    'The Westfield school board voted 5-2 on Thursday to move high school start times to 8:30 a.m. beginning next fall, citing research on teenagers and sleep.',
    'Parents who opposed the change said later dismissal would cut into after-school jobs and sports. The board said buses would be rescheduled over the summer.',
  ];
  const a = variant(
    'A',
    page([
      'THE HARBOR GAZETTE  Monday, June 2  Page 3',
      'Harbor Street bridge reopens early',
      ...first,
      'Later start for high school approved',
      ...second,
    ]),
  );
  const b = variant(
    'B',
    page([
      'Bridge reopens ahead of schedule',
      ...first,
      'School board backs later start time',
      ...second,
      'Corrections',
      'A Saturday story misspelled the name of the city engineer. She is Paula Grant.',
    ]),
  );
  const { shared } = findStories([a, b]);

  it('finds the two stories apart', () => {
    expect(shared).toHaveLength(2);
    const bridge = shared.find((s) => covered(s, a).includes('Harbor Street'));
    expect(covered(bridge, a)).not.toContain('school board');
    expect(covered(bridge, b)).not.toContain('school board');
  });
});
