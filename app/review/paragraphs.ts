/**
 * The canonical draft's paragraphs (a run of text between line breaks; news text carries one
 * paragraph per line) and the flags in each, as the flag list groups them.
 */
import type { Flag } from '../model/types';
import type { StoryReview } from './types';
import { upperBound } from '../model/binary-search';

/** Flags of one paragraph of the canonical draft. */
export interface ParagraphGroup {
  /** 1-based paragraph number in the canonical draft. */
  readonly paragraph: number;
  /** 1-based line of the canonical where the paragraph starts, as the editor numbers lines (0: none). */
  readonly line: number;
  readonly flags: readonly Flag[];
}

/**
 * Groups flags by the canonical paragraph their anchor lies in (a paragraph is a run of text
 * between line breaks; news text carries one paragraph per line). Flags without an anchor go
 * into paragraph 0, listed first.
 */
export function groupByParagraph(
  flags: readonly Flag[],
  review: StoryReview | undefined,
): ParagraphGroup[] {
  const text = review?.canonical ?? '';
  const starts = paragraphStarts(text);
  const anchorOf = new Map(review?.anchors.map((a) => [a.flagId, a]) ?? []);
  const groups: { paragraph: number; line: number; flags: Flag[] }[] = [];
  for (const flag of flags) {
    const anchor = anchorOf.get(flag.id);
    const paragraph = anchor ? paragraphAt(starts, anchor.start) : 0;
    const last = groups[groups.length - 1];
    if (last && last.paragraph === paragraph) last.flags.push(flag);
    else
      groups.push({
        paragraph,
        line: paragraph > 0 ? lineAt(text, starts[paragraph - 1] ?? 0) : 0,
        flags: [flag],
      });
  }
  return groups;
}

/** The 1-based line of an offset: line breaks before it, plus one (\r\n counts once). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Offsets where each non-empty paragraph of a text starts. */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim()) starts.push(match.index);
  }
  return starts;
}

/** The 1-based paragraph that an offset falls in, by binary search over paragraph starts. */
export function paragraphAt(starts: readonly number[], offset: number): number {
  return upperBound(starts, offset);
}
