import { describe, expect, it } from 'vitest';
import {
  engineChanges,
  monotoneChain,
  pairAgrees,
  pairMarks,
  type TextChange,
} from './engine-diff';
import { foldRules } from './compare-form';

/** Rebuilds the right text from the left one and the changes (the changes must say every difference). */
function applyChanges(left: string, right: string, changes: readonly TextChange[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += left.slice(at, c.leftStart) + right.slice(c.rightStart, c.rightEnd);
    at = c.leftEnd;
  }
  return out + left.slice(at);
}

describe('engineChanges', () => {
  it('shows nothing between two panes that print the same text, whatever the flags', () => {
    const text = '第一段。\n\n第二段。\n\n第三段。';
    expect(
      engineChanges(text, text, [{ leftStart: 0, leftEnd: 3, rightStart: 0, rightEnd: 3 }]),
    ).toEqual([]);
  });

  it('keeps a dropped paragraph one change and its identical neighbours unchanged', () => {
    // The right pane drops the middle paragraph: a line diff paired 乙 with 丙 here.
    const left = '甲段落文字相同。\n\n乙段落被删去了。\n\n丙段落文字相同。';
    const right = '甲段落文字相同。\n\n丙段落文字相同。';
    const pair = {
      leftStart: left.indexOf('乙'),
      leftEnd: left.indexOf('丙'),
      rightStart: right.indexOf('丙'),
      rightEnd: right.indexOf('丙'),
    };
    const changes = engineChanges(left, right, [pair]);
    expect(changes).toEqual([
      {
        leftStart: pair.leftStart,
        leftEnd: pair.leftEnd,
        rightStart: pair.rightStart,
        rightEnd: pair.rightEnd,
      },
    ]);
    expect(applyChanges(left, right, changes)).toBe(right);
  });

  it('places an omission by the text around it, not by the empty side of its anchor', () => {
    // One page prints a subtitle after the headline that the other leaves out; the empty reading's
    // place in the other pane fell after the line break, which shifted the break into two changes
    // and paired the next paragraph with the headline (seen on the embedded pages).
    const left = '标题文字副标题在此\n电头正文相同。';
    const right = '标题文字\n电头正文相同。';
    const pair = {
      leftStart: left.indexOf('副'),
      leftEnd: left.indexOf('\n'),
      rightStart: right.indexOf('电'),
      rightEnd: right.indexOf('电'),
    };
    const changes = engineChanges(left, right, [pair]);
    expect(applyChanges(left, right, changes)).toBe(right);
    expect(
      changes.map((c) => [
        left.slice(c.leftStart, c.leftEnd),
        right.slice(c.rightStart, c.rightEnd),
      ]),
    ).toEqual([['副标题在此', '']]);
  });

  it('never lets a change cross an anchor, and finds an edit between anchors', () => {
    const left = '李肖娜说，会议在北京举行。';
    const right = '肖娜说，会议在上海举行。';
    const pairs = [{ leftStart: 0, leftEnd: 3, rightStart: 0, rightEnd: 2 }];
    const changes = engineChanges(left, right, pairs);
    expect(applyChanges(left, right, changes)).toBe(right);
    for (const c of changes) expect(c.leftStart >= 3 || c.leftEnd <= 3).toBe(true);
    expect(changes.map((c) => left.slice(c.leftStart, c.leftEnd))).toEqual(['李', '北京']);
  });

  it('compares a moved passage as text instead of pairing out of order', () => {
    const left = 'AAA BBB CCC';
    const right = 'CCC AAA BBB';
    const pairs = [
      { leftStart: 0, leftEnd: 3, rightStart: 4, rightEnd: 7 },
      { leftStart: 8, leftEnd: 11, rightStart: 0, rightEnd: 3 },
    ];
    expect(monotoneChain(pairs, left.length, right.length)).toHaveLength(1);
    expect(applyChanges(left, right, engineChanges(left, right, pairs))).toBe(right);
  });

  it('ignores anchors outside the texts (a model a frame behind the store)', () => {
    expect(
      monotoneChain([{ leftStart: 5, leftEnd: 50, rightStart: 0, rightEnd: 1 }], 10, 10),
    ).toEqual([]);
  });

  it('rebuilds the right text for random edits around random anchors', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round += 1) {
      const alphabet = '甲乙丙丁。\n';
      let left = '';
      for (let i = 0; i < 40; i += 1) left += alphabet[rand(alphabet.length)];
      let right = left;
      const pairs = [];
      // Edit inside two disjoint anchors, plus one stray edit anywhere.
      const cut = 10 + rand(10);
      right = `${right.slice(0, cut)}X${right.slice(cut + 2)}`;
      pairs.push({ leftStart: cut, leftEnd: cut + 2, rightStart: cut, rightEnd: cut + 1 });
      const stray = rand(left.length - 1);
      if (stray > cut + 2) right = `${right.slice(0, stray - 1)}Y${right.slice(stray - 1)}`;
      const changes = engineChanges(left, right, pairs);
      expect(applyChanges(left, right, changes)).toBe(right);
      for (const c of changes)
        expect(left.slice(c.leftStart, c.leftEnd)).not.toBe(right.slice(c.rightStart, c.rightEnd));
    }
  });
});

describe('pairMarks / pairAgrees', () => {
  it('pairs a flag by id and says whether the two panes read it alike', () => {
    const pairs = pairMarks(
      [
        { flagId: 'f1', start: 0, end: 2 },
        { flagId: 'f2', start: 3, end: 4 },
      ],
      [{ flagId: 'f1', start: 0, end: 2 }],
    );
    expect(pairs).toEqual([{ leftStart: 0, leftEnd: 2, rightStart: 0, rightEnd: 2 }]);
    expect(pairAgrees('甲乙丙', '甲乙丁', pairs[0]!)).toBe(true);
    expect(pairAgrees('甲乙丙', '甲丁丙', pairs[0]!)).toBe(false);
  });
});

describe('engineChanges in the compare form (folded view)', () => {
  const folded = foldRules([]);

  it('shows no change where two paragraphs differ in style only', () => {
    // A U+3000 inside a line, a comma's width, CJK spacing, quotes and an indent.
    const left = '　　记者　张三报道，1 月 25 日“开幕”。\n\n第二段相同。';
    const right = '记者张三报道,1月25日"开幕"。\n\n第二段相同。';
    expect(engineChanges(left, right, [])).not.toEqual([]);
    expect(engineChanges(left, right, [], folded)).toEqual([]);
  });

  it('still shows a real change beside style noise, at its place in each pane', () => {
    const left = '记者　张三报道，会议在北京召开。';
    const right = '记者张三报道,会议在上海召开。';
    const changes = engineChanges(left, right, [], folded);
    expect(changes.map((c) => left.slice(c.leftStart, c.leftEnd))).toEqual(['北京']);
    expect(changes.map((c) => right.slice(c.rightStart, c.rightEnd))).toEqual(['上海']);
  });

  it('shows no change where the desk ignores the difference, and shows it without the rule', () => {
    const left = '区民政局〔2025〕12号文件要求。';
    const right = '区民政局[2025]12号文件要求。';
    expect(engineChanges(left, right, [], folded)).not.toEqual([]);
    const rules = foldRules([
      { a: '〔', b: '[' },
      { a: '〕', b: ']' },
    ]);
    expect(engineChanges(left, right, [], rules)).toEqual([]);
    // Inside a flag's pair too (another page differs there): the two panes read it alike.
    const pair = { leftStart: 4, leftEnd: 10, rightStart: 4, rightEnd: 10 };
    expect(engineChanges(left, right, [pair], rules)).toEqual([]);
    expect(pairAgrees(left, right, pair, rules)).toBe(true);
    expect(pairAgrees(left, right, pair, folded)).toBe(false);
  });

  it('maps a change next to a many-character rule to whole pane ranges, in order', () => {
    const rules = foldRules([{ a: '人民政府', b: '市府' }]);
    const left = '人民政府发布通知，人民政府要求。';
    const right = '市府发布通告，市府要求。';
    const changes = engineChanges(left, right, [], rules);
    expect(
      changes.map((c) => [
        left.slice(c.leftStart, c.leftEnd),
        right.slice(c.rightStart, c.rightEnd),
      ]),
    ).toEqual([['知', '告']]);
  });

  it('keeps a paragraph break a change: the diff editor pairs lines by it', () => {
    const left = '第一句话。\n第二句话。';
    const right = '第一句话。第二句话。';
    const changes = engineChanges(left, right, [], folded);
    expect(changes).toHaveLength(1);
    expect(left.slice(changes[0]!.leftStart, changes[0]!.leftEnd)).toBe('\n');
  });

  it('never reports a change whose two sides read alike folded, on random style noise', () => {
    let seed = 11;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    // Context-free style only: a straight quote's folding depends on its neighbours (open or close).
    const noise: Record<string, string> = { '，': ',', '：': ':', '（': '(', '　': '' };
    for (let round = 0; round < 200; round += 1) {
      const alphabet = '甲乙丙丁，：（　\n';
      let left = '';
      for (let i = 0; i < 40; i += 1) left += alphabet[rand(alphabet.length)];
      let right = '';
      for (const ch of left) right += rand(3) === 0 ? (noise[ch] ?? ch) : ch;
      if (rand(2) === 0) right = right.replace(/乙/, '戊');
      const changes = engineChanges(left, right, [], folded);
      for (const c of changes) {
        expect(c.leftStart).toBeLessThanOrEqual(c.leftEnd);
        expect(c.rightStart).toBeLessThanOrEqual(c.rightEnd);
      }
      if (!right.includes('戊')) expect(changes).toEqual([]);
      else expect(changes.map((c) => right.slice(c.rightStart, c.rightEnd))).toContain('戊');
    }
  });
});
