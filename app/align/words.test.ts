import { describe, expect, it } from 'vitest';
import { compareVariants } from '../compare';

/** The flags of two variants, as [category, reading 1, reading 2]. */
function flagsOf(a: string, b: string): [string, string, string][] {
  const result = compareVariants([
    { id: 'v1', path: 'a', name: 'a', encoding: 'utf-8', text: `${a}\n` },
    { id: 'v2', path: 'b', name: 'b', encoding: 'utf-8', text: `${b}\n` },
  ]);
  return result.stories.flatMap((s) =>
    s.flags.map(
      (f) =>
        [f.category, f.readings[0]?.text ?? '', f.readings[1]?.text ?? ''] as [
          string,
          string,
          string,
        ],
    ),
  );
}

describe('a decimal mark misread between digits', () => {
  it('is a number flag over the whole number', () => {
    expect(flagsOf('全国移动电话用户总数达17.9亿户。', '全国移动电话用户总数达17,9亿户。')).toEqual(
      [['number', '17.9', '17,9']],
    );
  });
});

describe('English flags are whole words', () => {
  it('widens a change inside a word to the word', () => {
    expect(
      flagsOf(
        'Officials said Tuesday that the bridge will reopen.',
        'Officials said Wednesday that the bridge will reopen.',
      ),
    ).toEqual([['number', 'Tuesday', 'Wednesday']]);
    expect(
      flagsOf(
        'The council met with Mayor Ruth Yellen on Monday.',
        'The council met with Mayor Ruth Yelen on Monday.',
      ),
    ).toEqual([['name', 'Yellen', 'Yelen']]);
  });

  it('makes one flag of two changes inside one word', () => {
    expect(
      flagsOf(
        'Growth was strong, beating forecasts by a wide margin.',
        'Growth was strong, topping forecasts by a wide margin.',
      ),
    ).toEqual([['wording', 'beating', 'topping']]);
  });

  it('makes one flag of the two halves of a hyphenated word, and of a count with its noun', () => {
    expect(
      flagsOf('Three-quarters of the dock washed away.', 'One-quarter of the dock washed away.'),
    ).toEqual([['number', 'Three-quarters', 'One-quarter']]);
    expect(
      flagsOf('The ferry ran for two decades on diesel.', 'The ferry ran for a decade on diesel.'),
    ).toEqual([['number', 'two decades', 'a decade']]);
    expect(
      flagsOf(
        'Fees rose, and two-thirds of it went to paint.',
        'Fees rose, and a third of it went to paint.',
      ),
    ).toEqual([['number', 'two-thirds', 'a third']]);
    // Two words changed a space apart without a count stay two places.
    expect(flagsOf('A gull landed on the masts.', 'The gull landed on the mast.')).toHaveLength(2);
  });

  it('keeps a one-letter change in a long word small, and punctuation beside a word apart', () => {
    expect(
      flagsOf('He moved to Springfield last year.', 'He moved to Springfiald last year.').map((f) =>
        f.slice(1),
      ),
    ).toEqual([['e', 'a']]);
    expect(
      flagsOf(
        'It grew in the third quarter, beating forecasts.',
        'It grew in the third quarter beating forecasts.',
      ),
    ).toEqual([['punctuation', ',', ' ']]);
  });

  it('makes one flag of a phrase whose words changed case side by side, and keeps other neighbours apart', () => {
    expect(
      flagsOf(
        'Reporters waited outside the White House for hours.',
        'Reporters waited outside the white house for hours.',
      ),
    ).toEqual([['name', 'White House', 'white house']]);
    expect(
      flagsOf('The mayor met Ruth Yellen downtown.', 'The mayor met ruth Yelen downtown.'),
    ).toHaveLength(2);
  });

  it('leaves Chinese flags as small as the change', () => {
    expect(
      flagsOf(
        '街道党工委书记王海燕介绍，站点服务居民三千余人次。',
        '街道党工委书记王海艳介绍，站点服务居民三千余人次。',
      ),
    ).toEqual([['name', '燕', '艳']]);
  });
});

describe('a reworded phrase is one flag', () => {
  it('around one shared character, or with a word moved around a two-character word', () => {
    expect(flagsOf('乘组状态良好，各项工作进展顺利。', '乘组状态良好，各项工作有序推进。')).toEqual(
      [['wording', '进展顺利', '有序推进']],
    );
    expect(
      flagsOf('市民张女士告诉记者，现在办事方便多了。', '市民张女士对记者说，现在办事方便多了。'),
    ).toEqual([['wording', '告诉记者', '对记者说']]);
  });

  it('keeps a dropped character and a character swapped in place a word apart as two flags', () => {
    // A name losing its surname and the word after it changed: 书记王海燕仍 / 书记海燕内.
    const a = '街道党工委书记王海燕内心激动，站点服务居民三千余人次。';
    expect(flagsOf(a, a.replace('王海燕内', '海燕仍')).map((f) => f.slice(1))).toEqual([
      ['王', ''],
      ['内', '仍'],
    ]);
  });

  it('keeps the changes of a heavily reworded clause pair apart at the name and the comma they share', () => {
    // 主任 / 负责人 | 王海 | 燕表示 / 艳说 | ， | 下一步 / 今后: part of a name and a clause mark stand between.
    const lead =
      '记者从区住建局获悉，全区今年将改造老旧小区四十个，惠及居民一万二千户，改造内容包括加装电梯和更换管网。';
    const flags = flagsOf(
      `${lead}街道办事处主任王海燕表示，下一步将加快改造老旧小区。`,
      `${lead}街道办事处负责人王海艳说，今后将加大改造老旧小区。`,
    ).map((f) => f.slice(1));
    expect(flags).toContainEqual(['主任', '负责人']);
    expect(flags.some(([a]) => a?.includes('燕') && !a.includes('主任'))).toBe(true);
    expect(flags.some(([a]) => a?.includes('下一步') && !a.includes('表示'))).toBe(true);
  });

  it('keeps two substitutions a word apart as two flags', () => {
    const a = '记者4日从交通运输厅获悉，金塘岛上的3座互通立交目前正在进行路面施工。';
    expect(flagsOf(a, a.replace('金塘', '金堂').replace('3座', '三座')).map((f) => f[0])).toEqual([
      'name',
      'number',
    ]);
  });
});

describe('a Title Case headline', () => {
  const body =
    '\n\nDES MOINES, Iowa (AP) — The vice president toured a battery plant in Ohio on Monday, aides said.';
  it('rewords as wording, though every word is capitalised', () => {
    expect(
      flagsOf(
        `City Council Approves New Budget${body}`,
        `City Council Passes New Budget${body}`,
      ).map((f) => f[0]),
    ).toEqual(['wording']);
  });

  it('still names what the story capitalises in its sentences', () => {
    expect(
      flagsOf(
        `Vice President Visits Ohio Plant${body}`,
        `Vice President Visits Idaho Plant${body}`,
      ).map((f) => f[0]),
    ).toEqual(['name']);
  });
});

describe('a mark changed right before a dropped sentence', () => {
  it('is a punctuation flag and an omission, whether the reprint ends the sentence or runs on', () => {
    const dropped = '开通后，沿线居民前往市中心的通勤时间将缩短约20分钟。';
    const head = '西安地铁线路全长20.1公里，串联起长安区和雁塔区的多个大型居住区和高校';
    const tail = '\n\n西安市轨道交通集团有限公司相关负责人介绍。';
    expect(flagsOf(`${head}。${dropped}${tail}`, `${head}，${tail}`).map((f) => f[0])).toEqual([
      'punctuation',
      'omission',
    ]);
    expect(flagsOf(`${head}。${dropped}${tail}`, `${head}！${tail}`).map((f) => f[0])).toEqual([
      'punctuation',
      'omission',
    ]);
  });
});

describe('one number read three ways', () => {
  it('is one number flag, though the variants change different digits of it', () => {
    const result = compareVariants(
      [
        'About 3,600 people attended the event on Monday.',
        'About 6,300 people attended the event on Monday.',
        'About 3,060 people attended the event on Monday.',
      ].map((text, i) => ({
        id: `v${i + 1}`,
        path: `${i}`,
        name: `${i}`,
        encoding: 'utf-8',
        text: `${text}\n`,
      })),
    );
    expect(
      result.stories.flatMap((s) =>
        s.flags.map((f) => [f.category, ...f.readings.map((r) => r.text)]),
      ),
    ).toEqual([['number', '3,600', '6,300', '3,060']]);
  });
});

describe('neighbouring characters changed in different variants', () => {
  it('are one flag (one drops 李, another changes 肖)', () => {
    const texts = [
      '社区党委书记李肖娜介绍了情况。',
      '社区党委书记肖娜介绍了情况。',
      '社区党委书记李晓娜介绍了情况。',
    ];
    const result = compareVariants(
      texts.map((text, i) => ({
        id: `v${i + 1}`,
        path: `${i}`,
        name: `${i}`,
        encoding: 'utf-8',
        text: `${text}\n`,
      })),
    );
    expect(
      result.stories.flatMap((s) =>
        s.flags.map((f) => [f.category, ...f.readings.map((r) => r.text)]),
      ),
    ).toEqual([['name', '李肖', '肖', '李晓']]);
  });
});
