/**
 * The lines of a page as the segmenter reads them: trimmed, non-blank, numbered by chunk (a run
 * of lines without a blank line between), with Markdown heading levels and each line's shape on
 * its own (classify-line.ts); a line printing two headlines side by side is split in two.
 */
import { classifyLine, COLUMN_GAP, type LineShape } from './classify-line';
import { isRunningHead } from './page-furniture';

/** One non-blank line, trimmed, with its shape. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly level: number | undefined;
  /** Index of the chunk (run of lines without a blank line between them). */
  readonly chunk: number;
  shape: LineShape;
}

const SPACE = /[\s\u3000\u00a0\ufeff]/u;

/**
 * The shapes of lines already read in one run, by heading level and text: a day's pages print
 * most lines identically on many pages (3,510 distinct of 14,698 on a generated day of 150), and
 * classifyLine, which depends on nothing else, was two thirds of segmenting them. Made by the
 * caller for one run (compareVariants, a CLI thread), never kept between runs.
 */
export type LineShapes = Map<string, LineShape>;

/** classifyLine, answered from `known` when the run has read the same line before. */
function shapeOf(line: string, level: number | undefined, known?: LineShapes): LineShape {
  if (known === undefined) return classifyLine(line, level);
  // A line holds no line break: the level before one keeps two levels' keys apart.
  const key = `${level ?? ''}\n${line}`;
  let shape = known.get(key);
  if (shape === undefined) {
    shape = classifyLine(line, level);
    known.set(key, shape);
  }
  return shape;
}

/** Splits the page into trimmed non-blank lines, noting Markdown heading levels. */
export function readLines(text: string, known?: LineShapes): Line[] {
  const lines: Line[] = [];
  let chunk = 0;
  let lastWasBlank = true;
  let pos = 0;
  while (pos <= text.length) {
    // By code unit: text[eol] makes a string of every Chinese character it passes.
    let eol = pos;
    while (eol < text.length) {
      const unit = text.charCodeAt(eol);
      if (unit === 10 || unit === 13) break; // \n, \r
      eol++;
    }
    let s = pos;
    let e = eol;
    while (s < e && SPACE.test(text[s] ?? '')) s++;
    while (e > s && SPACE.test(text[e - 1] ?? '')) e--;
    let level: number | undefined;
    const hashes = /^#{1,6}(?=[ \t\u3000])/u.exec(text.slice(s, Math.min(e, s + 8)));
    if (hashes) {
      level = hashes[0].length;
      s += level;
      while (s < e && SPACE.test(text[s] ?? '')) s++;
    }
    if (s < e) {
      if (lastWasBlank) chunk++;
      const body = text.slice(s, e);
      const shape = shapeOf(body, level, known);
      // A masthead spaces its name, date and page apart the same way: it stays one line.
      const pieces =
        shape.kind === 'title' && level === undefined && !isRunningHead(body, true)
          ? sideBySide(body, s, known)
          : [];
      if (pieces.length > 1) for (const piece of pieces) lines.push({ ...piece, level, chunk });
      else lines.push({ start: s, end: e, text: body, level, chunk, shape });
      lastWasBlank = false;
    } else {
      lastWasBlank = true;
    }
    if (eol >= text.length) break;
    pos = text[eol] === '\r' && text[eol + 1] === '\n' ? eol + 2 : eol + 1;
  }
  return lines;
}

/**
 * The headlines of a line that prints two or more side by side (two columns' headlines), each
 * with its offsets; empty unless every piece is headline-shaped on its own.
 */
function sideBySide(
  body: string,
  offset: number,
  known: LineShapes | undefined,
): { start: number; end: number; text: string; shape: LineShape }[] {
  const pieces: { start: number; end: number; text: string; shape: LineShape }[] = [];
  let from = 0;
  for (const gap of [...body.matchAll(COLUMN_GAP), null]) {
    const to = gap === null ? body.length : gap.index;
    const text = body.slice(from, to);
    const shape = shapeOf(text, undefined, known);
    if (shape.kind !== 'title') return [];
    pieces.push({ start: offset + from, end: offset + to, text, shape });
    if (gap !== null) from = gap.index + gap[0].length;
  }
  return pieces;
}
