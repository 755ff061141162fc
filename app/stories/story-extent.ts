/**
 * Decides which blocks of one variant belong to a story, given the story's matched paragraphs
 * there: the text between two of its paragraphs when no boundary separates them (dropped
 * paragraphs of an abridged reprint, subheads), the headline, deck, byline and dateline just
 * before its first paragraph, the closing dateline after its last; never captions, notices,
 * page furniture or paragraphs of another story.
 */
import type { Block, SegmentedPage } from '../segment/block-types';
import { endsSentence } from '../segment/classify-line';
import { isRuleLine } from '../segment/page-furniture';
import {
  isClosingMark,
  MAX_GAP_PARAGRAPHS,
  nextInText,
  previousInText,
  runsOn,
  type PageView,
} from './page-view';
import { MIN_UNIT_CHARS } from './match-blocks';
import type { FinderContext } from './finder-context';
import type { TailJudge } from './topic-words';
import { appendAll } from '../model/bounded';
import { withoutPageHeads } from './page-heads';
import { isListRow, tightUnder } from './list-rows';

/**
 * Unmatched paragraphs taken in before the first matched one when a headline stands above them:
 * the other papers may all have cut the lead paragraph or rewritten it. Two is what a rewritten
 * lead takes; more and the headline is likely another story's.
 */
export const LEAD_SLACK = 2;

/**
 * Unmatched paragraphs taken in after the last matched one when a closing dateline follows
 * them: the other papers cut the story's end. Abridged reprints cut one to three closing
 * paragraphs; beyond four, the dateline more likely closes unrelated text that follows, and
 * the paragraphs are taken only as far as they continue the story's topic.
 */
export const TAIL_SLACK = 4;

/** Blocks that never belong to a story's text. */
function isForeignKind(block: Block): boolean {
  return (
    block.kind === 'caption' ||
    block.kind === 'note' ||
    block.kind === 'notice' ||
    block.kind === 'furniture' ||
    block.otherColumn === true
  );
}

/** True when two blocks are printed lines of different columns of an interleaved run (Block.column). */
function crossColumn(story: Block, other: Block): boolean {
  return story.column !== undefined && other.column !== undefined && story.column !== other.column;
}

/**
 * A headline-shaped line between two paragraphs of the story that names nothing of it: a slogan
 * box (文明城市 你我共建) or an advertisement's name set into the story, not a subhead. Only when the
 * story's paragraph before (`before`) finished its sentence, and of a few words: a piece of a
 * sentence that a line break cut off (“一 / 西) follows an open sentence, or is too short to name
 * anything. A line other pages print too (`sharedTitles`) is the story's subhead: a slogan or an
 * advertisement is one paper's.
 */
function isStrayLine(
  view: PageView,
  block: Block,
  before: Block | undefined,
  judge: TailJudge | undefined,
  sharedTitles: ReadonlySet<string>,
): boolean {
  if (
    block.kind !== 'title' ||
    block.level !== undefined ||
    judge?.mentions === undefined ||
    before === undefined
  )
    return false;
  const text = view.page.text.slice(block.start, block.end);
  if (
    !endsSentence(view.page.text.slice(before.start, before.end)) ||
    view.context.tokens(text).size < MIN_STRAY_TOKENS
  )
    return false;
  return !judge.mentions(text) && !sharedTitles.has(view.context.normalize(text));
}

/** The normalised text of the headline-shaped lines that two pages or more print. */
export function titlesOnSeveralPages(
  pages: readonly SegmentedPage[],
  context: FinderContext,
): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const own = new Set(
      page.blocks
        .filter((b) => b.kind === 'title')
        .map((b) => context.normalize(page.text.slice(b.start, b.end))),
    );
    for (const t of own) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([t, n]) => n >= 2 && t.length > 0).map(([t]) => t));
}

/** Words (bigrams) a line needs before its naming nothing of the story means anything. */
const MIN_STRAY_TOKENS = 3;

/** A story's blocks in one variant, and which of them end it only because they continue its topic. */
export interface StoryExtent {
  readonly blocks: number[];
  /**
   * Unmatched paragraphs after the story's last matched one, taken because they continue its
   * topic (no closing dateline or 转 mark vouches for them): a tail the other reprints cut, or
   * another story on the same subject that follows without a headline.
   */
  readonly topicalTail: number[];
}

/**
 * The block indices of `view` that belong to the story whose groups are `inStory`, in order, with
 * the topical tail told apart (find-stories drops it when every copy has one). `cutTail` says the
 * other copies end the story where this one goes on (cut-tails.ts): a paragraph right after the
 * story's end is then kept when it names one word of the story that no other paragraph carries.
 * `endsAlike` says another copy ends the story at the same paragraph and none goes on past it
 * (cut-tails.ts endingsShared): an unpunctuated paragraph set apart by a blank line at the page's
 * foot is then no piece of the story that the page end cut off.
 */
export function storyExtent(
  view: PageView,
  inStory: (group: number) => boolean,
  judge?: TailJudge,
  cutTail = false,
  sharedTitles: ReadonlySet<string> = new Set(),
  endsAlike = false,
): StoryExtent {
  const blocks = view.page.blocks;
  const chosen = new Set<number>();
  let topicalTail: number[] = [];
  const m = view.matched;
  // Two consecutive matched blocks of the story with no boundary between: one stretch of text.
  const joined = (i: number, j: number): boolean =>
    i >= 0 &&
    j < blocks.length &&
    inStory(view.groups[i] as number) &&
    inStory(view.groups[j] as number) &&
    runsOn(view, i, j);
  for (let x = 0; x < m.length; x++) {
    const i = m[x] as number;
    if (!inStory(view.groups[i] as number)) continue;
    chosen.add(i);
    const prev = m[previousInText(view, x)] ?? -1;
    const next = m[nextInText(view, x)] ?? blocks.length;
    if (joined(i, next)) {
      // Foreign text between two paragraphs of the story (interleaved columns) stays out.
      const foreign = view.foreignAfter?.has(i) === true;
      for (let k = i + 1; k < next && !foreign; k++) {
        const b = blocks[k] as Block;
        if (
          !isForeignKind(b) &&
          !crossColumn(blocks[i] as Block, b) &&
          (isListRow(view.page, k) || !isStrayLine(view, b, blocks[i], judge, sharedTitles))
        )
          chosen.add(k);
      }
    } else {
      const after = tail(view, i, next, judge, cutTail, inStory, endsAlike);
      for (const k of after.blocks) chosen.add(k);
      topicalTail = after.byTopic;
    }
    if (!joined(prev, i))
      for (const k of withoutPageHeads(view, head(view, i, prev), sharedTitles, judge?.namesText))
        chosen.add(k);
  }
  return { blocks: [...chosen].sort((a, b) => a - b), topicalTail };
}

/** A paragraph the matcher skipped for being short, so its being unmatched means nothing. */
function isTooShortToMatch(view: PageView, block: Block): boolean {
  return (
    view.context.normalize(view.page.text.slice(block.start, block.end)).length < MIN_UNIT_CHARS
  );
}

/** The page's last block, a paragraph cut off mid-sentence: the page ended inside the story before it. */
function isCutOffAtPageEnd(view: PageView, k: number): boolean {
  const blocks = view.page.blocks;
  const block = blocks[k] as Block;
  if (k !== blocks.length - 1 || block.kind !== 'paragraph') return false;
  return !endsSentence(view.page.text.slice(block.start, block.end));
}

/**
 * What stands after the story's block `i` up to `limit` and still belongs to it: a closing credit,
 * then unmatched paragraphs up to a closing dateline or a 转 mark (at most TAIL_SLACK of them
 * unless they continue the story's topic), or, with no such mark before the next headline or the
 * page's end, the unmatched paragraphs that continue the story's topic (a reprint cut the tail
 * that this page prints).
 */
function tail(
  view: PageView,
  i: number,
  limit: number,
  judge: TailJudge | undefined,
  cutTail: boolean,
  inStory: (group: number) => boolean,
  endsAlike: boolean,
): { blocks: number[]; byTopic: number[] } {
  const blocks = view.page.blocks;
  const out: number[] = [];
  const pending: number[] = [];
  /** The leading pending paragraphs that continue the story. */
  const topical = (): number => {
    if (judge === undefined || pending.length === 0) return 0;
    return judge.continuing(
      pending.map((k) =>
        view.page.text.slice((blocks[k] as Block).start, (blocks[k] as Block).end),
      ),
    );
  };
  for (let k = i + 1; k < limit; k++) {
    const b = blocks[k] as Block;
    // A rule drawn under the story separates it from what the page sets below (a web page's
    // notes and appeals, the next story): nothing past it is the story's unless matched.
    if (b.kind === 'furniture' && isRuleLine(view.page.text.slice(b.start, b.end))) break;
    // An advertisement under the story ends it: its marker, its name and its text are the page's,
    // however short (a name and a telephone number would pass for a fragment of the story).
    if (b.kind === 'notice') break;
    if (isForeignKind(b) || crossColumn(blocks[i] as Block, b)) continue;
    if (isClosingMark(b) || (b.kind === 'continuation' && b.direction === 'to')) {
      const n = pending.length <= TAIL_SLACK ? pending.length : topical();
      appendAll(out, pending.slice(0, n));
      if (n === pending.length) out.push(k);
      return { blocks: out, byTopic: [] };
    }
    if (b.kind === 'continuation') return { blocks: out, byTopic: [] }; // 上接: another part begins
    if (b.kind === 'byline' && pending.length === 0) {
      out.push(k); // a closing credit: （记者 王嘉伟）
      continue;
    }
    if (
      b.kind === 'paragraph' &&
      pending.length === 0 &&
      (isTooShortToMatch(view, b) ||
        ((!endsAlike || tightUnder(view.page, k)) && isCutOffAtPageEnd(view, k)))
    ) {
      out.push(k); // a fragment too short to match cannot tell us it is foreign: 风正好扬帆。
      continue;
    }
    if (
      b.kind === 'paragraph' &&
      b.opensStory !== true &&
      view.groups[k] === -1 &&
      pending.length < MAX_GAP_PARAGRAPHS
    ) {
      pending.push(k);
      continue;
    }
    break;
  }
  let n = topical();
  const first = pending[0];
  if (
    n === 0 &&
    cutTail &&
    first !== undefined &&
    adjoins(view, i, first) &&
    judge?.echoes?.(textOf(view, first)) === true
  )
    n = 1;
  // Or they reword, one by one, paragraphs of the story the others print and this page does not.
  if (n === 0 && judge?.rewords !== undefined && first !== undefined && adjoins(view, i, first)) {
    const present = new Set(view.groups.filter((g) => g >= 0 && inStory(g)));
    while (n < pending.length && judge.rewords(textOf(view, pending[n] as number), present)) n += 1;
  }
  const byTopic = pending.slice(0, n);
  appendAll(out, byTopic);
  return { blocks: out, byTopic };
}

/** What stands before the story's block `i` back to `limit` and belongs to it: headline, deck, byline, dateline. */
function head(view: PageView, i: number, limit: number): number[] {
  const blocks = view.page.blocks;
  const out: number[] = [];
  let slack = (blocks[i] as Block).opensStory === true ? 0 : LEAD_SLACK;
  const pending: number[] = [];
  let sawHeading = false;
  let sawMark = false;
  for (let k = i - 1; k > limit; k--) {
    const b = blocks[k] as Block;
    if (isForeignKind(b) || crossColumn(blocks[i] as Block, b)) continue;
    if (
      b.kind === 'title' ||
      b.kind === 'subtitle' ||
      b.kind === 'byline' ||
      (b.kind === 'dateline' && !isClosingMark(b))
    ) {
      // Unmatched paragraphs under a bare headline are taken only when the topmost opens with a
      // dateline (a rewritten lead); under a byline or dateline the story certainly starts there.
      // Otherwise the headline is another story's and the paragraphs are that story's.
      const top = blocks[pending[pending.length - 1] ?? -1];
      const leadOk =
        pending.length === 0 ||
        top?.opensStory === true ||
        b.kind === 'byline' ||
        b.kind === 'dateline';
      if (!leadOk) break;
      appendAll(out, pending.splice(0)).push(k);
      sawHeading = true;
      slack = 0;
      continue;
    }
    if (b.kind === 'continuation' && b.direction === 'from') {
      appendAll(out, pending.splice(0)).push(k);
      // The part opens at its (接A1) mark: only a jump headline right above it is still its own;
      // a paragraph above the mark is the neighbouring story's.
      sawMark = true;
      continue;
    }
    if (!sawHeading && !sawMark && b.kind === 'paragraph' && view.groups[k] === -1 && slack > 0) {
      pending.push(k);
      slack--;
      if (b.opensStory === true) slack = 0;
      continue;
    }
    break;
  }
  return out;
}

/**
 * True when paragraph `k` follows the story's block `i` with only closing credits, fragments and
 * captions between: nothing that could end the story (a notice, furniture) stands in between.
 */
function adjoins(view: PageView, i: number, k: number): boolean {
  for (let j = i + 1; j < k; j++) {
    const kind = (view.page.blocks[j] as Block).kind;
    if (kind !== 'caption' && kind !== 'note' && kind !== 'byline' && kind !== 'paragraph')
      return false;
  }
  return true;
}

function textOf(view: PageView, k: number): string {
  const block = view.page.blocks[k] as Block;
  return view.page.text.slice(block.start, block.end);
}
