import { describe, expect, it } from 'vitest';
import { majorityOf } from './majority';

const r = (variant: string, text: string) => ({ variant, start: 0, end: text.length, text });

describe('majorityOf', () => {
  it('takes the reading most witnesses share, folded, or null on a tie', () => {
    expect(
      majorityOf(
        ['李肖娜', '李肖娜', '肖娜'],
        [r('v1', '李肖娜'), r('v2', '李肖娜'), r('v3', '肖娜')],
      ),
    ).toBe('李肖娜');
    expect(majorityOf(['甲', '乙'], [r('v1', '甲'), r('v2', '乙')])).toBeNull();
  });

  it('decides a long passage by presence: two of three print it (with a small difference inside), so it is in', () => {
    const a = '据介绍，站内共设候车座椅一千二百个，并开设了母婴室。';
    const b = '据介绍，站内共设候车座椅一千一百个，并开设了母婴室。';
    expect(majorityOf([a, b, ''], [r('v1', a), r('v2', b), r('v3', '')])).toBe(a);
    // Two of three leave it out: out.
    expect(majorityOf([a, '', ''], [r('v1', a), r('v2', ''), r('v3', '')])).toBe('');
    // Two against two on presence stays a tie.
    expect(
      majorityOf([a, b, '', ''], [r('v1', a), r('v2', b), r('v3', ''), r('v4', '')]),
    ).toBeNull();
  });
});
