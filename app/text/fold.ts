/**
 * Style folding: the comparison view of a variant. Width, quote style, white space, line wraps,
 * heading marks, byline bullets and continuation marks are folded away so that only real
 * discrepancies remain; every folded code unit remembers where it came from, so any folded range
 * maps back to an exact range of the original text.
 */
import { bracketedMarks, isJumpSlug, lineMark } from './continuation-marks';
import type { StyleKind } from '../model/types';
import { Folder, type TextRange } from './fold-state';
import { simplifiedLookup } from './script-fold';
import { LATIN_BYLINE } from '../segment/latin-lines';
import { isWireServiceLine } from '../segment/outlet-lines';

export type { TextRange } from './fold-state';

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

/** Markdown heading marks at line start: "# ", "### ". */
const HEADING = /^\s*#{1,6}[ \t\u3000]*/u;

/** Byline and list bullets at line start: ■新华社记者, ● 本报讯. */
const BULLET = /^\s*[■●◆▲★□○◇◎▶►•·][ \t\u3000]*/u;

/** Paragraph indent at line start: an ideographic space, or two or more ASCII spaces or a tab. */
const PARAGRAPH_INDENT = /^(?:\u3000|[ \t]{2,}|\t)[ \t\u3000]*\S/u;

/**
 * Folds `text` (or only the given ranges of it, concatenated in order) to its comparison form.
 * A boundary between two ranges behaves like a line wrap: a story split across pages continues
 * mid-sentence. Unless the text left out between them stood between blank lines after a finished
 * sentence (a photo line or an ad set between two paragraphs): that is a paragraph break, even
 * where the stop ('.') alone would not say so.
 */
export function foldText(text: string, ranges?: readonly TextRange[]): FoldedText {
  const parts = ranges ?? [{ start: 0, end: text.length }];
  const counts = emptyStyleCounts();
  const folder = new Folder(text, counts);
  const pending = folder.pending;
  let previousEnd = -1;
  for (const part of parts) {
    if (previousEnd >= 0 && folder.n > 0 && gapIsParagraphBreak(text, previousEnd, part.start))
      pending.blank = true;
    previousEnd = part.end;
    folder.script = simplifiedLookup(text, part.start, part.end);
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
      const marks = lineMarks(text, lineStart, contentEnd, counts, nextLine(text, lineEnd));
      if (marks !== null) folder.foldLine(lineStart, contentEnd, marks.skipTo, marks.skips);
      if (lineEnd < part.end) {
        // A line break: decided at the next folded char (blank line or sentence end → paragraph).
        if (pending.breakAt >= 0 && text.slice(lineStart, contentEnd).trim().length === 0)
          pending.blank = true;
        if (pending.breakAt < 0) pending.breakAt = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    if (pending.breakAt < 0 && folder.n > 0) pending.breakAt = part.end;
  }
  return { ...folder.output(), styleCounts: counts, origin: parts[0]?.start ?? 0 };
}

/** What may close a paragraph's last sentence: a stop, then closing quotes or brackets. */
const PARAGRAPH_CLOSE = /[.!?。！？…;；][”’"'」』）)]*$/u;

/**
 * True when the text left out between two ranges, `end` to `start`, holds a blank line and the
 * text before it closes a sentence: the ranges are two paragraphs.
 */
function gapIsParagraphBreak(text: string, end: number, start: number): boolean {
  if (start <= end || !/\n[^\S\n]*\r?\n/u.test(text.slice(end, start))) return false;
  return PARAGRAPH_CLOSE.test(text.slice(Math.max(0, end - 8), end).trimEnd());
}

/** The line after the line break at `at` (undefined at the end of the text). */
function nextLine(text: string, at: number): string | undefined {
  if (at >= text.length) return undefined;
  const end = text.indexOf('\n', at + 1);
  return text.slice(at + 1, end < 0 ? text.length : end);
}

/**
 * What of the line `from`..`to` is not text: the heading mark or bullet it opens with (folding
 * starts at `skipTo`) and the continuation marks in brackets inside it (`skips`), each counted.
 * Null for a blank line, or one that is a continuation mark as a whole.
 */
function lineMarks(
  text: string,
  from: number,
  to: number,
  counts: Record<StyleKind, number>,
  next: string | undefined,
): { skipTo: number; skips: TextRange[] } | null {
  let line = text.slice(from, to);
  if (line.trim().length === 0) return null;
  // A line that is a mark as a whole (下转第4版, See BUDGET, Page A9), or the slug set over one
  // (FERRY / From Page A1), is the page's, not text.
  if (lineMark(line) !== undefined || isJumpSlug(line, next)) {
    counts['continuation-marks'] += 1;
    return null;
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
  // Marks in brackets inside the line ((上接01版) …, (完)) are skipped, each counted.
  const skips: TextRange[] = bracketedMarks(text.slice(skipTo, to)).map((m) => ({
    start: skipTo + m.start,
    end: skipTo + m.end,
  }));
  counts['continuation-marks'] += skips.length;
  const credit = LATIN_BYLINE.test(line.trim()) ? wireCredit(line) : undefined;
  if (credit !== undefined) skips.push({ start: skipTo + credit, end: to });
  return { skipTo, skips };
}

/**
 * Where the wire credit a byline ends with begins (By Jane Roe, Associated Press / By Jane Roe |
 * AP: at the separator), or undefined when it names no wire service. Papers set the credit on the
 * byline's line, on a line of its own (page furniture) or not at all: the choice is the page's
 * style, never a difference of the story.
 */
function wireCredit(line: string): number | undefined {
  const m = /\s*[,|/—–-]\s*([^,|/—–]+?)\s*$/u.exec(line);
  return m && isWireServiceLine(m[1] ?? '') ? m.index : undefined;
}

/** Where `text` has continuation or end marks in brackets (for applying the style note to a text). */
export { bracketedMarks } from './continuation-marks';

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
