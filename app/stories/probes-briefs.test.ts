/**
 * Eleventh round of probes, written before their results were seen: a wire brief among a paper's
 * own briefs (简讯), and a paper that adds subheads of its own to a wire story.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import { page, riverStory, storyLines } from '../../test/fixtures/stories/news-stories';
import { covered, uncovered, variant } from '../../test/fixtures/stories/test-pages';

const brief =
  '新华社北京5月6日电 记者从国家铁路局获悉，今年一季度全国铁路完成固定资产投资一千六百亿元，同比增长百分之五，新开工项目集中在中西部地区。';

describe('probe: a wire brief among a paper’s own briefs', () => {
  const a = variant(
    'A',
    page([
      '简讯',
      '■ 本报讯 市图书馆将于本周六举办“古籍修复”公益讲座，现场展示修复工具和修复前后的古籍，市民可免费参加。',
      `■ ${brief}`,
      '■ 本报讯 城西污水处理厂二期工程近日通水运行，日处理能力提高到十万吨。',
    ]),
  );
  const b = variant(
    'B',
    page([
      '要闻速览',
      '全国铁路一季度投资增长',
      brief,
      '国际油价小幅上涨',
      '据新华社电 国际油价周二小幅上涨，市场关注主要产油国下月的产量政策。',
    ]),
  );
  it('finds the brief alone', () => {
    const { shared } = findStories([a, b]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], a);
    expect(text).toContain('国家铁路局');
    expect(text).not.toContain('古籍');
    expect(text).not.toContain('污水处理厂');
    expect(covered(shared[0], b)).not.toContain('油价');
  });
});

describe('probe: a paper adds subheads of its own to a wire story', () => {
  const lines = storyLines(riverStory);
  const paper = variant(
    'P',
    page([
      ...lines.slice(0, 4),
      '截污治水 雨污分流',
      ...lines.slice(4, 6),
      '水清岸绿 河畔成公园',
      ...lines.slice(6),
    ]),
  );
  const wire = variant('W', page(lines));
  it('keeps the paper’s subheads inside the story', () => {
    const { shared } = findStories([wire, paper]);
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], paper);
    expect(uncovered(text, riverStory.paragraphs)).toEqual([]);
    expect(text).toContain('截污治水 雨污分流');
    expect(text).toContain('水清岸绿 河畔成公园');
    expect(shared[0]?.spans.filter((s) => s.variant === paper.id)).toHaveLength(1);
  });
});
