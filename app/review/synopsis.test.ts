import { describe, expect, it } from 'vitest';
import type { Flag, Story } from '../model/types';
import { contextAround, followVariant, synopsisOf } from './synopsis';

const texts: Record<string, string> = {
  v1: '第一段。\n市民政局局长李肖娜介绍，全市共有社工。\n',
  v2: '第一段。\n市民政局局长肖娜介绍，全市共有社工。\n',
  v3: '（上接01版）全市共有社工。\n',
};
const flag: Flag = {
  id: 's1-f1',
  category: 'name',
  majority: null,
  readings: [
    { variant: 'v1', start: 11, end: 14, text: '李肖娜' },
    { variant: 'v2', start: 11, end: 13, text: '肖娜' },
  ],
};
const story: Story = {
  id: 's1',
  title: 't',
  spans: [
    { variant: 'v1', start: 0, end: texts['v1']!.length },
    { variant: 'v2', start: 0, end: texts['v2']!.length },
    { variant: 'v3', start: 0, end: texts['v3']!.length },
  ],
  partial: [
    { variant: 'v3', carries: [{ start: 0, end: 14 }], note: 'continues from another page' },
  ],
  flags: [flag],
};

describe('synopsisOf', () => {
  it('gives every page of the story its reading with context on its own line, or says it does not carry it', () => {
    const rows = synopsisOf(flag, story, ['v1', 'v2', 'v3'], (id) => texts[id]);
    expect(rows).toEqual([
      {
        variant: 'v1',
        carried: true,
        before: '市民政局局长',
        reading: '李肖娜',
        after: '介绍，全市共有社工。',
      },
      {
        variant: 'v2',
        carried: true,
        before: '市民政局局长',
        reading: '肖娜',
        after: '介绍，全市共有社工。',
      },
      { variant: 'v3', carried: false, note: 'continues from another page' },
    ]);
  });
});

describe('contextAround', () => {
  it('never cuts an English word in half', () => {
    const text =
      'The county commissioners approved the new budget on Tuesday evening after a long debate.';
    const start = text.indexOf('budget');
    const { before, after } = contextAround(text, start, start + 6, 16);
    expect(before).toBe('the new ');
    expect(after).toBe(' on Tuesday');
    expect(text).toContain(`${before}budget${after}`);
  });
});

describe('followVariant', () => {
  it('keeps the right pane where it differs from the left, else moves to the first page that differs', () => {
    expect(followVariant(flag, '李肖娜', 'v2', ['v1', 'v2'])).toBe('v2');
    expect(followVariant(flag, '肖娜', 'v2', ['v1', 'v2'])).toBe('v1');
    // Only width differs from the left: that is no difference to follow.
    const comma: Flag = {
      ...flag,
      readings: [
        { variant: 'v1', start: 0, end: 1, text: '，' },
        { variant: 'v2', start: 0, end: 1, text: ',' },
        { variant: 'v3', start: 0, end: 1, text: '、' },
      ],
    };
    expect(followVariant(comma, '，', 'v2', ['v1', 'v2', 'v3'])).toBe('v3');
  });
});
