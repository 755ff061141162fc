import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, toOriginalRange } from './fold';
import { convertWhole, toSimplified } from './script-fold';

describe('script folding (繁/简)', () => {
  it('reads a traditional-character paragraph as its simplified form, phrase by phrase', () => {
    // Our own sentence: 著 reads 着 after 穿 but stays 著 in 著名; 乾 reads 干 in 乾燥.
    const traditional = '區議會今日宣佈，穿著制服的義工將於下週協助著名學者整理乾燥的檔案。';
    const simplified = '区议会今日宣布，穿着制服的义工将于下周协助著名学者整理干燥的档案。';
    expect(toSimplified(traditional)).toBe(simplified);
    expect(toSimplified(simplified)).toBe(simplified);
  });

  it('reads a phrase a line wrap broke as the phrase, not as its characters alone', () => {
    // 怎么 is one entry that keeps 么; alone, 么 reads 幺. An OCR line ends between the two.
    const wrapped = '她说，现在大家都知道怎\n么卖了，也知道什\r\n么时候卖。';
    expect(foldText(wrapped).text).toBe('她说，现在大家都知道怎么卖了，也知道什么时候卖。');
    expect(foldText('這些年大家都知道怎\n麼賣了。').text).toBe('这些年大家都知道怎么卖了。');
  });

  it('keeps the length in code points, so a folded offset maps back to one character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'國際經濟發展與後乾著瞭於裏面为了𠵾㗲abc，。') }),
        (text) => {
          expect([...toSimplified(text)].length).toBe([...text].length);
        },
      ),
    );
  });

  it('converts run by run exactly as the converter does over the whole text', () => {
    // Phrases (乾燥, 穿著 beside 著名), variant forms the chain changes and changes back (台, 群, 才),
    // characters no entry has (punctuation, Latin, digits, a rare ideograph), surrogate pairs and an
    // ideographic description sequence, which the converter keeps as one unit.
    const pieces = [
      '乾燥',
      '乾隆',
      '穿著',
      '著名',
      '台',
      '群',
      '才',
      '溫',
      '瞭解',
      '裏面',
      '於',
      '後',
      '，',
      '。',
      'a',
      '3',
      ' ',
      '\n',
      '𠵾',
      '㗲',
      '⿰氵台',
      '⿱',
      '發展',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const whole = convertWhole(text);
        // toSimplified keeps the printed text where the length would change (none of these do).
        expect(toSimplified(text)).toBe([...whole].length === [...text].length ? whole : text);
      }),
      { numRuns: 500 },
    );
  });

  it('folds a character whose simplified form is a surrogate pair, the offsets after it still exact', () => {
    // 㗲 simplifies to 𠵾 (two units): the lookup walks both texts by code point.
    const text = `記者${'從'.repeat(3)}㗲國說，${'社會'.repeat(5000)}國`;
    const folded = foldText(text);
    expect(folded.text.startsWith('记者从从从𠵾国说，社会')).toBe(true);
    expect(folded.text.endsWith('社会国')).toBe(true);
    const at = folded.text.indexOf('国');
    const range = toOriginalRange(folded, at, at + 1);
    expect(text.slice(range.start, range.end)).toBe('國');
    const last = folded.text.length - 1;
    expect(text.slice(folded.starts[last], folded.ends[last])).toBe('國');
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
