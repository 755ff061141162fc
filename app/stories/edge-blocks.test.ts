/**
 * What stands at a story's edges on one page and is not its text: the masthead, the site's
 * navigation and a section label stacked above the headline, and an advertisement under the
 * story's last paragraph. The others print none of it; its shape says it is the page's.
 */
import { describe, expect, it } from 'vitest';
import type { VariantText } from '../model/types';
import { findStories, type StoryLocation } from './find-stories';
import {
  ferryStoryEn,
  page,
  riverStory,
  storyLines,
} from '../../test/fixtures/stories/news-stories';

function variant(id: string, text: string): VariantText {
  return { id, path: `${id}.txt`, name: `${id}.txt`, encoding: 'utf-8', text };
}

/** The text the story covers in `v`, spans joined by ¦. */
function covered(story: StoryLocation | undefined, v: VariantText): string {
  return (story?.spans ?? [])
    .filter((s) => s.variant === v.id)
    .map((s) => v.text.slice(s.start, s.end))
    .join('¦');
}

/** The one shared story of the variants, checked to be one. */
function onlyStory(variants: readonly VariantText[]): StoryLocation | undefined {
  const { shared } = findStories(variants);
  expect(shared).toHaveLength(1);
  return shared[0];
}

const plainCopies = (): VariantText[] => [
  variant('v2', page(storyLines(ferryStoryEn))),
  variant('v3', page(storyLines(ferryStoryEn, { byline: false }))),
];

describe('above the headline', () => {
  it('leaves out a news site name, its navigation and a section label stacked over the headline', () => {
    const site = variant(
      'v1',
      page([
        'HARBOUR WIRE',
        'Home | Island | Coast | Politics | Schools | Weather | Obituaries',
        'TRANSPORT',
        ...storyLines(ferryStoryEn),
      ]),
    );
    const story = onlyStory([site, ...plainCopies()]);
    const text = covered(story, site);
    expect(text.startsWith(ferryStoryEn.title)).toBe(true);
    expect(story?.title).toBe(ferryStoryEn.title);
  });

  it('leaves out a masthead above the page date line over the headline', () => {
    const paper = variant(
      'v1',
      page([
        'ISLAND WEEKLY-TIMES',
        'Thursday, April 2, 2026  |  A3  |  LOCAL',
        ...storyLines(ferryStoryEn),
      ]),
    );
    const text = covered(onlyStory([paper, ...plainCopies()]), paper);
    expect(text.startsWith(ferryStoryEn.title)).toBe(true);
  });

  it('leaves out a short section label over a Chinese headline', () => {
    const paper = variant('v1', page(['生态', ...storyLines(riverStory)]));
    const others = [
      variant('v2', page(storyLines(riverStory))),
      variant('v3', page(storyLines(riverStory, { byline: false }))),
    ];
    const text = covered(onlyStory([paper, ...others]), paper);
    expect(text.startsWith(riverStory.title)).toBe(true);
  });

  it('keeps an overline above the headline that is as long as a headline', () => {
    const overline = '治水十年·江南水乡生态答卷';
    const paper = variant('v1', page([overline, ...storyLines(riverStory)]));
    const others = [
      variant('v2', page(storyLines(riverStory))),
      variant('v3', page(storyLines(riverStory, { byline: false }))),
    ];
    const text = covered(onlyStory([paper, ...others]), paper);
    expect(text.startsWith(overline)).toBe(true);
  });
});

describe('under the last paragraph', () => {
  it('leaves out an advertisement after the story, its marker and its text', () => {
    const paper = variant(
      'v1',
      page([
        ...storyLines(ferryStoryEn),
        'ADVERTISEMENT',
        'HALDEN BOATYARD — Moorings and winter storage, 555-0142',
      ]),
    );
    const text = covered(onlyStory([paper, ...plainCopies()]), paper);
    expect(text).not.toContain('BOATYARD');
    expect(text.endsWith(ferryStoryEn.paragraphs.at(-1) as string)).toBe(true);
  });
});

describe('a last paragraph one page rewords', () => {
  // It names nothing the story names twice: only the others' copy of it vouches for it.
  const close = '放灯仪式结束时已近午夜，不少市民仍在岸边驻足，久久不愿离去。';
  const reworded = '放灯仪式结束后已是午夜，许多市民仍然留在岸边，迟迟不肯离开。';
  const lines = (last: string): string[] => [
    riverStory.title,
    ...riverStory.paragraphs,
    last,
    '责任编辑：周一鸣',
    '南城图书馆周末举办亲子阅读会',
    '本报讯 南城图书馆本周六上午将举办亲子阅读会，现场设置绘本角和手工区，家长可带孩子免费参加。',
  ];
  const whole = [variant('v1', page(lines(close))), variant('v2', page(lines(close)))];

  it('keeps it when it rewords the closing paragraph the others print and it does not', () => {
    const web = variant('v3', page(lines(reworded)));
    const story = findStories([...whole, web]).shared.find((s) =>
      covered(s, web).includes('青溪河全长'),
    );
    expect(covered(story, web)).toContain(reworded);
    expect(covered(story, web)).not.toContain('亲子阅读会');
  });

  it('leaves an unrelated paragraph after the story out', () => {
    const other = '社区卫生服务中心本月起延长服务时间，工作日晚间增设全科门诊，方便上班族就医。';
    const web = variant('v3', page(lines(other)));
    const story = findStories([...whole, web]).shared.find((s) =>
      covered(s, web).includes('青溪河全长'),
    );
    expect(covered(story, web)).not.toContain(other);
  });
});
