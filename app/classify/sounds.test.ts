import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { confusion, soundsOf } from './sounds';

/** The readings as the classifier first asked for them: pinyin-pro's `pinyin` with `multiple`. */
function viaPinyin(ch: string): string[] {
  return [
    ...new Set(
      pinyin(ch, { toneType: 'none', type: 'array', multiple: true }).filter((s) =>
        /^[a-zü]+$/.test(s),
      ),
    ),
  ].sort();
}

describe('soundsOf', () => {
  it('gives every toneless reading of a polyphone, and none for what is not a Chinese character', () => {
    expect([...soundsOf('行')].sort()).toEqual(['hang', 'heng', 'xing']);
    expect([...soundsOf('绿')].sort()).toEqual(['lu', 'lü']);
    expect(soundsOf('A').size).toBe(0);
    expect(soundsOf('，').size).toBe(0);
  });

  it('reads the same as pinyin(ch, { multiple: true }) for every character of the BMP CJK blocks', () => {
    const blocks: [number, number][] = [
      [0x3007, 0x3007],
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
    ];
    const differing: string[] = [];
    let withReadings = 0;
    for (const [low, high] of blocks) {
      for (let code = low; code <= high; code++) {
        const ch = String.fromCodePoint(code);
        const expected = viaPinyin(ch);
        if (expected.length > 0) withReadings++;
        if ([...soundsOf(ch)].sort().join() !== expected.join()) differing.push(ch);
      }
    }
    expect(differing).toEqual([]);
    // The dictionary was read at all (not an empty answer on both sides).
    expect(withReadings).toBeGreaterThan(20_000);
  });
});

describe('confusion', () => {
  it('tells a shared reading from a look-alike shape and from neither', () => {
    expect(confusion('林', '霖')).toBe('sound');
    expect(confusion('己', '已')).toBe('shape');
    expect(confusion('山', '水')).toBeNull();
    expect(confusion('林', '林')).toBeNull();
  });
});
