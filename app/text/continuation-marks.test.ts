import { describe, expect, it } from 'vitest';
import { bracketedMarks, isJumpSlug, lineMark, marksIn, pageToken } from './continuation-marks';

const dir = (line: string): string | undefined => lineMark(line)?.direction;

describe('continuation marks: Chinese', () => {
  it('reads the way a mark points, with or without brackets, 第 or 版', () => {
    for (const line of [
      '（上接第1版）',
      '(上接01版)',
      '【紧接第一版】',
      '（接A1）',
      '续第十二版',
      '上接第3版',
    ])
      expect(dir(line), line).toBe('from');
    for (const line of [
      '（下转第4版）',
      '(转第4版)',
      '（转A3）',
      '下转A04版',
      '（下接第5版）',
      '转第十版',
    ])
      expect(dir(line), line).toBe('to');
  });

  it('names the page as a token: digits without leading zeros, numerals as digits, codes upper case', () => {
    expect(lineMark('（上接01版）')?.page).toBe('1');
    expect(lineMark('【紧接第十二版】')?.page).toBe('12');
    expect(lineMark('（转Ａ３）')?.page).toBe('A3');
    expect(lineMark('（下转第４版）')?.page).toBe('4');
    expect(pageToken('二十一')).toBe('21');
  });

  it('takes a few words after the page inside the brackets', () => {
    expect(dir('（下转第4版·要闻）')).toBe('to');
  });

  it('is no mark in running text, without a page, or a pointer to a page', () => {
    for (const line of [
      '本文转第4版刊登的消息引起关注。',
      '上接下来的工作',
      '（转载自《瞭望》）',
      '详见第3版',
      '转A3',
      '（完）',
    ])
      expect(lineMark(line), line).toBeUndefined();
  });

  it('finds bracketed marks inside a line, with their offsets', () => {
    const line = '（上接第1版）记者从会上获悉，工程已完工。（下转第4版）';
    const marks = marksIn(line);
    expect(marks.map((m) => [m.direction, line.slice(m.start, m.end)])).toEqual([
      ['from', '（上接第1版）'],
      ['to', '（下转第4版）'],
    ]);
    expect(marksIn('工程转第4版施工。')).toEqual([]);
    expect(marksIn('上接第1版 记者从会上获悉').map((m) => m.direction)).toEqual(['from']);
    expect(marksIn('工程已完工。下转第4版').map((m) => m.direction)).toEqual(['to']);
    expect(lineMark('（下转第4版')?.direction).toBe('to');
  });
});

describe('continuation marks: English', () => {
  it('reads jump lines both ways', () => {
    for (const line of [
      'From Page A1',
      'BUDGET From Page A1',
      'BUDGET, from Page 1A',
      'Continued from Page A1',
      'Continued from A1',
      '(Continued from Page 3)',
      'Jump from Page B1',
    ])
      expect(dir(line), line).toBe('from');
    for (const line of [
      'See BUDGET, Page A9',
      'Please see BUDGET on Page 4',
      'See FERRY on A8',
      'Continued on Page A12',
      'Continued on A12',
      'Turn to Page 3',
      '(Continued on Page 6)',
      'Jump to Page B3',
    ])
      expect(dir(line), line).toBe('to');
  });

  it('keeps the page and the slug', () => {
    expect(lineMark('See BUDGET, Page A9')).toMatchObject({ page: 'A9', slug: 'BUDGET' });
    expect(lineMark('FERRY From Page A1')).toMatchObject({ page: 'A1', slug: 'FERRY' });
    expect(lineMark('Continued on A12')).toMatchObject({ page: 'A12' });
  });

  it('reads a slug set off by a bar, a slash or a dash before the jump', () => {
    expect(lineMark('FERRY | Continued from A1')).toMatchObject({
      direction: 'from',
      page: 'A1',
      slug: 'FERRY',
    });
    expect(lineMark('CITY BUDGET / From Page 2')).toMatchObject({
      direction: 'from',
      slug: 'CITY BUDGET',
    });
    expect(lineMark('Please see FERRY | A7')).toMatchObject({
      direction: 'to',
      page: 'A7',
      slug: 'FERRY',
    });
    expect(lineMark('See FERRY — Page B2')).toMatchObject({ direction: 'to', page: 'B2' });
    expect(lineMark('Ferry | Continued from A1')).toBeUndefined();
  });

  it('is no mark in a sentence or a line about prices or pages', () => {
    for (const line of [
      'Prices from 25 cents',
      'See you on Page 4, she joked.',
      'The story continued on page A3 of the report, officials said.',
      'From Page to Screen',
      'See the full list online',
    ])
      expect(lineMark(line), line).toBeUndefined();
  });
});

describe('the slug over a jump line', () => {
  it('is a slug in capitals right above a "From Page" line that names none', () => {
    expect(isJumpSlug('FERRY', 'From Page A1')).toBe(true);
    expect(isJumpSlug('CITY BUDGET', 'Continued from A1')).toBe(true);
    expect(isJumpSlug('Ferry service resumes', 'From Page A1')).toBe(false);
    expect(isJumpSlug('FERRY', 'FERRY From Page A1')).toBe(false);
    expect(isJumpSlug('FERRY', 'See FERRY, Page A8')).toBe(false);
    expect(isJumpSlug('FERRY', undefined)).toBe(false);
  });
});

describe('bracketed marks for folding', () => {
  it('finds continuation marks, pointers and wire end marks in brackets', () => {
    const text = '文字（转第4版）又（见第3版）完（完）';
    expect(bracketedMarks(text).map((m) => text.slice(m.start, m.end))).toEqual([
      '（转第4版）',
      '（见第3版）',
      '（完）',
    ]);
  });
});
