/**
 * Hard-wrapped pages: OCR (and some exports) end every printed line with a line break and set a
 * blank line between paragraphs. There a line break inside a chunk is a wrap, even after a full
 * stop, and a chunk's first printed line is no headline for lacking final punctuation. Told by
 * the page's own habit, not by any one line: most of its multi-line chunks of body text break
 * their lines mid-sentence.
 */
import { classifyLine, endsSentence, visibleLength } from './classify-line';
import type { Line } from './read-lines';

/** Multi-line body chunks a page needs before its habit says anything. */
const MIN_WRAPPED_CHUNKS = 3;

/** Share of the multi-line body chunks that must break only mid-sentence. */
const WRAPPED_SHARE = 2 / 3;

/**
 * A line at least this share of its column's printed width (columnWidth) is a full printed line
 * of the column, not a headline (headlines are set shorter than the measure, or apart).
 */
const FULL_LINE = 0.8;

/** The lines of each chunk, in order. */
function chunksOf(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0]?.chunk === line.chunk) last.push(line);
    else out.push([line]);
  }
  return out;
}

/** A line of body text or one only headline-shaped: no Markdown heading, no mark of its own. */
function bodyLike(line: Line): boolean {
  return (
    line.level === undefined && (line.shape.kind === 'paragraph' || line.shape.kind === 'title')
  );
}

/** True when the page sets paragraphs apart by blank lines and wraps its printed lines inside them. */
export function wrapsInsideChunks(lines: readonly Line[]): boolean {
  const body = chunksOf(lines).filter(
    (chunk) =>
      chunk.length >= 2 && chunk.every(bodyLike) && chunk.some((l) => l.shape.kind === 'paragraph'),
  );
  if (body.length < MIN_WRAPPED_CHUNKS) return false;
  const wrapped = body.filter((chunk) => chunk.slice(0, -1).every((l) => !endsSentence(l.text)));
  return wrapped.length >= WRAPPED_SHARE * body.length;
}

/** The middle value of a non-empty list of lengths (the upper middle for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The printed width of a chunk's column as seen from one of its lines: the median length of the
 * chunk's other lines that wrapped (all but the last, which a paragraph ends short or, in OCR,
 * runs on unwrapped), or the longest other line when there is no such line.
 */
function columnWidth(chunk: readonly Line[], k: number): number {
  const others = chunk.filter((_, i) => i !== k);
  const wrapped = chunk.slice(0, -1).filter((_, i) => i !== k);
  const lengths = (wrapped.length > 0 ? wrapped : others).map((l) => visibleLength(l.text));
  return wrapped.length > 0 ? median(lengths) : Math.max(...lengths);
}

/**
 * On a hard-wrapped page, a printed line of a body chunk that looks like a headline only because
 * the wrap left it without final punctuation is body text: the column goes on under it in the
 * same chunk without opening a story, and it is as wide as the chunk's other printed lines. That
 * holds for the chunk's first line and for lines further down (在安置点，村支部书记正挨个核对名 /
 * 单。“一个都不能落下。”她说，/ …, where OCR left a short line or two before one long one). A
 * chunk of headline lines alone (a headline over two lines) has no body text and stays.
 */
export function demoteWrappedLines(lines: readonly Line[]): void {
  if (!wrapsInsideChunks(lines)) return;
  for (const chunk of chunksOf(lines)) {
    if (!chunk.every(bodyLike) || !chunk.some((l) => l.shape.kind === 'paragraph')) continue;
    for (let k = 0; k + 1 < chunk.length; k++) {
      const line = chunk[k] as Line;
      const next = chunk[k + 1] as Line;
      if (line.shape.kind !== 'title' || next.shape.opensStory === true) continue;
      if (visibleLength(line.text) >= FULL_LINE * columnWidth(chunk, k))
        line.shape = { kind: 'paragraph' };
    }
  }
}

/**
 * A photo credit ends its line on 摄 after a name set apart (新华社记者 李贺 摄, 本报记者李明摄).
 * A 摄 that a hard wrap left at a line's end inside running text (零下二十八摄 / 氏度, …摄 / 影师)
 * is the first character of a word the next line finishes, not a credit.
 */
const CREDIT_BEFORE_END = /(?:[\s\u3000]|记者|通讯员|摄影)\S{0,5}摄$/u;

/**
 * On a hard-wrapped page, a line of running text that the wrap ends on 摄 is read as it would be
 * without that character, when the next line of its chunk goes on as body text: a caption is a
 * chunk of its own or ends its chunk with the credit, and text running on under it is the
 * paragraph it was cut from. Without this the lead of an OCR story wrapped at 摄氏度 became a
 * caption and fell out of the story.
 */
export function undoWrapsAtCredits(lines: Line[]): void {
  if (!wrapsInsideChunks(lines)) return;
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k] as Line;
    const next = lines[k + 1] as Line;
    if (line.shape.kind !== 'caption' || next.chunk !== line.chunk || !bodyLike(next)) continue;
    if (!line.text.endsWith('摄') || CREDIT_BEFORE_END.test(line.text)) continue;
    const shape = classifyLine(line.text.slice(0, -1), line.level);
    if (shape.kind !== 'caption') line.shape = shape;
  }
}
