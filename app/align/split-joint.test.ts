import { describe, expect, it } from 'vitest';
import { wholeStoryFlags } from '../../test/support/app/whole-story';

/** Every flag as category and readings, for whole files collated as one story. */
function flagsOf(texts: readonly string[]): string[] {
  return wholeStoryFlags(texts).map(
    (f) => `${f.category}: ${f.readings.map((r) => r.text).join(' | ')}`,
  );
}

// Our own text.
const HEAD = 'The county fair opens on Friday with a parade down Main Street. ';
const TAIL = ' Organizers expect a larger crowd than last year.';

describe('splitFigureAndJoint: one printing misreads a figure, another sets its joint another way', () => {
  it('is a number flag and a punctuation flag', () => {
    const a = `${HEAD}Tickets cost 4 to 6 dollars at the gate.${TAIL}`;
    const b = `${HEAD}Tickets cost l to 6 dollars at the gate.${TAIL}`;
    const c = `${HEAD}Tickets cost 4-6 dollars at the gate.${TAIL}`;
    expect(flagsOf([a, b, c, a])).toEqual([
      'number: 4 | l | 4 | 4',
      'punctuation:  to  |  to  | - |  to ',
    ]);
  });

  it('but stays one flag when one printing changes both', () => {
    const a = `${HEAD}Tickets cost 4 to 6 dollars at the gate.${TAIL}`;
    const b = `${HEAD}Tickets cost l-6 dollars at the gate.${TAIL}`;
    expect(flagsOf([a, b, a])).toHaveLength(1);
  });

  it('and when neither part holds a figure', () => {
    const a = `${HEAD}Stalls fill rows A to D of the lot.${TAIL}`;
    const b = `${HEAD}Stalls fill rows R to D of the lot.${TAIL}`;
    const c = `${HEAD}Stalls fill rows A-D of the lot.${TAIL}`;
    expect(flagsOf([a, b, c, a])).toHaveLength(1);
  });
});
