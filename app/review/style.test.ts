import { describe, expect, it } from 'vitest';
import { initStoryReview } from './canonical';
import { acceptReading } from './decide';
import { reviewProblems } from './invariants';
import { statusOf } from './queries';
import { buildStoryFixture } from '../../test/fixtures/review/story-fixture';
import { applyHouseStyleToReview, applyStyleNote, styleEdits } from './style';
import type { TextEdit } from './anchors';

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('styleEdits', () => {
  it('turns half-width punctuation full-width in CJK context only', () => {
    const text = '他说: 今年(2025年)增长3.5%, 总额1,000万元!\nHello, world.';
    expect(apply(text, styleEdits(text, 'half-width-punctuation'))).toBe(
      '他说：今年（2025年）增长3.5%，总额1,000万元！\nHello, world.',
    );
  });

  it('removes spaces around CJK but not between Latin words', () => {
    const text = '1 月 25 日，Open AI 公司 发布';
    expect(apply(text, styleEdits(text, 'cjk-spacing'))).toBe('1月25日，Open AI公司发布');
  });

  it('folds full-width digits and Latin, curls quotes, drops heading and continuation marks, rejoins wrapped lines', () => {
    expect(apply('２０２５年ＡＢ', styleEdits('２０２５年ＡＢ', 'full-width-digits'))).toBe(
      '2025年ＡＢ',
    );
    expect(
      apply('記者從衛生署了解到', styleEdits('記者從衛生署了解到', 'traditional-script')),
    ).toBe('记者从卫生署了解到');
    expect(apply('２０２５年ＡＢ', styleEdits('２０２５年ＡＢ', 'full-width-latin'))).toBe(
      '２０２５年AB',
    );
    expect(apply('他说"好"，又说"行"', styleEdits('他说"好"，又说"行"', 'quote-style'))).toBe(
      '他说“好”，又说“行”',
    );
    expect(apply('## 标题\n正文', styleEdits('## 标题\n正文', 'heading-marks'))).toBe('标题\n正文');
    expect(apply('正文（转第4版）', styleEdits('正文（转第4版）', 'continuation-marks'))).toBe(
      '正文',
    );
    expect(apply('正文。（完）', styleEdits('正文。（完）', 'continuation-marks'))).toBe('正文。');
    expect(
      apply('正文（上接第1版，作者）', styleEdits('正文（上接第1版，作者）', 'continuation-marks')),
    ).toBe('正文');
    expect(
      apply('社会工\n作高质量。\n下一段', styleEdits('社会工\n作高质量。\n下一段', 'line-wrap')),
    ).toBe('社会工作高质量。\n下一段');
  });
});

describe('applyStyleNote', () => {
  it('restyles the canonical in one step and keeps anchors and decisions on their text', () => {
    const { story, variants } = buildStoryFixture(2, [
      '记者 ',
      { readings: ['李肖娜', '肖娜'] },
      ' 报道, 今年',
      { readings: [',', '、'], category: 'punctuation' },
      '明年 ',
      { readings: ['2025', '2024'], category: 'number' },
      ' 年。',
    ]);
    let review = initStoryReview(story, variants, 'v1');
    const flag = story.flags[0];
    if (!flag) throw new Error('fixture');
    review = acceptReading(review, flag, 'v2', { editor: 'e', at: 't' }).review;
    const punct = applyStyleNote(review, 'half-width-punctuation');
    const spaced = applyStyleNote(punct.review, 'cjk-spacing');
    expect(spaced.review.canonical).toBe('记者肖娜报道，今年，明年2025年。');
    expect(reviewProblems(spaced.review)).toEqual([]);
    const slices = spaced.review.anchors.map((a) => spaced.review.canonical.slice(a.start, a.end));
    expect(slices).toEqual(['肖娜', '，', '2025']);
    expect(statusOf(spaced.review, 's1-f2')).toBe('open');
    expect(statusOf(spaced.review, 's1-f1')).toBe('accepted');
    expect(applyHouseStyleToReview(review).review.canonical).toBe(spaced.review.canonical);
  });
});
