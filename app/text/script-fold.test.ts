import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, toOriginalRange } from './fold';
import { toSimplified } from './script-fold';

describe('script folding (繁/简)', () => {
  it('reads a traditional-character paragraph as its simplified form, phrase by phrase', () => {
    // Our own sentence: 著 reads 着 after 穿 but stays 著 in 著名; 乾 reads 干 in 乾燥.
    const traditional = '區議會今日宣佈，穿著制服的義工將於下週協助著名學者整理乾燥的檔案。';
    const simplified = '区议会今日宣布，穿着制服的义工将于下周协助著名学者整理干燥的档案。';
    expect(toSimplified(traditional)).toBe(simplified);
    expect(toSimplified(simplified)).toBe(simplified);
  });

  it('keeps the length in code points, so a folded offset maps back to one character', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'國際經濟發展與後乾著瞭於裏面为了𠵾㗲abc，。') }), (text) => {
        expect([...toSimplified(text)].length).toBe([...text].length);
      }),
    );
  });

  it('folds a traditional reprint to the same comparison text, counted as one style kind', () => {
    const a = foldText('記者從衛生署了解到，全港共錄得3宗個案。');
    const b = foldText('记者从卫生署了解到，全港共录得3宗个案。');
    expect(a.text).toBe(b.text);
    expect(a.styleCounts['traditional-script']).toBe(5);
    expect(b.styleCounts['traditional-script']).toBe(0);
    // Offsets still slice the original characters.
    const at = a.text.indexOf('卫生署');
    const range = toOriginalRange(a, at, at + 3);
    expect('記者從衛生署了解到，全港共錄得3宗個案。'.slice(range.start, range.end)).toBe('衛生署');
  });

  it('leaves an edit of the traditional reprint visible', () => {
    expect(foldText('全港共錄得4宗個案').text).not.toBe(foldText('全港共录得3宗个案').text);
    expect(foldText('陳大文說').text).not.toBe(foldText('陈小文说').text);
  });
});

describe('Unicode composition', () => {
  it('reads a letter plus combining accent as the precomposed letter, offsets spanning both', () => {
    const nfd = 'Cafe\u0301 owner Jose\u0301 Nun\u0303ez said';
    const nfc = 'Café owner José Nuñez said';
    const a = foldText(nfd);
    expect(a.text).toBe(foldText(nfc).text);
    const at = a.text.indexOf('José');
    const range = toOriginalRange(a, at, at + 4);
    expect(nfd.slice(range.start, range.end)).toBe('Jose\u0301');
  });
});
