import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { betterBase, byLength } from './base-choice';

const paras = [
  '江心岛湿地公园昨日开园，公园占地三百二十公顷，栽种水生植物八十余种。',
  '开园当天，园内举办了观鸟活动，二百多名市民在志愿者带领下辨认了三十多种鸟类。',
  '公园管理处主任闵立杭介绍，湿地每年冬季迎来上万只候鸟，园区将在候鸟季限制游客数量。',
  '据悉，公园实行免费预约入园，每日限流八千人次，节假日另行公告。',
];

function texts(...pages: string[][]): { texts: string[]; starts: (readonly number[])[] } {
  const folded = pages.map((p) => foldText(p.join('\n\n')));
  return { texts: folded.map((f) => f.text), starts: folded.map((f) => f.paragraphStarts) };
}

describe('the base', () => {
  it('does not take the longest variant as base when it alone moved a paragraph', () => {
    const [a, b, c, d] = paras as [string, string, string, string];
    // v1 is the longest (one sentence added) but prints the third paragraph last.
    const { texts: t, starts } = texts(
      [a, `${b}活动持续到傍晚。`, d, c],
      [a, b, c, d],
      [a, b, c, d.replace('八千', '六千')],
    );
    expect(byLength(t, [false, false, false])[0]).toBe(0);
    expect(betterBase(t, starts, [false, false, false], 0)).not.toBe(undefined);
  });

  it('never takes a variant that carries only part of the story first', () => {
    const [a, b, c, d] = paras as [string, string, string, string];
    const { texts: t, starts } = texts(
      [a, b, c, d],
      [b, c, d, `${d}另据介绍，园区夜间关闭。`],
      [a, b, c, d],
    );
    expect(byLength(t, [false, true, false])[0]).not.toBe(1);
    expect(betterBase(t, starts, [false, true, false], 0)).not.toBe(1);
  });
});
