/**
 * Hard-wrapped pages: OCR (and some exports) end every printed line with a line break and set a
 * blank line between paragraphs. There a line break inside a chunk is a wrap, even after a full
 * stop, and a chunk's first printed line is no headline for lacking final punctuation. Told by
 * the page's own habit, not by any one line: most of its multi-line chunks of body text break
 * their lines mid-sentence.
 */
import { endsSentence, visibleLength } from './classify-line';
import type { Line } from './read-lines';

/** Multi-line body chunks a page needs before its habit says anything. */
const MIN_WRAPPED_CHUNKS = 3;

/** Share of the multi-line body chunks that must break only mid-sentence. */
const WRAPPED_SHARE = 2 / 3;

/**
 * A first line at least this share of the chunk's longest other line is a full printed line of
 * the column, not a headline (headlines are set shorter than the measure, or apart).
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

/**
 * On a hard-wrapped page, the first line of a body chunk that looks like a headline only because
 * the wrap left it without final punctuation is body text: it is as long as the chunk's other
 * printed lines, and the line under it goes on without opening a story.
 */
export function demoteWrappedFirstLines(lines: readonly Line[]): void {
  if (!wrapsInsideChunks(lines)) return;
  for (const chunk of chunksOf(lines)) {
    const [first, next] = chunk;
    if (
      first === undefined ||
      next === undefined ||
      first.shape.kind !== 'title' ||
      !chunk.every(bodyLike)
    )
      continue;
    if (next.shape.opensStory === true || next.shape.kind !== 'paragraph') continue;
    const longest = Math.max(...chunk.slice(1).map((l) => visibleLength(l.text)));
    if (visibleLength(first.text) >= FULL_LINE * longest) first.shape = { kind: 'paragraph' };
  }
}
