import { describe, expect, it } from 'vitest';
import type { Flag } from '../../app/model/types';
import { canonicalMarks, flagHover, variantMarks } from './flag-marks';
import { buildStoryView } from './story-view';

const a = '前言。社会工作者李肖娜说，队伍达到4110名。';
const b = '社会工作者肖娜说，队伍达到4100名。';
const flags: Flag[] = [
  {
    id: 's1-f1',
    category: 'name',
    readings: [
      { variant: 'v1', start: a.indexOf('李肖娜'), end: a.indexOf('李肖娜') + 3, text: '李肖娜' },
      { variant: 'v2', start: b.indexOf('肖娜'), end: b.indexOf('肖娜') + 2, text: '肖娜' },
    ],
    majority: null,
  },
  {
    id: 's1-f2',
    category: 'number',
    readings: [
      { variant: 'v1', start: a.indexOf('4110'), end: a.indexOf('4110') + 4, text: '4110' },
      { variant: 'v2', start: b.indexOf('4100'), end: b.indexOf('4100') + 4, text: '4100' },
    ],
    majority: '4110',
  },
];

describe('variantMarks', () => {
  it('places every reading of the pane variant on its text in the story view', () => {
    const view = buildStoryView(a, [{ variant: 'v1', start: 3, end: a.length }]);
    const marks = variantMarks(flags, 'v1', view);
    expect(marks.map((m) => view.text.slice(m.start, m.end))).toEqual(
      flags.map((f) => f.readings[0]!.text),
    );
  });

  it('skips flags the variant has no reading for', () => {
    const view = buildStoryView(b, [{ variant: 'v3', start: 0, end: b.length }]);
    expect(variantMarks(flags, 'v3', view)).toEqual([]);
  });
});

describe('canonicalMarks', () => {
  it('uses the review anchors', () => {
    expect(canonicalMarks(flags, [{ flagId: 's1-f2', start: 5, end: 9 }])).toEqual([
      { flagId: 's1-f2', category: 'number', start: 5, end: 9 },
    ]);
  });
});

describe('flagHover', () => {
  it('lists every reading with its variant and marks the majority', () => {
    const text = flagHover(
      flags[1]!,
      [
        { id: 'v1', name: 'wire.txt', colour: '#0072B2' },
        { id: 'v2', name: 'paper.txt', colour: '#D55E00' },
      ],
      'en',
    );
    expect(text).toContain('wire&#46;txt: 「4110」 *(majority)*');
    expect(text).toContain('paper&#46;txt: 「4100」');
    expect(text).not.toContain('4100」 *(majority)');
  });
});
