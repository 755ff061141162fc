import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, toOriginalRange } from './fold';
import { isHan } from '../lexicon/characters';

describe('foldText', () => {
  it('folds width, quotes, spacing, wraps, heading marks, bullets and continuation marks', () => {
    const a = foldText(
      '# 标题\n\n■新华社记者\n\n他说,"我们1 月 25 日到达（上接01版）北京。"\r\n下一段\n继续写。',
    );
    const b = foldText('标题\n新华社记者\n他说，“我们1月25日到达北京。”\n下一段继续写。');
    expect(a.text).toBe(b.text);
    expect(a.styleCounts['heading-marks']).toBe(2);
    expect(a.styleCounts['half-width-punctuation']).toBe(1);
    expect(a.styleCounts['quote-style']).toBe(2);
    expect(a.styleCounts['cjk-spacing']).toBeGreaterThanOrEqual(3);
    expect(a.styleCounts['continuation-marks']).toBe(1);
    expect(a.styleCounts['line-wrap']).toBe(1);
  });

  it('folds ellipsis, dash and middle-dot forms and Chinese-numbered continuation marks', () => {
    expect(foldText('等等...还有—另外--中和・蜂巢（下转第二版）').text).toBe(
      foldText('等等……还有——另外——中和·蜂巢').text,
    );
    expect(foldText('开幕。（转B3）\n（接B1）\n首场比赛').text).toBe(
      foldText('开幕。\n首场比赛').text,
    );
    expect(foldText('转B3的车').text).not.toBe(foldText('的车').text);
    expect(foldText('他说……').text).toBe(foldText('他说…').text);
    expect(foldText('他说……').text).not.toBe(foldText('他说').text);
  });

  it('folds away English jump lines, with the slug set over a "From Page" line', () => {
    const body = 'The new ferry will enter service in May.\n';
    expect(foldText(`FERRY\nFrom Page A1\n\n${body}`).text).toBe(foldText(body).text);
    expect(foldText(`${body}\nSee FERRY, Page A8\n`).text.trim()).toBe(foldText(body).text.trim());
    // A headline over a paragraph, and a "From Page" line that names its slug, leave the line above.
    expect(foldText(`FERRY\n\n${body}`).text).toContain('FERRY');
    expect(foldText(`FERRY\nFERRY From Page A1\n\n${body}`).text).toContain('FERRY');
  });

  it('folds the code points that print the same mark: ratio colon, horizontal bar, midline ellipsis, small forms, minus, wave dash', () => {
    expect(foldText('比分3∶1，气温-5~3度').text).toBe(foldText('比分3：1，气温−5〜3度').text);
    expect(foldText('比分3∶1').text).toBe(foldText('比分3:1').text);
    expect(foldText('他说――走吧⋯⋯').text).toBe(foldText('他说——走吧……').text);
    expect(foldText('甲﹑乙﹐丙﹔丁﹖').text).toBe(foldText('甲、乙，丙；丁？').text);
    // A ratio colon is still a mark: dropping it is a difference.
    expect(foldText('比分3∶1').text).not.toBe(foldText('比分31').text);
    expect(foldText('比分3∶1').styleCounts['full-width-punctuation']).toBe(1);
  });

  it('reads °C and ºF as the degree signs ℃ and ℉, counted in Chinese text only', () => {
    expect(foldText('气温在-5℃至3℃之间').text).toBe(foldText('气温在-5°C至3° C之间').text);
    expect(foldText('最高38℉').text).toBe(foldText('最高38ºF').text);
    expect(foldText('气温3°C').styleCounts['full-width-punctuation']).toBe(1);
    expect(foldText('It was 3°C in Oslo.').styleCounts['full-width-punctuation']).toBe(0);
    // A degree of angle or a word after the sign stays as it is.
    expect(foldText('转了90°Celsius').text).toContain('°Celsius');
    expect(foldText('北纬30°').text).toBe('北纬30°');
  });

  it('reads English set on separate paragraphs or wrapped lines alike: a headline, a byline, a credit', () => {
    const wrapped = foldText(
      'Storm leaves thousands without power\nBy JANE DOE\nAssociated Press\nWASHINGTON (AP) — A storm',
    );
    const blank = foldText(
      'Storm leaves thousands without power\n\nBy JANE DOE Associated Press\n\nWASHINGTON (AP) — A storm',
    );
    expect(wrapped.text).toBe(blank.text);
    expect(blank.text).toContain('power By');
    // The paragraph still starts at its first letter, not at the space.
    expect(blank.text[blank.paragraphStarts[1] ?? 0]).toBe('B');
    // Chinese paragraphs join with nothing, as before.
    expect(foldText('标题\n\n新华社').text).toBe('标题新华社');
  });

  it('folds English OCR and typesetting forms: curly apostrophes, spaced ellipses, ligatures, soft hyphens', () => {
    expect(foldText('We’re with O’Neill').text).toBe(foldText("We're with O'Neill").text);
    // A closing single quote after a word is still a quote.
    expect(foldText('‘Go home’ he said').text).toBe(foldText("'Go home' he said").text);
    expect(foldText('a decade . . . Crews').text).toBe(foldText('a decade... Crews').text);
    expect(foldText('a decade . . . Crews').text).toBe(foldText('a decade… Crews').text);
    expect(foldText('the ofﬁcial ﬂoor').text).toBe('the official floor');
    expect(foldText('restoring ser\u00advice').text).toBe('restoring service');
    // A single dot or two spaced dots are not an ellipsis.
    expect(foldText('U. S. troops').text).not.toContain('…');
  });

  it('keeps an apostrophe after a digit and before a letter an apostrophe (OCR 0 for O, the 1980’s)', () => {
    // An OCR zero for the O of O'Hara leaves the apostrophe the name had, not an opening quote.
    expect(foldText("Sheriff Dana 0'Hara spoke").text).toBe("Sheriff Dana 0'Hara spoke");
    expect(foldText('Sheriff Dana 0’Hara spoke').text).toBe("Sheriff Dana 0'Hara spoke");
    expect(foldText('built in the 1980’s').text).toBe(foldText("built in the 1980's").text);
    // A quote that opens after a space is still a quote.
    expect(foldText("he said 'Go home' twice").text).toContain('‘Go home’');
  });

  it('keeps the apostrophe of a plural possessive an apostrophe (the sawyers’ guild), not an opening quote', () => {
    // Printed straight or curly, the mark after the plural's s is the same apostrophe, so a
    // paper that moves it (sawyers' / sawyer's) differs in where the mark stands, not in a quote.
    expect(foldText("the sawyers' guild met").text).toBe("the sawyers' guild met");
    expect(foldText('the sawyers’ guild met').text).toBe("the sawyers' guild met");
    expect(foldText("the sawyers', then").text).not.toContain('‘');
    // Inside a single-quoted phrase the mark after a word still closes it.
    expect(foldText("he said 'the sawyers' and left").text).toContain('‘the sawyers’');
  });

  it('folds away the end mark of a wire story, in any bracket', () => {
    const plain = foldText('奋楫正当时。\n').text;
    for (const marked of [
      '奋楫正当时。\n（完）\n',
      '奋楫正当时。(完)\n',
      '奋楫正当时。【完】\n',
      '奋楫正当时。\n（全文完）\n',
    ]) {
      const f = foldText(marked);
      expect(f.text.trim()).toBe(plain.trim());
      expect(f.styleCounts['continuation-marks']).toBe(1);
    }
    // 完 in running text stays: 工作完成, 吃完。
    expect(foldText('任务（基本完成）').text).toContain('完');
  });

  it('folds a half-width full stop that ends a Chinese sentence, and only that one', () => {
    const a = foldText('预计2027年建成投用.\n他说:"好."下一段.');
    expect(a.text).toBe(foldText('预计2027年建成投用。\n他说：“好。”下一段。').text);
    expect(a.styleCounts['half-width-punctuation']).toBeGreaterThanOrEqual(2);
    // Decimals, abbreviations and English keep their dots.
    expect(foldText('增长3.5%').text).toBe('增长3.5%');
    expect(foldText('来自U.S.的代表').text).toContain('U.S.');
    expect(foldText('She left.').text).toBe('She left.');
  });

  it('counts no width noise in English with curly quotes, an em dash or an ellipsis', () => {
    const f = foldText('BANGOR (AP) — “We missed it,” she said… and left.');
    expect(f.styleCounts['half-width-punctuation']).toBe(0);
    expect(f.styleCounts['full-width-punctuation']).toBe(0);
    expect(foldText('他说—好的…').styleCounts['full-width-punctuation']).toBe(2);
  });

  it('keeps two hyphens apart from an em dash in English, and folds them alike in Chinese', () => {
    // A typewriter dash in one English printing and an em dash in another is a mark an editor
    // settles (labelled punctuation); in Chinese text -- is only a way to type ——.
    expect(foldText('The vote -- set for May -- was delayed.').text).not.toBe(
      foldText('The vote — set for May — was delayed.').text,
    );
    expect(foldText('The vote -- set for May').text).toBe(foldText('The vote--set for May').text);
    expect(foldText('投票--原定五月--推迟了').text).toBe(foldText('投票——原定五月——推迟了').text);
  });

  it('keeps one space between Latin words, also across a line wrap', () => {
    expect(foldText('Xi  Jinping\nsaid 好').text).toBe('Xi Jinping said好');
  });

  it('keeps the space after or before an accented Latin letter, typed composed or as NFD, also across a wrap', () => {
    expect(foldText('Mount Kivelä Hill').text).toBe('Mount Kivelä Hill');
    expect(foldText('Mount Kivela\u0308 Hill').text).toBe('Mount Kivelä Hill');
    expect(foldText('by Ana Peña\nand Émile Roux').text).toBe('by Ana Peña and Émile Roux');
    // A space between an accented word and Han is still CJK spacing, not a word space.
    expect(foldText('由Ana Peña 报道').text).toBe('由Ana Peña报道');
  });

  it('joins an English word hyphenated at a line end, and keeps a hyphen before a capital or mid-line', () => {
    const folded = foldText('the recon-\nstruction of\nthe well-known Jean-\nPaul 5-\n6');
    expect(folded.text).toBe('the reconstruction of the well-known Jean-Paul 5-6');
    const r = toOriginalRange(folded, 4, 18);
    expect('the recon-\nstruction'.slice(r.start, r.end)).toBe('recon-\nstruction');
  });

  it('reads a line break between a number and an English word as a space, not between CJK and a digit', () => {
    expect(foldText('about 1300\nhomes').text).toBe('about 1300 homes');
    expect(foldText('covers 11\n acres').text).toBe('covers 11 acres');
    expect(foldText('今年3月\n12日').text).toBe('今年3月12日');
  });

  it('opens a paragraph at an indented line, so an English title meets its first line as at a blank line', () => {
    const indented = foldText('Solar farm opens\n\u3000\u3000PORTLAND (AP) said');
    expect(indented.text).toBe(foldText('Solar farm opens\n\nPORTLAND (AP) said').text);
    expect(foldText('Solar farm opens\n    PORTLAND').text).toBe('Solar farm opens PORTLAND');
    expect(indented.paragraphStarts).toContain(indented.text.indexOf('PORTLAND'));
    expect(foldText('one\n two').text).toBe('one two');
  });

  it('folds full-width digits and Latin to ASCII and counts them', () => {
    const f = foldText('Ｋ３０３次列车');
    expect(f.text).toBe('K303次列车');
    expect(f.styleCounts['full-width-digits']).toBe(3);
    expect(f.styleCounts['full-width-latin']).toBe(1);
  });

  it('marks paragraph starts after sentence ends and blank lines, not at wraps', () => {
    const f = foldText('第一句。\n第二段开头\n接着写。\n\n第三段');
    expect(f.paragraphStarts).toEqual([0, 4, 13]);
    expect(f.lineStarts).toEqual([0, 4, 9, 13]);
  });

  it('folds only the given ranges, in order', () => {
    const text = 'AAA本文开头，\n中间BBB接着写完。';
    const f = foldText(text, [
      { start: 3, end: 9 },
      { start: 14, end: text.length },
    ]);
    expect(f.text).toBe('本文开头，接着写完。');
    expect(text.slice(f.starts[5] ?? 0, f.ends[9] ?? 0)).toBe('接着写完。');
  });

  it('keeps a paragraph break where a left-out block stood between two blank lines', () => {
    // The story's ranges skip a photo line set between two paragraphs: English stops ('.') are
    // no paragraph ends by themselves, so only the blank lines around the gap say one is there.
    const text =
      'The ferry left at dawn with ninety riders.\n\nPHOTO: The ferry at the dock.\n\nTolls rose in May, the board said.';
    const second = text.indexOf('Tolls');
    const f = foldText(text, [
      { start: 0, end: text.indexOf('\n') },
      { start: second, end: text.length },
    ]);
    expect(f.paragraphStarts).toEqual([0, f.text.indexOf('Tolls')]);
    // A gap inside a paragraph (a line left out with no blank line around it) joins as before.
    const wrapped = 'The ferry left at dawn\nAD LINE\nwith ninety riders.';
    const g = foldText(wrapped, [
      { start: 0, end: wrapped.indexOf('\n') },
      { start: wrapped.indexOf('with'), end: wrapped.length },
    ]);
    expect(g.paragraphStarts).toEqual([0]);
  });

  it('maps every folded range back to an original range that folds to the same text', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              '一',
              '二',
              '三',
              '，',
              ',',
              '。',
              ' ',
              '\n',
              '“',
              '”',
              '"',
              'A',
              'B',
              '1',
              '2',
              '𠀀',
            ),
            { maxLength: 40 },
          )
          .map((cs) => cs.join('')),
        fc.nat(),
        fc.nat(),
        (text, x, y) => {
          const f = foldText(text);
          const n = f.text.length;
          let a = Math.min(x % (n + 1), y % (n + 1));
          let b = Math.max(x % (n + 1), y % (n + 1));
          if (a === b) return;
          // Never cut a surrogate pair in the folded text.
          if (/[\udc00-\udfff]/.test(f.text[a] ?? '')) a -= 1;
          if (/[\udc00-\udfff]/.test(f.text[b] ?? '')) b += 1;
          // Nor cut one original mark run folded to two units (。。。 → ……): move to its edge.
          if (a > 0 && f.starts[a] === f.starts[a - 1]) a -= 1;
          if (b < n && b > 0 && f.starts[b] === f.starts[b - 1]) b += 1;
          const range = toOriginalRange(f, a, b);
          expect(range.start).toBeLessThanOrEqual(range.end);
          expect(range.end).toBeLessThanOrEqual(text.length);
          // Quote direction and a Latin word space at the edge depend on context outside the slice.
          const plain = (s: string): string => s.replace(/[“”]/g, '"').trim();
          expect(plain(foldText(text.slice(range.start, range.end)).text)).toBe(
            plain(f.text.slice(a, b)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('folding a long single line', () => {
  it('keeps every unit and its offsets past the buffer growth and string slices (20k, 100k units)', () => {
    for (const length of [20_000, 100_000]) {
      let seed = length;
      const next = (): number => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed;
      };
      // Ideographs with a few spaces, Latin letters and commas among them, on one line.
      const pool = ['，', ' ', 'a', 'B', '7', '社', '会'];
      let text = '';
      for (let i = 0; i < length; i++)
        text +=
          next() % 10 === 0
            ? (pool[next() % pool.length] as string)
            : String.fromCharCode(0x4e00 + (next() % 2000));
      const folded = foldText(text);
      expect(folded.starts.length).toBe(folded.text.length);
      expect(folded.ends.length).toBe(folded.text.length);
      for (let i = 0; i < folded.text.length; i++) {
        const unit = folded.text.charCodeAt(i);
        // An ideograph comes from one ideograph (itself, or its traditional form).
        if (unit >= 0x4e00 && unit <= 0x9fff)
          expect(isHan(text.slice(folded.starts[i], folded.ends[i]))).toBe(true);
      }
      const plainIdeographs = '社会工作发展新闻'.repeat(length / 8);
      const same = foldText(plainIdeographs);
      expect(same.text).toBe(plainIdeographs);
      expect(Array.from(same.starts.subarray(0, 5))).toEqual([0, 1, 2, 3, 4]);
      expect(same.ends[length - 1]).toBe(length);
    }
  });
});

describe('foldText, a byline and its wire credit', () => {
  it('reads a byline with its wire credit on the line as the byline alone', () => {
    const bare = foldText('By Ana Ruiz-Oyelaran\n\nThe mill reopened.').text;
    expect(foldText('By Ana Ruiz-Oyelaran, Associated Press\n\nThe mill reopened.').text).toBe(
      bare,
    );
    expect(foldText('By Ana Ruiz-Oyelaran | AP\n\nThe mill reopened.').text).toBe(bare);
  });

  it('keeps a credit that names no wire service, and a sentence that only starts with By', () => {
    const staff = 'By Ana Ruiz-Oyelaran, Staff Writer\n\nThe mill reopened.';
    expect(foldText(staff).text).toContain('Staff Writer');
    const sentence = 'By noon, the line reached the Associated Press office.';
    expect(foldText(sentence).text).toContain('the Associated Press office.');
  });
});
