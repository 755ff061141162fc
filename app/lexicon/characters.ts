/**
 * Character classes, written once: the Han characters Chinese news text is set in, and the marks
 * that end a sentence. Issue 16 found the Han range typed out 75 times in 17 files, in five
 * widths, and six sets of sentence-end marks; lint now rejects a raw `\u4e00`-style range
 * anywhere but app/lexicon/, so rules import these instead of retyping them.
 */

/**
 * The Han ideographs, as code point ranges: CJK Extension A, the Unified Ideographs block, the
 * compatibility ideographs and the supplementary ideographic planes (Extensions B–H). 〇 (U+3007,
 * the zero of 二〇二五) is a numeral here, not a Han character of a name or a word.
 */
const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3134f],
];

/**
 * The same ranges as the body of a regex character class, for patterns that embed them; such a
 * pattern needs the u flag: build it with `hanRegExp`.
 */
export const HAN = HAN_RANGES.map(
  ([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`,
).join('');

/**
 * A RegExp whose source uses `HAN` (`hanRegExp(String.raw\`([${HAN}]{2,3})站\`, 'g')`), with the
 * u flag the supplementary planes need added to `flags`.
 */
export function hanRegExp(source: string, flags = ''): RegExp {
  return new RegExp(source, flags.includes('u') ? flags : `${flags}u`);
}

function isHanCode(code: number): boolean {
  for (const [first, last] of HAN_RANGES) if (code >= first && code <= last) return true;
  return false;
}

/** True when `ch` is one Han character (one code point: a surrogate pair for Extensions B–H). */
export function isHan(ch: string): boolean {
  const code = ch.codePointAt(0);
  return code !== undefined && ch.length === (code > 0xffff ? 2 : 1) && isHanCode(code);
}

/**
 * True when `text` is `min` to `max` Han characters (code points) and nothing else: `hanRun(word)`
 * for a run of one or more, `hanRun(stem, 2, 2)` for exactly two, `hanRun(gap, 0)` for "no other
 * character in between" (`min` 0 allows the empty text).
 */
export function hanRun(text: string, min = 1, max = Number.POSITIVE_INFINITY): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number;
    if (code > 0xffff) i++;
    if (!isHanCode(code) || ++count > max) return false;
  }
  return count >= min;
}

/** True when `text` holds at least one Han character. */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number;
    if (isHanCode(code)) return true;
    if (code > 0xffff) i++;
  }
  return false;
}

/** True when the first code point of `text` is a Han character. */
export function startsWithHan(text: string): boolean {
  const code = text.codePointAt(0);
  return code !== undefined && isHanCode(code);
}

/** True when the last code point of `text` is a Han character. */
export function endsWithHan(text: string): boolean {
  const last = text.length >= 2 ? text.codePointAt(text.length - 2) : undefined;
  const code = last !== undefined && last > 0xffff ? last : text.codePointAt(text.length - 1);
  return code !== undefined && isHanCode(code);
}

/**
 * The marks that end a sentence: 。！？ and their half-width forms, as the body of a regex
 * character class (`new RegExp(`[${FULL_STOPS}]`)`). Every sentence-end test starts from these.
 */
export const FULL_STOPS = '。！？!?';

/** Semicolons, which end a sentence for line breaks and alignment (not for a whole-sentence omission). */
export const SEMICOLONS = '；;';

/** Sentence-final marks after which a line break ends a paragraph rather than wrapping a sentence. */
export const SENTENCE_END: ReadonlySet<string> = new Set([...FULL_STOPS, '…', ...SEMICOLONS]);

/** What ends a paragraph's first clause (a stand-in headline): a sentence end or a comma. */
export const CLAUSE_END = new RegExp(`[${FULL_STOPS}${SEMICOLONS}，,]`, 'u');

/** The marks that bound a clause: a sentence end, a semicolon or a comma (each a character). */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([...FULL_STOPS, ...SEMICOLONS, '，', ',']);

/** Closing marks that may follow a sentence end (“……。” ends with the quote). */
export const CLOSERS: ReadonlySet<string> = new Set([
  '”',
  '’',
  '」',
  '』',
  '"',
  "'",
  '）',
  ')',
  '】',
  '》',
]);

/**
 * Marks printed in pairs around a word or a title, each opening mark with its closing mark: curly
 * quotes (folded text prints every quote curly), corner quotes and book-title marks.
 */
export const PAIRED_MARKS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
]);

/**
 * Marks printed in pairs around an aside rather than a word: brackets, each opening mark with its
 * closing mark (an aside in brackets may be printed between commas or dashes instead).
 */
export const BRACKETS: ReadonlyMap<string, string> = new Map([
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['〔', '〕'],
  ['[', ']'],
]);

/** Dashes that, printed twice, set off an aside as brackets do (— X —, ——X——). */
export const ASIDE_DASHES: ReadonlySet<string> = new Set(['—', '——', '–', '--']);
