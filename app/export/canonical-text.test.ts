import { describe, expect, it } from 'vitest';
import { canonicalMarkdown, canonicalTxt, escapeMarkdownLine } from './canonical-text';
import { FIXTURE_CANONICAL, FIXTURE_SOURCE } from '../../test/fixtures/export/export-fixture';
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
      reviews: FIXTURE_SOURCE.reviews.map((r) => ({ ...r, canonical: '记者 王晓明 报道:2025 年 1 月' })),
    };
    const resolved = resolveStories(spaced);
    expect(canonicalTxt(resolved)).toBe('记者 王晓明 报道:2025 年 1 月\n');
    expect(canonicalTxt(resolved, { houseStyle: true })).toBe('记者王晓明报道：2025年1月\n');
  });

  it('exports a story without a review as the review would start: the majority canonical', () => {
    // Whatever order the files come in, the base is the variant that agrees most with the majority.
    const unreviewed: ExportSource = { ...FIXTURE_SOURCE, reviews: [], variants: [...FIXTURE_SOURCE.variants].reverse() };
    expect(canonicalTxt(resolveStories(unreviewed))).toBe(`${FIXTURE_SOURCE.variants[0]?.text}\n`);
    const textless: ExportSource = { ...FIXTURE_SOURCE, reviews: [], variants: FIXTURE_SOURCE.variants.map(({ text: _t, ...v }) => v) };
    expect(canonicalTxt(resolveStories(textless))).toBe('\n');
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
