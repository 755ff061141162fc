/**
 * The stories a single variant carries: what is left of each page once the shared stories are
 * taken out, cut at story boundaries (closing datelines, headlines that open a story).
 */
import type { Span, UniqueStory, VariantText } from '../model/types';
import type { Block, SegmentedPage } from '../segment/block-types';
import { isClosingMark, isOpeningMark } from './page-view';
import { blocksToSpans } from './story-title';
import { makeTailJudge } from './topic-words';
import type { TokenSource } from './finder-context';
import { appendAll } from '../model/bounded';
import { CLAUSE_END } from '../lexicon/characters';

/** Blocks that are never story text. */
function isForeign(block: Block): boolean {
  return block.kind === 'caption' || block.kind === 'notice' || block.kind === 'furniture';
}

/** True when a headline at `k` starts a new story rather than a subhead: something that opens a story follows it. */
function headlineOpensStory(blocks: readonly Block[], k: number): boolean {
  const block = blocks[k] as Block;
  if (block.kind === 'title' && block.level === 1) return true;
  for (let n = k + 1; n < blocks.length; n++) {
    const next = blocks[n] as Block;
    if (next.kind === 'caption' || next.kind === 'title') continue;
    return isOpeningMark(next);
  }
  return false;
}

/**
 * True when a headline at `k` stands after a photo caption and the paragraph under it shares no
 * key words with the story so far (topic-words.ts): a photo between two stories, then the next
 * story's headline without a dateline under it. A subhead after a photo inside a story goes on
 * with the story's words and stays in it.
 */
function headlineAfterPhotoChangesTopic(
  page: SegmentedPage,
  current: readonly number[],
  k: number,
  source: TokenSource,
): boolean {
  const blocks = page.blocks;
  if (blocks[k]?.kind !== 'title' || blocks[k - 1]?.kind !== 'caption') return false;
  const next = blocks[k + 1];
  if (next?.kind !== 'paragraph') return false;
  const text = (b: Block): string => page.text.slice(b.start, b.end);
  const titles: string[] = [];
  const paragraphs: string[] = [];
  for (const c of current) {
    const block = blocks[c] as Block;
    if (block.kind === 'title' || block.kind === 'subtitle') titles.push(text(block));
    else if (block.kind === 'paragraph') paragraphs.push(text(block));
  }
  const judge = makeTailJudge([{ titles, paragraphs }], () => 0, source);
  return judge.continuing([`${text(blocks[k] as Block)}\n${text(next)}`]) === 0;
}

/** A story of one variant, as blocks, before it becomes a UniqueStory. */
export interface UniqueDraft {
  readonly variant: number;
  readonly blocks: readonly number[];
  /** It opens with a 上接 mark: the rest of a story that began on another page. */
  readonly continued: boolean;
  /** It ends with a 转 mark: the story goes on on another page. */
  readonly jumps: boolean;
}

/** Cuts what the shared stories left of every page into stories, in variant and reading order. */
export function splitUncovered(
  pages: readonly SegmentedPage[],
  covered: readonly Set<number>[],
  source: TokenSource,
): UniqueDraft[] {
  const out: UniqueDraft[] = [];
  pages.forEach((page, v) => {
    const taken = covered[v] ?? new Set<number>();
    let current: number[] = [];
    let hasParagraph = false;
    const flush = (): void => {
      if (hasParagraph) {
        const first = page.blocks[current.find((k) => page.blocks[k]?.kind !== 'title') ?? -1];
        const last = page.blocks[current[current.length - 1] ?? -1];
        out.push({
          variant: v,
          blocks: current,
          continued: first?.kind === 'continuation' && first.direction === 'from',
          jumps: last?.kind === 'continuation' && last.direction === 'to',
        });
      }
      current = [];
      hasParagraph = false;
    };
    page.blocks.forEach((block, k) => {
      if (taken.has(k)) {
        // The other column's lines run on past the shared story's lines interleaved with them.
        if (page.blocks[current[current.length - 1] ?? -1]?.otherColumn !== true) flush();
        return;
      }
      if (block.kind === 'continuation') {
        if (block.direction === 'to') {
          if (hasParagraph) current.push(k);
          flush();
        } else {
          // A headline repeated above 上接 belongs to the continued part, not to what precedes it.
          const heading: number[] = [];
          while (hasParagraph && current.length > 0) {
            const lastKind = page.blocks[current[current.length - 1] as number]?.kind;
            if (lastKind !== 'title' && lastKind !== 'subtitle') break;
            heading.unshift(current.pop() as number);
          }
          if (hasParagraph) flush();
          appendAll(current, heading).push(k);
        }
        return;
      }
      if (isForeign(block)) return;
      if (block.kind === 'paragraph') {
        if (block.opensStory === true && hasParagraph) flush();
        current.push(k);
        hasParagraph = true;
        return;
      }
      if (isClosingMark(block)) {
        current.push(k);
        flush();
        return;
      }
      if (
        hasParagraph &&
        (isOpeningMark(block) ||
          headlineOpensStory(page.blocks, k) ||
          headlineAfterPhotoChangesTopic(page, current, k, source))
      )
        flush();
      current.push(k);
    });
    flush();
  });
  return out;
}

/** Turns the drafts into the contract's unique stories, numbered u1, u2, … */
export function toUniqueStories(
  variants: readonly VariantText[],
  pages: readonly SegmentedPage[],
  drafts: readonly UniqueDraft[],
): UniqueStory[] {
  return drafts.map((draft, n) =>
    makeUnique(
      pages[draft.variant] as SegmentedPage,
      draft.blocks,
      (variants[draft.variant] as VariantText).id,
      n + 1,
    ),
  );
}

function makeUnique(
  page: SegmentedPage,
  blocks: readonly number[],
  variant: string,
  n: number,
): UniqueStory {
  const spans: Span[] = blocksToSpans(page, blocks, variant);
  let title = '';
  for (const b of blocks) {
    const block = page.blocks[b] as Block;
    if (block.kind === 'title') {
      title = page.text.slice(block.start, block.end).replace(/\s+/gu, ' ').trim();
      break;
    }
    if (block.kind === 'paragraph') {
      const text = page.text.slice(block.start, block.end);
      title = (text.split(CLAUSE_END)[0] ?? text).replace(/\s+/gu, ' ').trim().slice(0, 30);
      break;
    }
  }
  return { id: `u${n}`, title, spans };
}
