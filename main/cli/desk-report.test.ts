import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../app/compare';
import type { VariantText } from '../../app/model/types';
import { buildDeskReport, escapeHtml } from './desk-report';

// Three printings of one story of our own: the second and third agree on a figure the first
// misprints; the third adds an ampersand line that must come out escaped.
const BASE =
  '夜市<摊位>今晚恢复营业\n\n东门夜市共设摊位86个，营业至晚上十一点。\n\n市场管理处主任周雅琴说，摊主须持证经营。\n';
const texts = [BASE, BASE.replace('86', '68'), BASE.replace('86', '68')];
const variants: VariantText[] = texts.map((text, i) => ({
  id: `v${i + 1}`,
  path: `p${i + 1}.txt`,
  name: `p${i + 1}.txt`,
  encoding: 'utf-8',
  text,
}));

describe('buildDeskReport', () => {
  const result = compareVariants(variants);
  const html = buildDeskReport(result, variants, { now: new Date('2026-03-12T08:30:00Z') });

  it('lists every shared story with its pages and flags, the majority reading first', () => {
    expect(result.stories.length).toBeGreaterThan(0);
    expect(html).toContain('2026-03-12 08:30 UTC · 3 pages');
    for (const story of result.stories) expect(html).toContain(`id="${story.id}"`);
    const flag = result.stories.flatMap((s) => s.flags).find((f) => f.category === 'number');
    expect(flag?.majority).toBe('68');
    const row = html.slice(html.indexOf(`<td>${flag?.id ?? ''}</td>`));
    expect(row.indexOf('<mark>68</mark>')).toBeLessThan(row.indexOf('<mark>86</mark>'));
    expect(row).toContain(
      '东门夜市共设摊位<mark>68</mark>个，营业至晚上十一点。 市场管…</span><span class="pages">2 · p2.txt, p3.txt</span>',
    );
    expect(html).toContain('3 pages: p1.txt, p2.txt, p3.txt · 1 flag (number 1)');
  });

  it('shows a long reading by its start and end', () => {
    const long = `${'甲'.repeat(70)}${'乙'.repeat(70)}`;
    const pages: VariantText[] = [
      variants[0] as VariantText,
      // Set inside the story: a line under a story both pages end alike is the page's, not the story's.
      {
        ...(variants[1] as VariantText),
        id: 'v2',
        text: BASE.replace('\n\n市场', `\n\n${long}\n\n市场`),
      },
    ];
    const report = buildDeskReport(compareVariants(pages), pages);
    expect(report).toContain(`<mark>${'甲'.repeat(60)} … ${'乙'.repeat(24)}</mark>`);
    expect(report).not.toContain('甲'.repeat(61));
  });

  it('escapes the text of the pages and carries print styles', () => {
    expect(html).not.toContain('<摊位>');
    expect(html).toContain('夜市&#60;摊位&#62;');
    expect(html).toMatch(/@media print\{.*\.story\{break-before:page\}/s);
    expect(escapeHtml(`a&b"c'<`)).toBe('a&#38;b&#34;c&#39;&#60;');
  });
});
