/**
 * The running state of one style fold (fold.ts): the folded units and where each came from, the
 * pending line break or space before the next folded character, open quotes, the script lookup
 * of the part being folded, and the style counts. fold.ts walks the lines and their marks; this
 * folds the characters of a line.
 */
import type { StyleKind } from '../model/types';
import { isHan } from '../lexicon/characters';
import { CANONICAL_QUOTES, foldChar, isLatinLetterOrDigit, isSpace, quoteRole } from './fold-chars';
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

/** A range of the original text, UTF-16 code units, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

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

/** The folded units made so far, their original offsets, and the line and paragraph starts. */
export interface FoldOutput {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly lineStarts: readonly number[];
  readonly paragraphStarts: readonly number[];
}

/** One fold in progress over `text`, counting style noise into `counts`. */
export class Folder {
  // The folded units and their original offsets, in typed buffers that double as they fill: arrays
  // of one-character strings and boxed numbers cost a long single line most of its memory.
  private units = new Uint16Array(1024);
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  /** Folded units so far. */
  n = 0;
  private readonly lineStarts: number[] = [];
  private readonly paragraphStarts: number[] = [];
  private doubleOpen = false;
  private singleOpen = false;
  /** The line break or space waiting to be settled before the next folded character. */
  readonly pending: Pending = { breakAt: -1, blank: true, spaceAt: -1, hyphen: false };
  // The last folded character; when prevUnit ≥ 0 it was that one unit, its string not made yet.
  private prevText = '';
  private prevUnit = -1;
  /** 繁/简: the simplified reading of each original code point of the part (null: same script). */
  script: ((at: number) => string) | null = null;

  constructor(
    private readonly text: string,
    private readonly counts: Record<StyleKind, number>,
  ) {}

  /** The folded text and its offsets. */
  output(): FoldOutput {
    return {
      text: unitsToString(this.units, this.n),
      starts: this.starts.slice(0, this.n),
      ends: this.ends.slice(0, this.n),
      lineStarts: this.lineStarts,
      paragraphStarts: this.paragraphStarts,
    };
  }

  private prev(): string {
    if (this.prevUnit >= 0) {
      this.prevText = String.fromCharCode(this.prevUnit);
      this.prevUnit = -1;
    }
    return this.prevText;
  }

  private pushUnit(unit: number, start: number, end: number): void {
    const n = this.n;
    if (n === this.units.length) {
      const grown = new Uint16Array(n * 2);
      grown.set(this.units);
      this.units = grown;
      const grownStarts = new Int32Array(n * 2);
      grownStarts.set(this.starts);
      this.starts = grownStarts;
      const grownEnds = new Int32Array(n * 2);
      grownEnds.set(this.ends);
      this.ends = grownEnds;
    }
    this.units[n] = unit;
    this.starts[n] = start;
    this.ends[n] = end;
    this.n = n + 1;
  }

  private push(ch: string, start: number, end: number): void {
    for (let k = 0; k < ch.length; k++) this.pushUnit(ch.charCodeAt(k), start, end);
    this.prevText = ch;
    this.prevUnit = -1;
  }

  /** Settles the pending line break or space before the next folded char `ch`. */
  private settle(ch: string): void {
    const pending = this.pending;
    if (pending.breakAt >= 0 || pending.blank) {
      const paragraph = pending.blank || this.n === 0 || endsSentence(this.prev());
      // English words on both sides of a paragraph break (a headline without a stop, then the
      // byline) are apart as at a wrap: one space, before the new paragraph's first letter.
      if (paragraph && this.n > 0 && latinPair(this.prev(), ch) && !pending.hyphen)
        this.push(' ', pending.breakAt, pending.breakAt + 1);
      this.lineStarts.push(this.n);
      if (paragraph) {
        this.paragraphStarts.push(this.n);
        this.doubleOpen = false;
        this.singleOpen = false;
      } else {
        this.counts['line-wrap'] += 1;
        // English wrapped across lines: the line break was a word space (also before or after a
        // number: 1,300\nhomes), unless a hyphen split the word.
        if (latinPair(this.prev(), ch) && !pending.hyphen) {
          this.push(' ', pending.breakAt, pending.breakAt + 1);
        }
      }
      pending.hyphen = false;
      pending.blank = false;
      pending.breakAt = -1;
    } else if (pending.spaceAt >= 0) {
      const before = this.prev();
      // A folded straight mark is an apostrophe (quotes fold curly): it ends a word (growers' co-op).
      if ((isLatinLetterOrDigit(before) || before === "'") && isLatinLetterOrDigit(ch))
        this.push(' ', pending.spaceAt, pending.spaceAt + 1);
      else if (
        (isHan(before) && isLatinLetterOrDigit(ch)) ||
        (isLatinLetterOrDigit(before) && isHan(ch))
      )
        this.counts['cjk-spacing'] += 1;
      else this.counts.whitespace += 1;
    }
    pending.spaceAt = -1;
  }

  private emit(ch: string, start: number, end: number): void {
    // Settled against the first folded character: a ligature ﬂ folds to 'fl', a letter.
    this.settle(ch.length > 1 ? String.fromCodePoint(ch.codePointAt(0) ?? 0) : ch);
    this.push(ch, start, end);
  }

  /**
   * Folds the characters of the line `from`..`to`, leaving out those before `skipTo` (heading
   * marks, bullets) and inside `skips` (continuation marks), in order.
   */
  foldLine(from: number, to: number, skipTo: number, skips: readonly TextRange[]): void {
    const text = this.text;
    const pending = this.pending;
    let skipIndex = 0;
    for (let i = from; i < to;) {
      const code = text.codePointAt(i) ?? 0;
      const skip = skips[skipIndex];
      // Fast path: a CJK ideograph outside any skipped mark folds to itself (most of the text).
      if (code >= 0x4e00 && code <= 0x9fff && i >= skipTo && (!skip || i < skip.start)) {
        const simple = this.script === null ? code : this.script(i).charCodeAt(0);
        if (simple === code && pending.breakAt < 0 && !pending.blank && pending.spaceAt < 0) {
          // Nothing to settle before it and no script change: the unit itself, no string made.
          this.pushUnit(code, i, i + 1);
          this.prevUnit = code;
        } else this.emit(this.inScript(String.fromCharCode(code), i), i, i + 1);
        i += 1;
        continue;
      }
      const width = code > 0xffff ? 2 : 1;
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
      i = this.foldAt(i, code, width, from, to);
    }
  }

  /** Folds the character at `i` (code point `code`, `width` units) of the line; returns where the next begins. */
  private foldAt(i: number, code: number, width: number, from: number, to: number): number {
    const text = this.text;
    const ch = String.fromCodePoint(code);
    if (isCombiningMark(text.charCodeAt(i + width))) {
      // A letter typed as base + combining accents (NFD: e + U+0301) reads as its composed form
      // (é), the whole cluster mapping back to the original units: no flag for an encoding.
      let j = i + width;
      while (j < to && isCombiningMark(text.charCodeAt(j))) j += 1;
      this.emit(text.slice(i, j).normalize('NFC'), i, j);
      return j;
    }
    // A soft hyphen is invisible unless a line breaks there: PDF and OCR text keeps it mid-word.
    if (ch === '\u00ad') return i + width;
    if (isSpace(ch)) {
      const pending = this.pending;
      if (pending.spaceAt < 0 && pending.breakAt < 0 && this.n > 0) pending.spaceAt = i;
      return i + width;
    }
    if (ch === '-' && splitsWord(text, i, to)) {
      // A word hyphenated at a line end (OCR of a justified column): the hyphen and break are layout.
      this.pending.hyphen = true;
      return i + width;
    }
    const degree = ch === '°' || ch === 'º' ? degreeSign(text, i, to) : null;
    if (degree) {
      // °C typed as two signs (or OCR's ordinal º) is the one sign ℃; noise in Chinese text only.
      this.emit(degree.out, i, degree.end);
      if (cjkBefore(text, i, from)) this.counts['full-width-punctuation'] += 1;
      return degree.end;
    }
    const run = markRun(text, i, to);
    if (run) {
      // Ellipses and dashes: ... … ……… → ……, — -- → ——; one canonical two-unit form. Two
      // hyphens between English words stay their own mark: -- against — there is a choice an
      // editor settles (the held-out labels count it as punctuation), not a width.
      const end = i + run.length;
      const typed =
        text[i] === '-' &&
        run.out === '——' &&
        !cjkContext(text, i, from, to) &&
        !cjkContext(text, end - 1, from, to);
      this.emit(typed ? '--' : run.out, i, end);
      // A single em dash or ellipsis, or ASCII ... and --, are the norm in English: noise only in Chinese text.
      if (run.noise && cjkContext(text, i, from, to)) this.counts[run.noise] += 1;
      return i + run.length;
    }
    const role = quoteRole(ch);
    if (role) {
      this.settle(ch);
      this.push(this.foldQuote(ch, role, i), i, i + width);
      if (!CANONICAL_QUOTES.has(ch)) this.counts['quote-style'] += 1;
    } else {
      const folded =
        ch === '.' && cjkFullStop(text, i, from, to) ? FULL_STOP : foldChar(this.inScript(ch, i));
      if (folded.kind === 'half-width-punctuation') {
        // Half-width marks in Latin or numeric context (a list "1,000" or English) are not noise.
        if (cjkContext(text, i, from, to)) this.counts['half-width-punctuation'] += 1;
      } else if (folded.kind) this.counts[folded.kind] += 1;
      this.emit(folded.out, i, i + width);
    }
    return i + width;
  }

  /** The character in the simplified script, counting a traditional form as style. */
  private inScript(ch: string, at: number): string {
    if (this.script === null) return ch;
    const simple = this.script(at);
    if (simple === ch) return ch;
    this.counts['traditional-script'] += 1;
    return simple;
  }

  /**
   * True for a mark right after a word's last letter while no single quote is open: the
   * apostrophe of a plural possessive (the growers' co-op), which can close nothing and never
   * opens a quote, whether printed straight or curly.
   */
  private possessiveMark(at: number): boolean {
    // After a digit the mark is a foot (a 6' fence) or a quote's end, as before.
    const before = this.text[at - 1] ?? '0';
    const letter = isLatinLetterOrDigit(before) && (before < '0' || before > '9');
    return !this.singleOpen && letter && !isLatinLetterOrDigit(this.text[at + 1] ?? ' ');
  }

  private foldQuote(
    ch: string,
    role: NonNullable<ReturnType<typeof quoteRole>>,
    at: number,
  ): string {
    const source = this.text;
    switch (role) {
      case 'open-double':
        this.doubleOpen = true;
        return '“';
      case 'close-double':
        this.doubleOpen = false;
        return '”';
      case 'open-single':
      case 'close-single':
        // A curly mark between letters is an apostrophe (We’re, O’Neill), the same as a straight one;
        // so is one after a digit (the 1980’s, OCR's 0’Neill for O’Neill).
        if (/[A-Za-z0-9]/.test(source[at - 1] ?? '') && /[A-Za-z]/.test(source[at + 1] ?? ''))
          return "'";
        if (role === 'close-single' && this.possessiveMark(at)) return "'";
        this.singleOpen = role === 'open-single';
        return this.singleOpen ? '‘' : '’';
      case 'straight-double':
        this.doubleOpen = !this.doubleOpen;
        return this.doubleOpen ? '“' : '”';
      case 'straight-single': {
        // An apostrophe inside an English word (don't), or after a digit before a letter (1980's,
        // OCR's 0'Neill for O'Neill), is not a quote.
        if (/[A-Za-z0-9]/.test(source[at - 1] ?? '') && /[A-Za-z]/.test(source[at + 1] ?? ''))
          return ch;
        if (this.possessiveMark(at)) return "'";
        this.singleOpen = !this.singleOpen;
        return this.singleOpen ? '‘' : '’';
      }
    }
  }
}
