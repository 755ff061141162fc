import { describe, expect, it } from 'vitest';
import { wholeStoryFlags } from '../../test/support/app/whole-story';

/** Every flag as category, rule and readings, for whole files collated as one story. */
function flagsOf(texts: readonly string[]): string[] {
  return wholeStoryFlags(texts).map(
    (f) => `${f.category} ${f.rule}: ${f.readings.map((r) => r.text.trim()).join(' | ')}`,
  );
}

// Our own text.
const HEAD = '县图书馆去年开始修复馆藏古籍，工作人员每天在灯下一页一页地拼接。';
const TAIL = '馆长说，这些书还要再修很多年。';
const EN_HEAD = 'The county library began mending its old books last spring. ';

describe('mergeQuotePairs: marks dropped around a word are one punctuation flag', () => {
  it('quotes around a term', () => {
    const a = `${HEAD}村里人把这种橘子叫作“甜灯笼”，每年秋天都有人来收。${TAIL}`;
    const b = `${HEAD}村里人把这种橘子叫作甜灯笼，每年秋天都有人来收。${TAIL}`;
    expect(flagsOf([a, b, b])).toEqual([
      'punctuation punctuation.paired-marks: “甜灯笼” | 甜灯笼 | 甜灯笼',
    ]);
  });

  it('book-title marks around a title, dropped by the majority or by one variant', () => {
    const a = `${HEAD}他主编的《山中集》今年再版。${TAIL}`;
    const b = `${HEAD}他主编的山中集今年再版。${TAIL}`;
    expect(flagsOf([b, a, a])).toEqual([
      'punctuation punctuation.paired-marks: 山中集 | 《山中集》 | 《山中集》',
    ]);
  });

  it('book-title marks for quotes around the same title', () => {
    const a = `${HEAD}他主编的《山中集》今年再版。${TAIL}`;
    const b = `${HEAD}他主编的“山中集”今年再版。${TAIL}`;
    expect(flagsOf([a, b, b])).toEqual([
      'punctuation punctuation.paired-marks: 《山中集》 | “山中集” | “山中集”',
    ]);
  });

  it('English quotes around two words', () => {
    const a = `${EN_HEAD}The council called the plan a "quiet revolution" on Monday. It passed.`;
    const b = `${EN_HEAD}The council called the plan a quiet revolution on Monday. It passed.`;
    expect(flagsOf([a, b, b])).toEqual([
      'punctuation punctuation.paired-marks: "quiet revolution" | quiet revolution | quiet revolution',
    ]);
  });

  it('but not quotes around a clause, nor one mark alone, nor a word changed too', () => {
    const clause = flagsOf([
      `${HEAD}他说“书要慢慢修，急不得”，大家都点头。${TAIL}`,
      `${HEAD}他说书要慢慢修，急不得，大家都点头。${TAIL}`,
    ]);
    expect(clause).toHaveLength(2);
    const one = flagsOf([
      `${HEAD}村里人把这种橘子叫作“甜灯笼，每年秋天都有人来收。${TAIL}`,
      `${HEAD}村里人把这种橘子叫作甜灯笼，每年秋天都有人来收。${TAIL}`,
    ]);
    expect(one).toEqual(['punctuation punctuation.marks: “ | ']);
    const changed = flagsOf([
      `${HEAD}村里人把这种橘子叫作“甜灯笼”，每年秋天都有人来收。${TAIL}`,
      `${HEAD}村里人把这种橘子叫作甜灯盏，每年秋天都有人来收。${TAIL}`,
    ]);
    expect(changed.some((f) => f.includes('paired-marks'))).toBe(false);
  });
});

describe('mergeQuotePairs: a pair of marks changed for another is one flag', () => {
  const ZH = '县图书馆去年开始修复古籍。';
  const ZH_END = '其他人晚一点到。';

  it('parentheses for commas, dashes for commas, around the same words', () => {
    expect(
      flagsOf([
        `${ZH}馆员（也是志愿者）每天最早到。${ZH_END}`,
        `${ZH}馆员，也是志愿者，每天最早到。${ZH_END}`,
      ]),
    ).toEqual(['punctuation punctuation.paired-marks: （也是志愿者） | ，也是志愿者，']);
    expect(
      flagsOf([
        `${ZH}馆员——也是志愿者——每天最早到。${ZH_END}`,
        `${ZH}馆员，也是志愿者，每天最早到。${ZH_END}`,
      ]),
    ).toEqual(['punctuation punctuation.paired-marks: ——也是志愿者—— | ，也是志愿者，']);
    const dashes = flagsOf([
      `${EN_HEAD}The ferry — repainted blue in 1987 — still runs. It is slow.`,
      `${EN_HEAD}The ferry, repainted blue in 1987, still runs. It is slow.`,
    ]);
    expect(dashes).toEqual([
      'punctuation punctuation.paired-marks: — repainted blue in 1987 — | , repainted blue in 1987,',
    ]);
    const brackets = flagsOf([
      `${EN_HEAD}The clerk (who also keeps the bees) opened the hall. It is slow.`,
      `${EN_HEAD}The clerk, who also keeps the bees, opened the hall. It is slow.`,
    ]);
    expect(brackets).toEqual([
      'punctuation punctuation.paired-marks: (who also keeps the bees) | , who also keeps the bees,',
    ]);
  });

  it('parentheses for a colon that opens a list closed by the sentence', () => {
    expect(
      flagsOf([
        `${ZH}书分为两类（经部、史部）。${ZH_END}`,
        `${ZH}书分为两类：经部、史部。${ZH_END}`,
      ]),
    ).toEqual(['punctuation punctuation.paired-marks: （经部、史部） | ：经部、史部']);
  });

  it('but not a list whose commas become enumeration commas, nor a word changed inside', () => {
    expect(
      flagsOf([`${ZH}书有经部，史部，子部。${ZH_END}`, `${ZH}书有经部、史部、子部。${ZH_END}`]),
    ).toHaveLength(2);
    expect(
      flagsOf([
        `${ZH}馆员（也是志愿者）每天最早到。${ZH_END}`,
        `${ZH}馆员，也是义工，每天最早到。${ZH_END}`,
      ]).length,
    ).toBeGreaterThan(1);
  });
});
