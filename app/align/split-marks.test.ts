import { describe, expect, it } from 'vitest';
import { wholeStoryFlags } from '../../test/support/app/whole-story';

/** Every flag's readings as text, in variant order, for whole files collated as one story. */
function readingsOf(texts: readonly string[]): string[][] {
  return wholeStoryFlags(texts).map((f) => f.readings.map((r) => r.text));
}

const HEAD = '县图书馆去年开始修复馆藏古籍，工作人员每天在灯下一页一页地拼接。';
const TAIL = '馆长说，这些书还要再修很多年。';

describe('splitAtMarks: a changed mark beside a changed word is two flags', () => {
  it('a closing quote dropped beside a number word changed', () => {
    const a = `${HEAD}他笑着说：“这本书我读了一周”。${TAIL}`;
    const b = `${HEAD}他笑着说：“这本书我读了一个星期。”${TAIL}`;
    const flags = readingsOf([a, b, b]);
    expect(flags).toContainEqual(['周', '个星期', '个星期']);
    expect(flags.some((f) => f.some((t) => /周|星期/.test(t) && /[”。]/.test(t)))).toBe(false);
  });

  it('a semicolon for a comma beside a word changed', () => {
    const a = `${HEAD}他们修复了三百册古书；还培训了十名新人。${TAIL}`;
    const b = `${HEAD}他们修复了三百册古书，并培训了十名新人。${TAIL}`;
    const flags = readingsOf([a, b, b]);
    expect(flags).toContainEqual(['；', '，', '，']);
    expect(flags).toContainEqual(['还', '并', '并']);
  });

  it('a word dropped before a changed full stop', () => {
    const a = `${HEAD}他们会监测温度和空气质量。${TAIL}`;
    const b = `${HEAD}他们会监测温度和空气！${TAIL}`;
    const flags = readingsOf([a, a, b]);
    expect(flags).toContainEqual(['质量', '质量', '']);
    expect(flags).toContainEqual(['。', '。', '！']);
  });

  it('an English clause joined by a comma instead of a new sentence', () => {
    const a = 'The crew finished the roof on Monday, and that ended the first phase of the work.';
    const b = 'The crew finished the roof on Monday. Members ended the first phase of the work.';
    const flags = readingsOf([a, a, b]);
    expect(flags).toContainEqual([',', ',', '.']);
    expect(flags).toContainEqual(['and that', 'and that', 'Members']);
  });

  it('a typed dash for an em dash beside a reworded phrase', () => {
    const a = 'The library board met on Monday — hundreds of residents came to hear the plan.';
    const b = 'The library board met on Monday -- about 400 residents came to hear the plan.';
    const flags = readingsOf([a, a, b]);
    expect(flags.some((f) => f.some((t) => t.includes('-') && /[a-z]/.test(t)))).toBe(false);
    expect(flags.some((f) => f[2]?.trim() === '--')).toBe(true);
  });

  it('marks at the same places inside a reworded stretch cut it into pieces', () => {
    const a = `${HEAD}去年修复率近两成，损耗率降至8%。${TAIL}`;
    const b = `${HEAD}去年修复率约18%。损耗率已降到6%。${TAIL}`;
    const flags = readingsOf([a, b, b]);
    expect(flags).toContainEqual(['，', '。', '。']);
    expect(flags.some((f) => f.some((t) => t.includes('损耗率')))).toBe(false);
  });

  it('keeps a mark printed in place of a word as one flag', () => {
    const flags = readingsOf([
      `${HEAD}架上有地方志、族谱两类。${TAIL}`,
      `${HEAD}架上有地方志和族谱两类。${TAIL}`,
      `${HEAD}架上有地方志和族谱两类。${TAIL}`,
    ]);
    expect(flags).toEqual([['、', '和', '和']]);
  });

  it('keeps a clause dropped with the commas that set it off as one flag', () => {
    const flags = readingsOf([
      'The reading room, which seats forty people, reopens on Monday after repairs.',
      'The reading room reopens on Monday after repairs.',
    ]);
    expect(flags).toHaveLength(1);
  });

  it('keeps a dropped sentence whole with its marks', () => {
    const flags = readingsOf([
      `${HEAD}修复室去年添了两台新设备，效率提高不少。${TAIL}`,
      `${HEAD}${TAIL}`,
      `${HEAD}修复室去年添了两台新设备，效率提高不少。${TAIL}`,
    ]);
    expect(flags).toEqual([
      ['修复室去年添了两台新设备，效率提高不少。', '', '修复室去年添了两台新设备，效率提高不少。'],
    ]);
  });

  it('keeps an abbreviation point with its word', () => {
    const a = 'The choir from St. Paul sang at the opening of the new library hall.';
    const b = 'The choir from Saint Paul sang at the opening of the new library hall.';
    expect(readingsOf([a, a, b])).toHaveLength(1);
  });

  it('keeps a quoted term that was reworded as one flag', () => {
    const a = `${HEAD}镇里把“两山”理念写进了规划。${TAIL}`;
    const b = `${HEAD}镇里把生态优先理念写进了规划。${TAIL}`;
    expect(readingsOf([a, a, b])).toEqual([['“两山”', '“两山”', '生态优先']]);
  });

  it('a word changed beside the figure after it', () => {
    const a = `${HEAD}今年的修复量达到52册。${TAIL}`;
    const flags = readingsOf([
      a,
      `${HEAD}今年的修复量突破52册。${TAIL}`,
      `${HEAD}今年的修复量达到25册。${TAIL}`,
    ]);
    expect(flags).toContainEqual(['达到', '突破', '达到']);
    expect(flags).toContainEqual(['52', '52', '25']);
  });

  it('a word dropped beside a numeral changed', () => {
    const a = `${HEAD}这批书已经两年没人翻过。${TAIL}`;
    const flags = readingsOf([
      a,
      a,
      `${HEAD}这批书已两年没人翻过。${TAIL}`,
      `${HEAD}这批书已经一年没人翻过。${TAIL}`,
    ]);
    expect(flags).toContainEqual(['经', '经', '', '经']);
    expect(flags).toContainEqual(['两', '两', '两', '一']);
  });

  it('a Chinese number whose digits change on both sides of its point is one number', () => {
    const flags = readingsOf([
      `${HEAD}今年的修复率提高了百分之八点六。${TAIL}`,
      `${HEAD}今年的修复率提高了百分之六点八。${TAIL}`,
    ]);
    expect(flags).toEqual([['八点六', '六点八']]);
  });

  it('a date whose month and day trade places is one date', () => {
    const flags = readingsOf([
      `${HEAD}修复展定于6月8日开幕。${TAIL}`,
      `${HEAD}修复展定于8月6日开幕。${TAIL}`,
    ]);
    expect(flags).toHaveLength(1);
  });

  it('a date whose month and day both change, sharing a digit of the day, is one date', () => {
    const flags = readingsOf([
      `${HEAD}修复展将于5月31日前闭幕。${TAIL}`,
      `${HEAD}修复展将于6月30日前闭幕。${TAIL}`,
    ]);
    expect(flags).toHaveLength(1);
  });

  it('keeps two numbers apart when a word stands between them', () => {
    const flags = readingsOf([
      `${HEAD}修了三册，补了九页。${TAIL}`,
      `${HEAD}修了五册，补了七页。${TAIL}`,
    ]);
    expect(flags).toHaveLength(2);
  });

  it('keeps a word that merely ends in a numeral whole', () => {
    const flags = readingsOf([
      `${HEAD}各馆的做法并不统一。${TAIL}`,
      `${HEAD}各馆的做法并不一致。${TAIL}`,
      `${HEAD}各馆的做法并不一致。${TAIL}`,
    ]);
    expect(flags).toHaveLength(1);
  });
});

describe('splitTouchingInsert: a change and an insertion beside it are two flags', () => {
  it('a name changed in one variant and a word inserted after it in another', () => {
    const a = `${HEAD}牧民乌力吉家今年添了二十只羊。${TAIL}`;
    const flags = readingsOf([
      a,
      a,
      `${HEAD}牧民乌兰家今年添了二十只羊。${TAIL}`,
      `${HEAD}牧民乌力吉一家今年添了二十只羊。${TAIL}`,
    ]);
    expect(flags).toContainEqual(['力吉', '力吉', '兰', '力吉']);
    expect(flags).toContainEqual(['', '', '', '一']);
  });

  it('keeps one variant that both changes and extends a word whole', () => {
    const a = `${HEAD}牧民乌力吉家今年添了二十只羊。${TAIL}`;
    const b = `${HEAD}牧民乌兰一家今年添了二十只羊。${TAIL}`;
    expect(readingsOf([a, a, b])).toHaveLength(1);
  });
});

describe('splitMarkBeforePassage: a cut after a changed stop', () => {
  const lead =
    'The county clinic reopened its birthing unit on Monday after a nine-year gap. Four nurses were hired in the spring';
  const tail1 =
    '\n\nTwelve women are due to deliver there before April 1, said the charge nurse, Odile Brannigan.\n\nThe first baby, a girl, weighed 7 pounds 2 ounces, her father said.';
  const tail2 =
    '\n\n12 women are due to deliver there before April 1, said the charge nurse, Odile Branigan.\n\nThe first baby, a girl, weighed 7 pounds 12 ounces, her father said.';

  it('flags the passage the cut page lacks and the differences inside it among the others', () => {
    const flags = readingsOf([`${lead}.${tail1}`, `${lead}.${tail2}`, `${lead}!`]);
    expect(flags).toContainEqual(['Twelve', '12', '']);
    expect(flags).toContainEqual(['n', '', '']);
    // The number inside the passage is read whole (2 / 12), not as a digit inserted beside it.
    expect(flags).toContainEqual(['2', '12', '']);
    expect(flags.some((f) => f[2] === '' && (f[0]?.length ?? 0) > 100)).toBe(true);
  });

  it('keeps a passage whole when the cut page prints the same stop', () => {
    const flags = readingsOf([`${lead}.${tail1}`, `${lead}.${tail1}`, `${lead}.`]);
    expect(flags).toHaveLength(1);
  });
});
