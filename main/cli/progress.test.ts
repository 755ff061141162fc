import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';

describe('createProgress', () => {
  it('writes steps and the elapsed time to a terminal', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgress(
      'compare',
      { isTTY: true, write: (t: string) => lines.push(t) },
      () => clock,
    );
    progress.step('reading 3 files');
    clock = 1500;
    progress.done('2 shared stories');
    expect(lines).toEqual([
      'variorum compare: reading 3 files… (0.0 s)\n',
      'variorum compare: 2 shared stories in 1.5 s\n',
    ]);
  });

  it('writes nothing to a pipe or a file', () => {
    const lines: string[] = [];
    const progress = createProgress('compare', {
      isTTY: false,
      write: (t: string) => lines.push(t),
    });
    progress.step('reading');
    progress.done('done');
    expect(lines).toEqual([]);
  });
});
