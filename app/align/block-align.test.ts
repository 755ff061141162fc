import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { blockChunks } from './block-align';

/** Chunks as [base text, variant text] pairs of folded text. */
function chunks(base: string, variant: string): [string, string][] {
  const b = foldText(base);
  const v = foldText(variant);
  return (blockChunks(b.text, v.text, b.paragraphStarts, v.paragraphStarts) ?? []).map((c) => [
    b.text.slice(c.b0, c.b1),
    v.text.slice(c.v0, c.v1),
  ]);
}

describe('blockChunks', () => {
  it('groups two paragraphs a variant merged, even when the story repeats its phrases in every paragraph', () => {
    const phrase = '我们将稳步推动社区养老服务和数字化平台建设';
    const paras = ['东岭村', '西坪镇', '南湖街道', '北山社区', '中和乡'].map(
      (place, i) => `${place}负责人说，${phrase}，今年已服务${1200 + i * 311}人次，${phrase}。`,
    );
    const base = paras.join('\n\n');
    // The variant runs the third paragraph into the fourth (no sentence end, no blank line) and changes a figure in the fourth.
    const merged = `${(paras[2] as string).slice(0, -1)}${(paras[3] as string).replace('2133', '2183')}`;
    const variant = [paras[0], paras[1], merged, paras[4]].join('\n\n');
    const out = chunks(base, variant);
    const group = out.find(([, v]) => v.includes('南湖街道') && v.includes('北山社区'));
    expect(group?.[0]).toContain('南湖街道');
    expect(group?.[0]).toContain('北山社区');
    // No chunk is a one-sided copy of either paragraph (that would read as a move).
    expect(out.filter(([b, v]) => (b === '' || v === '') && (b + v).includes('北山社区'))).toEqual(
      [],
    );
  });

  it('keeps a paragraph a reprint dropped as a one-sided chunk between its neighbours', () => {
    const base =
      '第一段讲的是会议开幕的情况和主要议程安排。\n\n第二段介绍了今年工作报告中的几项主要指标。\n\n第三段是代表们分组讨论时提出的意见建议。';
    const variant =
      '第一段讲的是会议开幕的情况和主要议程安排。\n\n第三段是代表们分组讨论时提出的意见建议。';
    expect(chunks(base, variant)).toContainEqual([
      foldText('第二段介绍了今年工作报告中的几项主要指标。').text,
      '',
    ]);
  });
});
