/**
 * A results list set inside a story: the rows under a lead-in line ("…：") are the story's text
 * even where every page prints a row a little differently (a time, a name), so that no row drops
 * out of the story and its differences are flagged.
 */
import { describe, expect, it } from 'vitest';
import { findStories } from './find-stories';
import { covered, variant } from '../../test/fixtures/stories/test-pages';

const lead =
  '新华社杭州3月2日电（记者邬清和）2031年钱塘江皮划艇邀请赛2日在富阳区江滨码头落幕，来自14个省份的320名选手参加了五个项目的角逐。';
const weather = '比赛当天江面风力二到三级，水温9摄氏度，组委会把起航时间推后了半个小时。';
const after =
  '获得男子单人艇冠军的褚云帆今年19岁，他说最后五百米几乎是凭着一口气划完的，赛后在码头边坐了很久才站起来。';
const close =
  '组委会表示，明年的邀请赛将增设青少年组，报名工作将于十月开始，欢迎各地俱乐部组队参加。';

/** A page: masthead, headline, the story with its list, a brief after it. */
function racePage(rows: readonly string[], headline: string): string {
  return [
    '江城日报',
    headline,
    '',
    lead,
    '',
    weather,
    '',
    ['男子单人艇前三名：', ...rows.slice(0, 3), '女子单人艇前三名：', ...rows.slice(3)].join('\n'),
    '',
    after,
    '',
    close,
    '',
    '本版编辑：卫东',
    '',
  ].join('\n');
}

const rowsA = [
  '褚云帆（浙江）　4:02.17',
  '柏海山（江苏）　4:05.80',
  '鲁知远（湖北）　4:06.33',
  '滕晓雯（山东）　4:31.05',
  '韦若兰（广西）　4:33.48',
  '邵一禾（浙江）　4:35.12',
];
// Each of the other pages changes the second and fourth rows differently: no copy of them is alike.
const rowsB = rowsA.map((r, i) =>
  i === 1 ? '柏海山（江苏）　4:08.50' : i === 3 ? '滕晓雯（山东）　4:13.05' : r,
);
const rowsC = rowsA.map((r, i) =>
  i === 1 ? '柏海杉（江苏）　4:05.80' : i === 3 ? '藤晓雯（山东）　4:31.05' : r,
);

describe('a results list inside a story', () => {
  const a = variant('A', racePage(rowsA, '钱塘江皮划艇邀请赛落幕'));
  const b = variant('B', racePage(rowsB, '江上五百米'));
  const c = variant('C', racePage(rowsC, '320名选手钱塘江竞舟'));
  it('keeps every row in the story, including rows no two pages print alike', () => {
    const { shared } = findStories([a, b, c]);
    expect(shared).toHaveLength(1);
    for (const [v, rows] of [
      [a, rowsA],
      [b, rowsB],
      [c, rowsC],
    ] as const) {
      const text = covered(shared[0], v);
      for (const row of rows) expect(text).toContain(row);
      expect(text).not.toContain('本版编辑');
    }
  });
});
