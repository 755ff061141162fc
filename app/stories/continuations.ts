/**
 * Joins the parts of a story split across two files when matching alone cannot: a shared story
 * whose text on one page ends with 转第N版, and a story that only one other page carries and that
 * opens with 上接… (or the other way round). The continued part usually repeats the headline;
 * when it does, the headlines must agree, and without one the part is taken only when it is the
 * sole candidate.
 */
import type { SegmentedPage } from '../segment/block-types';
import { normalizeForMatching } from './normalize';
import type { UniqueDraft } from './unique-stories';

/**
 * Moves continued parts from `uniques` into the stories' block lists (`finals[story][variant]`,
 * updated in place) and returns the unique drafts that remain.
 */
export function attachContinuedParts(
  pages: readonly SegmentedPage[],
  finals: number[][][],
  uniques: readonly UniqueDraft[],
): UniqueDraft[] {
  const remaining = [...uniques];
  finals.forEach((perVariant) => {
    perVariant.forEach((blocks, v) => {
      const page = pages[v] as SegmentedPage;
      if (blocks.length === 0) return;
      const last = page.blocks[blocks[blocks.length - 1] as number];
      const first = page.blocks[blocks.find((b) => page.blocks[b]?.kind !== 'title') ?? -1];
      const wantsNext = last?.kind === 'continuation' && last.direction === 'to';
      const wantsPrevious = first?.kind === 'continuation' && first.direction === 'from';
      if (!wantsNext && !wantsPrevious) return;
      const title = headline(page, blocks);
      const candidates = remaining.filter(
        (u) =>
          u.variant !== v &&
          (perVariant[u.variant]?.length ?? 0) === 0 &&
          (wantsNext ? u.continued : u.jumps),
      );
      const titled = candidates.filter((u) => {
        const own = headline(pages[u.variant] as SegmentedPage, u.blocks);
        return own !== null && title !== null && own === title;
      });
      const untitled = candidates.filter(
        (u) => headline(pages[u.variant] as SegmentedPage, u.blocks) === null,
      );
      const chosen =
        titled.length === 1
          ? titled[0]
          : titled.length === 0 && untitled.length === 1 && candidates.length === 1
            ? untitled[0]
            : undefined;
      if (chosen === undefined) return;
      perVariant[chosen.variant] = [...chosen.blocks];
      remaining.splice(remaining.indexOf(chosen), 1);
    });
  });
  return remaining;
}

/** The normalised first headline among the blocks, or null. */
function headline(page: SegmentedPage, blocks: readonly number[]): string | null {
  for (const b of blocks) {
    const block = page.blocks[b];
    if (block?.kind === 'title')
      return normalizeForMatching(page.text.slice(block.start, block.end));
    if (block?.kind === 'paragraph') return null;
  }
  return null;
}
