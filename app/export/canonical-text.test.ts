import { describe, expect, it } from 'vitest';
import {
  canonicalMarkdown,
  canonicalTxt,
  escapeMarkdownLine,
  STORY_SEPARATOR,
  titledCanonical,
} from './canonical-text';
import {
  FIXTURE_CANONICAL,
  FIXTURE_REVIEW,
  FIXTURE_SOURCE,
  FIXTURE_STORY,
} from '../../test/fixtures/export/export-fixture';
import { resolveStories } from './story-texts';
import { paragraphsOf } from './text-blocks';
import type { ExportSource } from './types';

const stories = resolveStories(FIXTURE_SOURCE);

describe('canonicalTxt', () => {
  it('is the canonical draft with one final line break', () => {
    expect(canonicalTxt(stories)).toBe(`${FIXTURE_CANONICAL}\n`);
  });

  it('writes CRLF when asked, with no bare LF left', () => {
    const crlf = canonicalTxt(stories, { lineEnding: 'crlf' });
    expect(crlf.replace(/\r\n/g, '\n')).toBe(`${FIXTURE_CANONICAL}\n`);
    expect(crlf).not.toMatch(/[^\r]\n/);
  });

  it('applies the house style only when asked', () => {
    const spaced: ExportSource = {
      ...FIXTURE_SOURCE,
      reviews: FIXTURE_SOURCE.reviews.map((r) => ({
        ...r,
        canonical: '记者 王晓明 报道:2025 年 1 月',
      })),
    };
    const resolved = resolveStories(spaced);
    expect(canonicalTxt(resolved)).toBe('记者 王晓明 报道:2025 年 1 月\n');
    expect(canonicalTxt(resolved, { houseStyle: true })).toBe('记者王晓明报道：2025年1月\n');
  });

  it('exports a story without a review as the review would start: the majority canonical', () => {
    // Whatever order the files come in, the base is the variant that agrees most with the majority.
    const unreviewed: ExportSource = {
      ...FIXTURE_SOURCE,
      reviews: [],
      variants: [...FIXTURE_SOURCE.variants].reverse(),
    };
    expect(canonicalTxt(resolveStories(unreviewed))).toBe(`${FIXTURE_SOURCE.variants[0]?.text}\n`);
    const textless: ExportSource = {
      ...FIXTURE_SOURCE,
      reviews: [],
      variants: FIXTURE_SOURCE.variants.map(({ text: _t, ...v }) => v),
    };
    expect(canonicalTxt(resolveStories(textless))).toBe('\n');
  });
});

describe('canonicalTxt of every story', () => {
  it('puts each story under its title, with a separator line between stories', () => {
    const second: ExportSource['stories'][number] = {
      ...FIXTURE_STORY,
      id: 's2',
      title: '地铁8号线二期隧道全线贯通',
    };
    const source: ExportSource = {
      ...FIXTURE_SOURCE,
      stories: [FIXTURE_STORY, second],
      // The second story's canonical starts with its title as a heading line; it is not printed twice.
      reviews: [
        FIXTURE_REVIEW,
        {
          ...FIXTURE_REVIEW,
          storyId: 's2',
          canonical: '## 地铁8号线二期隧道全线贯通\n\n隧道实现全线贯通。',
          anchors: [],
          decisions: {},
        },
      ],
    };
    const text = canonicalTxt(resolveStories(source));
    const [first, rest] = text.split(`\n\n${STORY_SEPARATOR}\n\n`);
    expect(first?.startsWith(`${FIXTURE_STORY.title}\n\n`)).toBe(true);
    expect(first?.split(FIXTURE_STORY.title)).toHaveLength(2);
    expect(rest).toBe('地铁8号线二期隧道全线贯通\n\n隧道实现全线贯通。\n');
  });

  it('titles a story whose canonical does not start with its title', () => {
    expect(titledCanonical('标题', '正文一。\n正文二。\n')).toBe('标题\n\n正文一。\n正文二。');
    expect(titledCanonical('', '正文。')).toBe('正文。');
  });
});

describe('canonicalMarkdown', () => {
  it('puts the title as a heading once, then the paragraphs', () => {
    const [title, ...body] = paragraphsOf(FIXTURE_CANONICAL);
    expect(canonicalMarkdown(stories)).toBe(`# ${title}\n\n${body.join('\n\n')}\n`);
  });

  it('escapes what would become Markdown structure', () => {
    expect(escapeMarkdownLine('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMarkdownLine('1. 第一')).toBe('\\1. 第一');
    expect(escapeMarkdownLine('a*b*_c_')).toBe('a\\*b\\*\\_c\\_');
  });
});
