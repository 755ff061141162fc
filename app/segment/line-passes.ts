/**
 * Line passes of page segmentation: what a line is, read from the lines around it before lines
 * become blocks (a caption's chunk, running heads and a masthead's tail, broken English
 * headlines, the lead under a dateline). Each pass rewrites the lines' shapes in place.
 */
import { endsSentence, visibleLength } from './classify-line';
import type { Line } from './read-lines';
import { latinTitleFits } from './latin-lines';
import { isRunningHead } from './page-furniture';
import { HAN, hanRegExp } from '../lexicon/characters';

/**
 * Applies chunk context: the lines of a short chunk that holds a photo credit are all caption
 * (the sentence above 新华社发 describes the photo), and the lines under a notice heading in the
 * same chunk are the notice's body.
 */
export function applyChunkContext(lines: Line[]): void {
  // Four lines: headline sentence, 图为…, credit, and one spare; longer chunks are body text.
  const CAPTION_CHUNK_MAX = 4;
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && lines[j]?.chunk === lines[i]?.chunk) j++;
    const chunk = lines.slice(i, j);
    if (
      chunk.length > 1 &&
      chunk.length <= CAPTION_CHUNK_MAX &&
      chunk.some((l) => l.shape.kind === 'caption')
    ) {
      for (const l of chunk)
        if (l.shape.kind !== 'continuation' && l.level === undefined) l.shape = { kind: 'caption' };
    }
    const head = chunk.findIndex((l) => l.shape.noticeHead === true);
    if (head >= 0) {
      // A notice is a heading and a few lines: pages without blank lines put the next story in
      // the same chunk, and a headline, byline or dateline starts it.
      const NOTICE_BODY_MAX = 4;
      for (const l of chunk.slice(head, head + 1 + NOTICE_BODY_MAX)) {
        if (l.level !== undefined) break; // a Markdown heading starts something else
        if (
          l !== chunk[head] &&
          ['title', 'subtitle', 'byline', 'dateline', 'continuation'].includes(l.shape.kind)
        )
          break;
        l.shape = { kind: 'notice' };
      }
    }
    i = j;
  }
}

/**
 * The lines above the page's first headline or paragraph are where mastheads and running heads
 * stand: there a date, a page marker or a section name in a multi-field line marks furniture
 * (滨海日报 2026年3月6日 第4版 国内新闻), which elsewhere could be a headline. A masthead printed
 * over two lines puts the paper's name alone above the date line: a short line above a running
 * head at the top is that name.
 */
export function markRunningHeads(lines: Line[]): void {
  // Mastheads take at most three lines (name, date line, section line); below that is content.
  const TOP_LINES = 3;
  // A paper's name: 江城晚报, THE COAST COURIER. Longer lines are headlines.
  const NAME_MAX = 16;
  const top = lines.slice(0, TOP_LINES);
  let lastHead = -1;
  for (let i = 0; i < top.length; i++) {
    const line = top[i] as Line;
    if (line.shape.kind === 'continuation') break; // 上接01版: a continued story starts here
    if (line.shape.kind === 'furniture' || isRunningHead(line.text, true)) lastHead = i;
  }
  for (let i = 0; i < lastHead; i++) {
    const line = top[i] as Line;
    const short = line.text.replace(/\s/gu, '').length <= NAME_MAX && !endsSentence(line.text);
    if (!short && !isRunningHead(line.text, true) && line.shape.kind !== 'furniture') return;
  }
  for (let i = 0; i <= lastHead; i++) (top[i] as Line).shape = { kind: 'furniture' };
  // A name and a date line at least: a masthead, not a lone date above a headline.
  if (lastHead >= 1) markMastheadTail(lines, lastHead);
}

/**
 * A masthead is one chunk: under its date line, up to the blank line that ends it, a paper sets
 * more fields of its own, each a short line with a number in it (a lunar date 农历丙午年二月十五,
 * the day's page count 今日12版, an issue number). They are furniture when every line left in the
 * chunk has that shape; a headline set right under the date line is longer, or has the story's
 * text under it in the same chunk.
 */
function markMastheadTail(lines: Line[], lastHead: number): void {
  // A masthead's extra fields: two or three short lines at most (lunar date, page count, issue).
  const TAIL_MAX = 3;
  // A field is ten characters at most (农历丙午年二月十五 is nine); headlines run longer.
  const FIELD_MAX = 10;
  const chunk = lines[lastHead]?.chunk;
  const tail: Line[] = [];
  for (let i = lastHead + 1; i < lines.length && lines[i]?.chunk === chunk; i++)
    tail.push(lines[i] as Line);
  if (tail.length === 0 || tail.length > TAIL_MAX) return;
  const numbered = (l: Line): boolean =>
    l.level === undefined &&
    visibleLength(l.text) <= FIELD_MAX &&
    !endsSentence(l.text) &&
    /[\p{Nd}〇一二三四五六七八九十廿卅百千]/u.test(l.text);
  if (tail.every(numbered)) for (const l of tail) l.shape = { kind: 'furniture' };
}

/**
 * An English line taken for a headline whose next line starts with a small letter is the first
 * half of a sentence a column broke (an hour earlier / than now …), so it is body text.
 */
export function demoteBrokenLatinHeadlines(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1] as Line;
    if (line.shape.kind !== 'title' || line.level !== undefined || next.shape.kind !== 'paragraph')
      continue;
    if (!/^\p{Ll}/u.test(next.text) || !/\p{Script=Latin}/u.test(line.text)) continue;
    if (isHeadlineSecondLine(line, next, lines[i + 2])) next.shape = { kind: 'title' };
    else line.shape = { kind: 'paragraph' };
  }
}

/**
 * The line right under a story's dateline line (a dateline under a headline or byline, or one
 * that opens by its shape) in the same chunk is the lead's first printed line, however short:
 * a story's text follows its dateline, never another headline. OCR ends every printed line, so a
 * narrow column's lead reads as a run of headline-shaped lines (眼下正值春耕备耕关键时节，在安徽省).
 * After a closing dateline (（新华社杭州3月12日电） under body text) a headline may well follow.
 */
export function readLeadUnderDateline(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1] as Line;
    if (
      line.shape.kind !== 'dateline' ||
      next.shape.kind !== 'title' ||
      next.level !== undefined ||
      next.chunk !== line.chunk
    )
      continue;
    const above = lines[i - 1]?.shape.kind;
    if (
      line.shape.closesStory === true &&
      above !== 'title' &&
      above !== 'subtitle' &&
      above !== 'byline'
    )
      continue;
    next.shape = { kind: 'paragraph' };
  }
}

/**
 * True when a small-letter line under an English headline line is the headline's second line
 * (Fine-free library / gets its books back), not the rest of a sentence a column broke: it stops
 * without final punctuation, the two fit one headline, and the line ends its chunk (text that
 * goes on in the same chunk is a paragraph's next line).
 */
function isHeadlineSecondLine(line: Line, next: Line, after: Line | undefined): boolean {
  if (endsSentence(next.text) || !latinTitleFits(`${line.text} ${next.text}`)) return false;
  return after === undefined || after.chunk !== next.chunk;
}

/** A line that is one quotation as a whole: “…”, "…", 「…」. */
const WHOLE_QUOTE = /^[“"「『][^“”"「」『』]{4,200}[”"」』]$/u;

/**
 * A speaker's name under a pull quote: a dash and a name of up to five capitalised words
 * (— Renata Vallejo-Brandt) or two to four ideographs (——乔春兰). A deck says more (——记一位…).
 */
const ATTRIBUTION = hanRegExp(
  String.raw`^[—–-]{1,2}\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}|[${HAN}]{2,4})$`,
);

/**
 * A pull quote: a quotation alone on its line with its speaker's name on the next, in one chunk.
 * Papers set it between a story's paragraphs, repeating a sentence of the story: it is the page's,
 * like a caption, not the story's text.
 */
export function markPullQuotes(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1] as Line;
    if (line.chunk !== next.chunk || line.level !== undefined || next.level !== undefined) continue;
    if (!WHOLE_QUOTE.test(line.text.trim()) || !ATTRIBUTION.test(next.text.trim())) continue;
    line.shape = { kind: 'note' };
    next.shape = { kind: 'note' };
  }
}
