/**
 * Segments a newspaper page into blocks with their original offsets: paragraphs (rejoined across
 * column breaks), titles, bylines, datelines, captions, notices, page furniture and continuation
 * marks. Pure and linear in the length of the page.
 */
import type { Block, BlockKind, SegmentedPage } from './block-types';
import { endsSentence, isPointer, TITLE_MAX, visibleLength } from './classify-line';
import { readLines, type Line, type LineShapes } from './read-lines';
import { demoteWrappedLines, undoWrapsAtCredits, wrapsInsideChunks } from './hard-wraps';
import { isLatinLine, latinTitleFits } from './latin-lines';
import {
  applyChunkContext,
  demoteBrokenLatinHeadlines,
  markPullQuotes,
  markRunningHeads,
  readLeadUnderDateline,
} from './line-passes';

/**
 * True when a line may carry on the sentence a previous line left open: a paragraph line, or a
 * short line that only looks like a headline (no final punctuation) but follows the open line
 * without a blank line between them. OCR ends every printed line with a line break, so the tail
 * of a sentence (个典型应用场景，聚力创建国家人工智能) is a short line of its own; a headline is set
 * apart by a blank line, or follows a finished sentence.
 */
function continuesSentence(previous: Line, next: Line): boolean {
  if (next.level !== undefined || next.shape.opensStory === true) return false;
  if (next.shape.kind === 'paragraph') return true;
  return (
    next.shape.kind === 'title' && next.chunk === previous.chunk && previous.level === undefined
  );
}

/**
 * Segments one page. Adjacent lines of the same kind are not merged except paragraphs: a
 * paragraph line that ends without sentence-final punctuation is joined with the paragraph line
 * after it (a column or page break cut the sentence), whether or not a blank line separates them.
 * `known`: the shapes of lines already read in the same run (read-lines.ts), shared by the pages.
 */
export function segmentPage(text: string, known?: LineShapes): SegmentedPage {
  const lines = readLines(text, known);
  markRunningHeads(lines);
  demoteBrokenLatinHeadlines(lines);
  readLeadUnderDateline(lines);
  undoWrapsAtCredits(lines);
  applyChunkContext(lines);
  markPullQuotes(lines);
  demoteWrappedLines(lines);
  // On a hard-wrapped page a break inside a chunk is a wrap even after a full stop.
  const wraps = wrapsInsideChunks(lines);
  const wrapped = (last: Line, next: Line): boolean =>
    wraps &&
    next.chunk === last.chunk &&
    next.shape.kind === 'paragraph' &&
    next.shape.opensStory !== true;
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    const kind: BlockKind = line.shape.kind;
    let end = line.end;
    let last = line;
    let j = i + 1;
    if (kind === 'paragraph') {
      while (
        j < lines.length &&
        ((!endsSentence(last.text) && continuesSentence(last, lines[j] as Line)) ||
          wrapped(last, lines[j] as Line))
      ) {
        last = lines[j] as Line;
        end = last.end;
        j++;
      }
    } else if (kind === 'caption' || kind === 'notice') {
      // A caption or a notice written over several lines of one chunk is one block.
      while (j < lines.length && lines[j]?.chunk === line.chunk && lines[j]?.shape.kind === kind) {
        end = (lines[j] as Line).end;
        j++;
      }
    }
    blocks.push(makeBlock(line, end));
    i = j;
  }
  return {
    text,
    blocks: markTeasers(
      text,
      demoteLastLine(
        checkPageNumbers(text, promoteHeadlines(text, headNotices(placeDatelines(text, blocks)))),
      ),
    ),
  };
}

/**
 * Headline-shaped lines right above a notice are the notice's own: an advertisement's name and
 * slogan over its hotline (金秋装饰 旧房翻新一站式服务 / 咨询热线：…). A story's headline is
 * followed by its text, never by a notice; taken for a subhead, the slogan would stay inside the
 * story an advertisement interrupts. Markdown headings are the writer's own marks and stay.
 */
function headNotices(blocks: Block[]): Block[] {
  const out = [...blocks];
  for (let i = out.length - 2; i >= 0; i--) {
    const block = out[i] as Block;
    const next = out[i + 1] as Block;
    if (
      next.kind !== 'notice' ||
      (block.kind !== 'title' && block.kind !== 'subtitle') ||
      block.level !== undefined
    )
      continue;
    out.splice(i, 2, { kind: 'notice', start: block.start, end: next.end });
  }
  return out;
}

/**
 * A bare dateline line (新华社北京1月25日电, no brackets) opens the story when a headline or byline
 * stands before it and body text follows; after body text it closes the story above. A dateline
 * that looks closing (据新华社呼和浩特1月25日电（记者 贺书琛）, whose text OCR broke onto the next line)
 * opens the story all the same when a headline stands right above it and body text follows: there
 * is no story above it to close.
 */
function placeDatelines(text: string, blocks: Block[]): Block[] {
  return blocks.map((block, i) => {
    if (block.kind !== 'dateline') return block;
    const before = blocks[i - 1];
    if (block.closesStory === true) {
      const after = blocks[i + 1];
      const underHeadline =
        before !== undefined &&
        (before.kind === 'title' || before.kind === 'subtitle' || before.kind === 'byline');
      if (
        !underHeadline ||
        !(after?.kind === 'paragraph' || isBrokenFirstLine(text, after, blocks[i + 2]))
      )
        return block;
      const { closesStory: _closes, ...opening } = block;
      return opening;
    }
    if (before !== undefined && before.kind === 'paragraph') return { ...block, closesStory: true };
    return block;
  });
}

/**
 * True when `block` is a title only because OCR ended a printed line there: a short line of the
 * body that runs on, without a blank line, into more body text (清晨六点，…“暖心驿站”已 / 经亮起灯。).
 */
function isBrokenFirstLine(
  text: string,
  block: Block | undefined,
  next: Block | undefined,
): boolean {
  if (block?.kind !== 'title' || block.level !== undefined || next === undefined) return false;
  if (next.kind !== 'paragraph' && next.kind !== 'title') return false;
  return !/\n[^\S\n]*\r?\n/u.test(text.slice(block.end, next.start));
}

function makeBlock(line: Line, end: number): Block {
  const { kind, direction, opensStory, closesStory } = line.shape;
  return {
    kind,
    start: line.start,
    end,
    ...(line.level !== undefined ? { level: line.level } : {}),
    ...(direction !== undefined ? { direction } : {}),
    ...(opensStory === true ? { opensStory } : {}),
    ...(closesStory === true ? { closesStory } : {}),
  };
}

/**
 * A line without final punctuation right above a byline or a deck is a headline even when it is
 * long or carries enumeration commas (2026年如何提振消费、稳定外贸…？国新办这场发布会回应关切).
 * So is one right above a dateline lead (本报讯…, ANCHORAGE, Alaska (AP) —) when it stands apart,
 * as a headline OCR wrapped after its comma does (Strong Earthquake Shakes Southern Alaska, / No
 * Tsunami Threat): the unfinished text cannot run on into another story's opening.
 */
function promoteHeadlines(text: string, blocks: Block[]): Block[] {
  // Long two-part headlines run to 60 characters; body paragraphs above a byline are rarer than that.
  const HEADLINE_MAX = 60;
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (block.kind !== 'paragraph' || next === undefined) return block;
    const lead =
      next.kind === 'paragraph' &&
      next.opensStory === true &&
      standsApart(text, blocks[i - 1], block, next);
    if (next.kind !== 'byline' && next.kind !== 'subtitle' && !lead) return block;
    if (
      lead &&
      (endsSentence(text.slice(block.start, block.end)) ||
        !titleLength(text.slice(block.start, block.end)))
    )
      return block;
    // A headline never ends with a full stop: that is a story's last sentence above the next byline.
    if (/[。.]$/u.test(text.slice(block.start, block.end))) return block;
    if (!lead && block.end - block.start > HEADLINE_MAX) return block;
    return { kind: 'title', start: block.start, end: block.end };
  });
}

/** Blank lines above and below `block` (or the page's start above it). */
function standsApart(text: string, before: Block | undefined, block: Block, after: Block): boolean {
  const blank = /\n[^\S\n]*\r?\n/u;
  return (
    (before === undefined || blank.test(text.slice(before.end, block.start))) &&
    blank.test(text.slice(block.end, after.start))
  );
}

/** True when a block's text is as long as a headline at most: words for English, characters for Chinese. */
function titleLength(blockText: string): boolean {
  const flat = blockText.replace(/\s+/gu, ' ');
  return isLatinLine(flat) ? latinTitleFits(flat) : visibleLength(flat) <= TITLE_MAX;
}

/**
 * A short line that ends the page right after body text is the start of a sentence the page cut
 * off (OCR and page breaks do this), not a headline with nothing under it.
 */
function demoteLastLine(blocks: Block[]): Block[] {
  const last = blocks[blocks.length - 1];
  const before = blocks[blocks.length - 2];
  if (last?.kind !== 'title' || last.level !== undefined || before?.kind !== 'paragraph')
    return blocks;
  return [...blocks.slice(0, -1), { kind: 'paragraph', start: last.start, end: last.end }];
}

/**
 * A bare number is a page number only at the top of the page or beside other furniture (the
 * date header, 责任编辑); elsewhere it is more likely a number cut off by a line break.
 */
function checkPageNumbers(text: string, blocks: Block[]): Block[] {
  return blocks.map((block, i) => {
    if (block.kind !== 'furniture' || !/^\d+$/u.test(text.slice(block.start, block.end)) || i === 0)
      return block;
    if (blocks[i - 1]?.kind === 'furniture' || blocks[i + 1]?.kind === 'furniture') return block;
    return { kind: 'paragraph', start: block.start, end: block.end };
  });
}

/**
 * The paragraph right above a pointer (详见第3版) is a teaser (导读) that repeats the lead of a story
 * printed elsewhere: a note, like the pointer, and no text of the story or of one of its own.
 */
function markTeasers(text: string, blocks: Block[]): Block[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (
      block.kind !== 'paragraph' ||
      next?.kind !== 'note' ||
      !isPointer(text.slice(next.start, next.end))
    )
      return block;
    return { kind: 'note', start: block.start, end: block.end };
  });
}
