/**
 * The redline: a .docx with tracked changes that turns what one variant printed into the
 * canonical, so that the paper's own editors can review each change in Word (Review ▸ Accept).
 * Accepting every change gives the canonical's paragraphs; rejecting every change gives the
 * variant's. Line breaks that appear or vanish are tracked as inserted or deleted paragraph marks.
 */
import { DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { styledCanonical } from './canonical-text';
import { packDocx } from './docx-pack';
import { variantStoryText, type ResolvedStory } from './story-texts';
import { paragraphsOf } from './text-blocks';
import { tokenDiff, type DiffRun } from './token-diff';
import type { ExportOptions, ExportVariant } from './types';
import { appendAll } from '../model/bounded';

/** Who and when, stamped on every tracked change. */
export interface RevisionStamp {
  readonly author: string;
  /** ISO 8601 without fractions of a second, the form Word writes. */
  readonly date: string;
}

/** The variant a redline starts from: the one asked for, else the first that is not the base. */
export function redlineVariantOf(stories: readonly ResolvedStory[], requested?: string): string {
  if (requested) return requested;
  for (const { story, review } of stories) {
    const other = story.spans.find((s) => s.variant !== review.baseVariant);
    if (other) return other.variant;
  }
  const first = stories[0]?.story.spans[0]?.variant;
  if (!first) throw new Error('no story to redline');
  return first;
}

/** The .docx bytes of the redline from `variantId` to the canonical of each story it carries. */
export async function redlineDocx(
  stories: readonly ResolvedStory[],
  variants: readonly ExportVariant[],
  variantId: string,
  stamp: RevisionStamp,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const carried = stories.filter((s) => s.story.spans.some((span) => span.variant === variantId));
  if (carried.length === 0)
    throw new Error(`variant "${variantId}" carries none of the chosen stories`);
  const ids = { next: 1 };
  const paragraphs: Paragraph[] = [];
  for (const resolved of carried) {
    const from = paragraphsOf(variantStoryText(resolved.story, variantId, variants)).join('\n');
    const to = paragraphsOf(styledCanonical(resolved, options)).join('\n');
    appendAll(paragraphs, redlineParagraphs(tokenDiff(from, to), stamp, ids));
  }
  const name = variants.find((v) => v.id === variantId)?.name ?? variantId;
  return packDocx(
    {
      title: `${carried[0]?.story.title ?? 'Variorum'} (redline)`,
      description: `Tracked changes from ${name} to the canonical text, by ${stamp.author}.`,
      creator: stamp.author,
      trackRevisions: true,
    },
    paragraphs,
  );
}

/**
 * Lays diff runs out as paragraphs. A line break inside an inserted run ends a paragraph whose
 * mark is inserted, inside a deleted run one whose mark is deleted, so Word joins or splits
 * paragraphs exactly as the canonical does when the changes are accepted.
 */
export function redlineParagraphs(
  runs: readonly DiffRun[],
  stamp: RevisionStamp,
  ids: { next: number },
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let children: ParagraphChild[] = [];
  const change = (): { id: number; author: string; date: string } => ({ id: ids.next++, ...stamp });
  for (const run of runs) {
    const pieces = run.text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) {
        const mark =
          run.op === 'insert'
            ? { insertion: change() }
            : run.op === 'delete'
              ? { deletion: change() }
              : {};
        paragraphs.push(new Paragraph({ children, run: mark }));
        children = [];
      }
      if (!piece) return;
      if (run.op === 'equal') children.push(new TextRun(piece));
      else if (run.op === 'insert')
        children.push(new InsertedTextRun({ text: piece, ...change() }));
      else children.push(new DeletedTextRun({ text: piece, ...change() }));
    });
  }
  paragraphs.push(new Paragraph({ children }));
  return paragraphs;
}

/** A revision stamp from an editor name and a time, in the form Word expects. */
export function revisionStamp(author: string, isoTime: string): RevisionStamp {
  return { author, date: isoTime.replace(/\.\d+(?=Z|[+-]\d\d:?\d\d$)/, '') };
}
