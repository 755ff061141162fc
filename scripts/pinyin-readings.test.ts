import { polyphonic } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { readingsTable, TABLE_RANGES, tablePolyphonic } from './pinyin-readings.mjs';

const OPTIONS = { toneType: 'none', type: 'array' } as const;

describe('the bin’s table of pinyin-pro readings', () => {
  const asked: string[] = [];
  const fallback = (text: string, options?: object): string[][] => {
    asked.push(text);
    return polyphonic(text, options as typeof OPTIONS);
  };
  const table = readingsTable((text, options) => polyphonic(text, options as typeof OPTIONS));
  const answer = tablePolyphonic(table, fallback);

  it('reads every Han character as pinyin-pro does, without asking pinyin-pro', () => {
    let differ = 0;
    let read = 0;
    for (const [first, last] of TABLE_RANGES)
      for (let cp = first; cp <= last; cp++) {
        const ch = String.fromCodePoint(cp);
        const ours = answer(ch, { ...OPTIONS });
        const theirs = polyphonic(ch, OPTIONS);
        if (JSON.stringify(ours) !== JSON.stringify(theirs)) differ++;
        if (ours[0]?.[0] !== ch) read++;
      }
    expect(differ).toBe(0);
    // Some 21,000 characters have readings (行 three of them); the rest come back as themselves.
    expect(read).toBeGreaterThan(20_000);
    expect(answer('行', { ...OPTIONS })).toEqual([['xing', 'hang', 'heng']]);
    expect(asked).toEqual([]);
  });

  it('asks pinyin-pro for anything else: other options, other characters, several characters', () => {
    expect(answer('行', { toneType: 'num', type: 'array' })).toEqual(
      polyphonic('行', { toneType: 'num', type: 'array' }),
    );
    expect(answer('〇', { ...OPTIONS })).toEqual(polyphonic('〇', OPTIONS));
    expect(answer('银行', { ...OPTIONS })).toEqual(polyphonic('银行', OPTIONS));
    expect(asked).toEqual(['行', '〇', '银行']);
  });
});
