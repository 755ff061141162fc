/**
 * Style folding: the comparison view of a variant. Width, quote style, white space, line wraps,
 * heading marks, byline bullets and continuation marks are folded away so that only real
 * discrepancies remain; every folded code unit remembers where it came from, so any folded range
 * maps back to an exact range of the original text.
 */
import type { StyleKind } from '../model/types';
import { isHan } from '../lexicon/characters';
import { CANONICAL_QUOTES, foldChar, isLatinOrDigit, isSpace, quoteRole } from './fold-chars';
import {
  cjkBefore,
  cjkContext,
  cjkFullStop,
  degreeSign,
  endsSentence,
  FULL_STOP,
  isCombiningMark,
  latinPair,
  markRun,
  splitsWord,
  unitsToString,
} from './fold-marks';
import { simplifiedLookup } from './script-fold';

/** A range of the original text, UTF-16 code units, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The folded view of a text (or of some ranges of it). */
export interface FoldedText {
  /** The folded string (astral code points stay surrogate pairs). */
  readonly text: string;
  /** For folded unit i, the original offset of the character it came from. */
  readonly starts: Int32Array;
  /** For folded unit i, the original end (exclusive) of the character it came from. */
  readonly ends: Int32Array;
  /** Folded offsets where a source line begins (every non-empty line). */
  readonly lineStarts: readonly number[];
  /** Folded offsets where a paragraph begins: after a blank line or a line that ends a sentence. */
  readonly paragraphStarts: readonly number[];
  /** How often each kind of style noise was folded. */
  readonly styleCounts: Readonly<Record<StyleKind, number>>;
  /** Original offset to report for an empty range at the very start. */
  readonly origin: number;
}

/** Every style kind with a zero count, the starting point of a tally. */
export function emptyStyleCounts(): Record<StyleKind, number> {
  return {
    'half-width-punctuation': 0,
    'full-width-punctuation': 0,
    'full-width-digits': 0,
    'full-width-latin': 0,
    'quote-style': 0,
    'line-wrap': 0,
    whitespace: 0,
    'heading-marks': 0,
    'cjk-spacing': 0,
    'continuation-marks': 0,
    'traditional-script': 0,
  };
}

/**
 * Continuation marks of split stories: (上接01版) (紧接第1版) (转第4版) (下转A3版), either width of
 * parentheses, or a page's letter code alone in them ((转A3) (接A1)). Without parentheses only when the mark is the whole line, so that running text such
 * as "转第4版" in a sentence is never swallowed. The end mark of a wire story, （完） or 【完】, is the
 * same kind of page furniture: one reprint keeps it, another drops it.
 */
const CONTINUATION_IN_PARENS =
  /[（(]\s*(?:上接|紧接|下接|接|转|下转|续|见)\s*第?\s*[A-Za-z0-9０-９Ａ-Ｚａ-ｚ一二三四五六七八九十]{1,4}\s*版\s*(?:[^（()）\n]{0,12})?[）)]|[（(]\s*(?:上接|紧接|下接|接|转|下转|续)\s*[A-ZＡ-Ｚ][0-9０-９]{1,2}\s*[）)]|[（(【［[]\s*(?:全文)?完\s*[）)】］\]]/gu;
const CONTINUATION_LINE =
  /^\s*(?:上接|紧接|下接|转|下转|续)\s*第?\s*[A-Za-z0-9０-９Ａ-Ｚ一二三四五六七八九十]{1,4}\s*版\s*$/u;

/** Markdown heading marks at line start: "# ", "### ". */
const HEADING = /^\s*#{1,6}[ \t\u3000]*/u;

/** Byline and list bullets at line start: ■新华社记者, ● 本报讯. */
const BULLET = /^\s*[■●◆▲★□○◇◎▶►•·][ \t\u3000]*/u;

/** Paragraph indent at line start: an ideographic space, or two or more ASCII spaces or a tab. */
const PARAGRAPH_INDENT = /^(?:\u3000|[ \t]{2,}|\t)[ \t\u3000]*\S/u;

interface Pending {
  /** Original offset of the first line break or range boundary since the last folded char, or -1. */
  breakAt: number;
  /** A blank line (or the start of the text) lies between the last folded char and the next. */
  blank: boolean;
  /** Original offset of a space skipped since the last folded char, or -1. */
  spaceAt: number;
  /** The pending line break follows a hyphen that split an English word (recon-/struction). */
  hyphen: boolean;
}

/**
 * Folds `text` (or only the given ranges of it, concatenated in order) to its comparison form.
 * A boundary between two ranges behaves like a line wrap: a story split across pages continues
 * mid-sentence.
 */
export function foldText(text: string, ranges?: readonly TextRange[]): FoldedText {
  const parts = ranges ?? [{ start: 0, end: text.length }];
  // The folded units and their original offsets, in typed buffers that double as they fill: arrays
  // of one-character strings and boxed numbers cost a long single line most of its memory.
  let units = new Uint16Array(1024);
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  let n = 0;
  const lineStarts: number[] = [];
  const paragraphStarts: number[] = [];
  const counts = emptyStyleCounts();
  let doubleOpen = false;
  let singleOpen = false;
  const pending: Pending = { breakAt: -1, blank: true, spaceAt: -1, hyphen: false };
  // The last folded character; when prevUnit ≥ 0 it was that one unit, its string not made yet.
  let prevText = '';
  let prevUnit = -1;
  const prev = (): string => {
    if (prevUnit >= 0) {
      prevText = String.fromCharCode(prevUnit);
      prevUnit = -1;
    }
    return prevText;
  };

  const pushUnit = (unit: number, start: number, end: number): void => {
    if (n === units.length) {
      const grown = new Uint16Array(n * 2);
      grown.set(units);
      units = grown;
      const grownStarts = new Int32Array(n * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array(n * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    units[n] = unit;
    starts[n] = start;
    ends[n] = end;
    n += 1;
  };
  const push = (ch: string, start: number, end: number): void => {
    for (let k = 0; k < ch.length; k++) pushUnit(ch.charCodeAt(k), start, end);
    prevText = ch;
    prevUnit = -1;
  };

  /** Settles the pending line break or space before the next folded char `ch`. */
  const settle = (ch: string): void => {
    if (pending.breakAt >= 0 || pending.blank) {
      const paragraph = pending.blank || n === 0 || endsSentence(prev());
      // English words on both sides of a paragraph break (a headline without a stop, then the
      // byline) are apart as at a wrap: one space, before the new paragraph's first letter.
      if (paragraph && n > 0 && latinPair(prev(), ch) && !pending.hyphen)
        push(' ', pending.breakAt, pending.breakAt + 1);
      lineStarts.push(n);
      if (paragraph) {
        paragraphStarts.push(n);
        doubleOpen = false;
        singleOpen = false;
      } else {
        counts['line-wrap'] += 1;
        // English wrapped across lines: the line break was a word space (also before or after a
        // number: 1,300\nhomes), unless a hyphen split the word.
        if (latinPair(prev(), ch) && !pending.hyphen) {
          push(' ', pending.breakAt, pending.breakAt + 1);
        }
      }
      pending.hyphen = false;
      pending.blank = false;
      pending.breakAt = -1;
    } else if (pending.spaceAt >= 0) {
      const before = prev();
      if (isLatinOrDigit(before) && isLatinOrDigit(ch))
        push(' ', pending.spaceAt, pending.spaceAt + 1);
      else if ((isHan(before) && isLatinOrDigit(ch)) || (isLatinOrDigit(before) && isHan(ch)))
        counts['cjk-spacing'] += 1;
      else counts.whitespace += 1;
    }
    pending.spaceAt = -1;
  };
  const emit = (ch: string, start: number, end: number): void => {
    // Settled against the first folded character: a ligature ﬂ folds to 'fl', a letter.
    settle(ch.length > 1 ? String.fromCodePoint(ch.codePointAt(0) ?? 0) : ch);
    push(ch, start, end);
  };

  // 繁/简: the simplified reading of each original code point of the part (null: same script).
  let script: ((at: number) => string) | null = null;
  for (const part of parts) {
    script = simplifiedLookup(text, part.start, part.end);
    let lineStart = part.start;
    while (lineStart < part.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > part.end) lineEnd = part.end;
      let contentEnd = lineEnd;
      if (contentEnd > lineStart && text[contentEnd - 1] === '\r') contentEnd -= 1;
      // A line indented by an ideographic space or two spaces opens a paragraph: OCR of a printed
      // page marks paragraphs by indent, not by blank lines (a title then an indented first line).
      if (pending.breakAt >= 0 && PARAGRAPH_INDENT.test(text.slice(lineStart, contentEnd)))
        pending.blank = true;
      foldLine(lineStart, contentEnd);
      if (lineEnd < part.end) {
        // A line break: decided at the next folded char (blank line or sentence end → paragraph).
        if (pending.breakAt >= 0 && text.slice(lineStart, contentEnd).trim().length === 0)
          pending.blank = true;
        if (pending.breakAt < 0) pending.breakAt = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    if (pending.breakAt < 0 && n > 0) pending.breakAt = part.end;
  }

  function foldLine(from: number, to: number): void {
    let line = text.slice(from, to);
    if (line.trim().length === 0) return;
    if (CONTINUATION_LINE.test(line)) {
      counts['continuation-marks'] += 1;
      return;
    }
    let skipTo = from;
    const heading = HEADING.exec(line);
    if (heading && heading[0].includes('#')) {
      counts['heading-marks'] += 1;
      skipTo = from + heading[0].length;
    }
    line = text.slice(skipTo, to);
    const bullet = BULLET.exec(line);
    if (bullet && bullet[0].trim().length > 0 && !/^\s*·/.test(line)) {
      counts['heading-marks'] += 1;
      skipTo += bullet[0].length;
    }
    const skips: TextRange[] = [];
    CONTINUATION_IN_PARENS.lastIndex = 0;
    const rest = text.slice(skipTo, to);
    for (let m = CONTINUATION_IN_PARENS.exec(rest); m; m = CONTINUATION_IN_PARENS.exec(rest)) {
      skips.push({ start: skipTo + m.index, end: skipTo + m.index + m[0].length });
      counts['continuation-marks'] += 1;
    }
    let skipIndex = 0;
    for (let i = from; i < to;) {
      const code = text.codePointAt(i) ?? 0;
      const skip = skips[skipIndex];
      // Fast path: a CJK ideograph outside any skipped mark folds to itself (most of the text).
      if (code >= 0x4e00 && code <= 0x9fff && i >= skipTo && (!skip || i < skip.start)) {
        const simple = script === null ? code : script(i).charCodeAt(0);
        if (simple === code && pending.breakAt < 0 && !pending.blank && pending.spaceAt < 0) {
          // Nothing to settle before it and no script change: the unit itself, no string made.
          pushUnit(code, i, i + 1);
          prevUnit = code;
        } else emit(inScript(String.fromCharCode(code), i), i, i + 1);
        i += 1;
        continue;
      }
      const width = code > 0xffff ? 2 : 1;
      const ch = String.fromCodePoint(code);
      if (i < skipTo) {
        i += width;
        continue;
      }
      if (skip && i >= skip.start) {
        if (i < skip.end) {
          i += width;
          continue;
        }
        skipIndex += 1;
      }
      if (isCombiningMark(text.charCodeAt(i + width))) {
        // A letter typed as base + combining accents (NFD: e + U+0301) reads as its composed form
        // (é), the whole cluster mapping back to the original units: no flag for an encoding.
        let j = i + width;
        while (j < to && isCombiningMark(text.charCodeAt(j))) j += 1;
        emit(text.slice(i, j).normalize('NFC'), i, j);
        i = j;
        continue;
      }
      if (ch === '\u00ad') {
        // A soft hyphen is invisible unless a line breaks there: PDF and OCR text keeps it mid-word.
        i += width;
        continue;
      }
      if (isSpace(ch)) {
        if (pending.spaceAt < 0 && pending.breakAt < 0 && n > 0) pending.spaceAt = i;
        i += width;
        continue;
      }
      if (ch === '-' && splitsWord(text, i, to)) {
        // A word hyphenated at a line end (OCR of a justified column): the hyphen and break are layout.
        pending.hyphen = true;
        i += width;
        continue;
      }
      const degree = ch === '°' || ch === 'º' ? degreeSign(text, i, to) : null;
      if (degree) {
        // °C typed as two signs (or OCR's ordinal º) is the one sign ℃; noise in Chinese text only.
        emit(degree.out, i, degree.end);
        if (cjkBefore(text, i, from)) counts['full-width-punctuation'] += 1;
        i = degree.end;
        continue;
      }
      const run = markRun(text, i, to);
      if (run) {
        // Ellipses and dashes: ... … ……… → ……, — -- → ——; one canonical two-unit form.
        emit(run.out, i, i + run.length);
        // A single em dash or ellipsis, or ASCII ... and --, are the norm in English: noise only in Chinese text.
        if (run.noise && cjkContext(text, i, from, to)) counts[run.noise] += 1;
        i += run.length;
        continue;
      }
      const role = quoteRole(ch);
      if (role) {
        settle(ch);
        push(foldQuote(ch, role, text, i), i, i + width);
        if (!CANONICAL_QUOTES.has(ch)) counts['quote-style'] += 1;
      } else {
        const folded =
          ch === '.' && cjkFullStop(text, i, from, to) ? FULL_STOP : foldChar(inScript(ch, i));
        if (folded.kind === 'half-width-punctuation') {
          // Half-width marks in Latin or numeric context (a list "1,000" or English) are not noise.
          if (cjkContext(text, i, from, to)) counts['half-width-punctuation'] += 1;
        } else if (folded.kind) counts[folded.kind] += 1;
        emit(folded.out, i, i + width);
      }
      i += width;
    }
  }

  /** The character in the simplified script, counting a traditional form as style. */
  function inScript(ch: string, at: number): string {
    if (script === null) return ch;
    const simple = script(at);
    if (simple === ch) return ch;
    counts['traditional-script'] += 1;
    return simple;
  }

  function foldQuote(
    ch: string,
    role: NonNullable<ReturnType<typeof quoteRole>>,
    source: string,
    at: number,
  ): string {
    switch (role) {
      case 'open-double':
        doubleOpen = true;
        return '“';
      case 'close-double':
        doubleOpen = false;
        return '”';
      case 'open-single':
      case 'close-single':
        // A curly mark between letters is an apostrophe (We’re, O’Neill), the same as a straight one.
        if (/[A-Za-z]/.test(source[at - 1] ?? '') && /[A-Za-z]/.test(source[at + 1] ?? ''))
          return "'";
        singleOpen = role === 'open-single';
        return singleOpen ? '‘' : '’';
      case 'straight-double':
        doubleOpen = !doubleOpen;
        return doubleOpen ? '“' : '”';
      case 'straight-single': {
        // An apostrophe inside an English word (don't) is not a quote.
        if (/[A-Za-z]/.test(source[at - 1] ?? '') && /[A-Za-z]/.test(source[at + 1] ?? ''))
          return ch;
        singleOpen = !singleOpen;
        return singleOpen ? '‘' : '’';
      }
    }
  }

  const origin = parts[0]?.start ?? 0;
  return {
    text: unitsToString(units, n),
    starts: starts.slice(0, n),
    ends: ends.slice(0, n),
    lineStarts,
    paragraphStarts,
    styleCounts: counts,
    origin,
  };
}

/** Where `text` has continuation or end marks in brackets (for applying the style note to a text). */
export function bracketedMarks(text: string): { start: number; end: number }[] {
  return [...text.matchAll(new RegExp(CONTINUATION_IN_PARENS.source, 'gu'))].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/**
 * Maps a folded range back to the original text: a non-empty range covers from its first
 * character's start to its last character's end (inner white space and line breaks included);
 * an empty range sits right after the preceding folded character.
 */
export function toOriginalRange(folded: FoldedText, start: number, end: number): TextRange {
  if (end > start) return { start: folded.starts[start] ?? 0, end: folded.ends[end - 1] ?? 0 };
  if (start > 0) {
    const at = folded.ends[start - 1] ?? 0;
    return { start: at, end: at };
  }
  const at = folded.starts.length > 0 ? (folded.starts[0] ?? folded.origin) : folded.origin;
  return { start: at, end: at };
}
