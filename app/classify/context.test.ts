import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyContext } from './context';

describe('the story context', () => {
  const folded = '衢州市柯城区举行活动。\n游客来到婺源赏花，冯小刚执导的电影上映。';

  it('segments a paragraph once and places each word at its offset in the folded text', () => {
    const story = storyContext(folded);
    const second = folded.indexOf('游客');
    const words = story.wordsAt('v2', folded, second + 5);
    // Another site of the same paragraph gets the same segmentation back, not a new one.
    expect(story.wordsAt('v2', folded, folded.length - 1)).toBe(words);
    expect(words[0]?.start).toBe(second);
    for (const w of words) expect(folded.slice(w.start, w.end)).toBe(w.word);
    expect(words.map((w) => w.word).join('')).toBe(folded.slice(second));
  });

  it('keeps the paragraphs and the variants apart', () => {
    const story = storyContext(folded);
    const first = story.wordsAt('v2', folded, 0);
    expect(first.map((w) => w.word).join('')).toBe('衢州市柯城区举行活动。');
    expect(story.wordsAt('v3', folded, 0)).not.toBe(first);
    expect(first.some((w) => w.tag.startsWith('ns'))).toBe(true);
  });
});

describe('paragraphs of a folded story, which is one line', () => {
  // Our own text: a title without a closing mark folded onto its story's first line, so the
  // segmenter would read 南京长江大桥 across the title's end if the paragraph were not known.
  const title = '外宾团参观南京';
  const folded = `${title}长江大桥建成五十周年纪念展开幕。展览持续三个月。`;
  const second = folded.indexOf('展览');

  it('are bounded by the paragraph starts given for the variant', () => {
    const story = storyContext(folded, new Map(), new Map([['v1', [title.length, second]]]));
    expect(story.paragraphAt('v1', folded, 3)).toEqual({ start: 0, end: title.length });
    expect(story.paragraphAt('v1', folded, title.length)).toEqual({
      start: title.length,
      end: second,
    });
    const words = story.wordsAt('v1', folded, title.length + 2);
    expect(words.map((w) => w.word).join('')).toBe(folded.slice(title.length, second));
    expect(story.wordsAt('v1', folded, second - 1)).toBe(words);
    expect(story.wordsAt('v1', folded, 0).map((w) => w.word)).toContain('南京');
    // Another variant with no starts given is one paragraph.
    expect(story.paragraphAt('v2', folded, 3)).toEqual({ start: 0, end: folded.length });
  });

  it('are bounded by the blocks segmentation found', () => {
    const blocks = new Map([
      [
        'v1',
        [
          { kind: 'title' as const, start: 0, end: title.length },
          { kind: 'paragraph' as const, start: title.length, end: folded.length },
        ],
      ],
    ]);
    const story = storyContext(folded, blocks);
    // A stretch across the title's end gives the words of the paragraph it starts in.
    const over = story.wordsOver('v1', folded, title.length - 2, title.length + 2);
    expect(over.map((w) => w.word)).toEqual(['南京']);
    const after = story.wordsOver('v1', folded, title.length, title.length + 2);
    expect(after.map((w) => `${w.word}@${w.start}`)).toEqual([`长江大桥@${title.length}`]);
    expect(story.paragraphAt('v1', folded, second)).toEqual({
      start: title.length,
      end: folded.length,
    });
  });
});

describe('the words over a reading', () => {
  // Our own text: Chinese and Latin, digits, full- and half-width punctuation, a quote, spaces.
  const folded = [
    '记者从市交通局获悉，“城南快线”BRT-3号线今年7月通车，全长18.5公里，设站21座。',
    '新华社北京1月25日电 (记者王建国、李小红)国务院新闻办公室25日举行发布会; 发言人说: "we are ready".',
    '黄河流域生态保护和高质量发展座谈会在郑州召开……与会代表',
  ].join('\n');

  it('are the words of the paragraph that overlap it, with their tags, at every offset', () => {
    const story = storyContext(folded);
    for (let at = 0; at <= folded.length; at++) {
      for (const length of [0, 1, 2, 5]) {
        const to = Math.max(at + length, at + 1);
        const whole = story
          .wordsAt('v1', folded, at)
          .filter((w) => w.start < to && at < w.end)
          .map((w) => `${w.word}/${w.tag}@${w.start}`);
        const over = story
          .wordsOver('v1', folded, at, to)
          .map((w) => `${w.word}/${w.tag}@${w.start}`);
        expect(over, `at ${at}, to ${to}`).toEqual(whole);
      }
    }
  });
});

describe('where a word occurs in the story (occurrences, count)', () => {
  /** The offsets an indexOf loop finds, overlapping occurrences too. */
  const scanned = (text: string, needle: string): number[] => {
    const out: number[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
    return out;
  };

  it('finds overlapping occurrences, one-character needles and characters outside the BMP', () => {
    const text = '哈哈哈，𠮷野家的𠮷野，哈哈';
    const story = storyContext(text);
    expect(story.occurrences('哈哈')).toEqual([0, 1, 13]);
    expect(story.occurrences('哈')).toEqual([0, 1, 2, 13, 14]);
    expect(story.occurrences('𠮷野')).toEqual(scanned(text, '𠮷野'));
    expect(story.occurrences('野家的𠮷')).toEqual([6]);
    expect(story.occurrences('哈哈哈哈')).toEqual([]);
    expect(story.count('哈哈')).toBe(3);
  });

  it('gives what an indexOf loop gives, for any text and needle', () => {
    const unit = fc.constantFrom('甲', '乙', '丙', 'a', '\n', '𠮷');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 60 }),
        fc.array(fc.array(unit, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        (chars, needles) => {
          const text = chars.join('');
          const story = storyContext(text);
          for (const needle of needles.map((n) => n.join(''))) {
            expect(story.occurrences(needle)).toEqual(scanned(text, needle));
            expect(story.count(needle)).toBe(scanned(text, needle).length);
          }
        },
      ),
    );
  });
});
