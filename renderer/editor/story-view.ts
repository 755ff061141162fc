/**
 * A pane's text for one story: the variant's spans of the story joined in reading order, with a
 * map between the variant's file offsets (what flags carry) and offsets in the pane's model.
 * Pure: no Monaco here, so it is unit-tested in Node.
 */
import type { Span } from '../../app/model/types';

/** One span of the file placed in the pane text. */
interface Segment {
  readonly fileStart: number;
  readonly fileEnd: number;
  readonly viewStart: number;
}

/** The pane text of one variant's story and its offset map. */
export interface StoryView {
  readonly text: string;
  /**
   * File offset → pane offset; offsets between or outside spans clamp to the nearest span edge.
   * `edge` says whether the offset starts or ends a range (they differ where the pane inserts text).
   */
  toView(fileOffset: number, edge?: 'start' | 'end'): number;
  /** Pane offset → file offset; an offset in a separator maps to the end of the span before it. */
  toFile(viewOffset: number): number;
}

/** Between two spans of a split story (上接/转 pages): a blank line, so a page break reads as one. */
export const SPAN_SEPARATOR = '\n\n';

/** Builds the pane text of a variant for a story from its spans (any order; sorted by start). */
export function buildStoryView(fileText: string, spans: readonly Span[]): StoryView {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const span of ordered) {
    if (segments.length > 0) {
      parts.push(SPAN_SEPARATOR);
      length += SPAN_SEPARATOR.length;
    }
    const start = Math.max(0, Math.min(span.start, fileText.length));
    const end = Math.max(start, Math.min(span.end, fileText.length));
    segments.push({ fileStart: start, fileEnd: end, viewStart: length });
    parts.push(fileText.slice(start, end));
    length += end - start;
  }
  const text = parts.join('');
  return {
    text,
    toView: (fileOffset) => {
      let best = 0;
      for (const seg of segments) {
        if (fileOffset < seg.fileStart) return seg === segments[0] ? seg.viewStart : best;
        if (fileOffset <= seg.fileEnd) return seg.viewStart + (fileOffset - seg.fileStart);
        best = seg.viewStart + (seg.fileEnd - seg.fileStart);
      }
      return best;
    },
    toFile: (viewOffset) => {
      let last = 0;
      for (const seg of segments) {
        const segEnd = seg.viewStart + (seg.fileEnd - seg.fileStart);
        if (viewOffset < seg.viewStart) return last;
        if (viewOffset <= segEnd) return seg.fileStart + (viewOffset - seg.viewStart);
        last = seg.fileEnd;
      }
      return last;
    },
  };
}
