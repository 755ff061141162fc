/**
 * Tells which copies of a story may keep a trailing paragraph on weaker topical evidence: the
 * shape of a reprint that cut the story's tail. Every other copy ends the story cleanly at the
 * same shared paragraph (the page ends, or a headline, notice or another story follows), while
 * this copy goes straight on with an unmatched paragraph. With two variants the cut paragraph
 * is matched nowhere, and a closing paragraph often names only one thing of the story again
 * (老码头 story: 吊机), which the full topic test (topic-words.ts) rejects. A copy that goes on
 * with a paragraph of another story the pages print (it names more of the pages' other unshared
 * text than of the story: 驿站, 劳动者) ended the story there all the same.
 */
import type { Block } from '../segment/block-types';
import { isOpeningMark, type PageView } from './page-view';
import { keyWeight, MIN_SHARED_KEYS } from './topic-words';

/** Per view: true when a paragraph directly after the story's end there may be kept on weak evidence. */
export function cutTailCopies(
  views: readonly PageView[],
  inStory: (group: number) => boolean,
): boolean[] {
  const ends = views.map((view) => lastStoryBlock(view, inStory));
  const followers = views.map((view, v) => followerOf(view, ends[v]));
  let ties: (Tie | undefined)[] | null = null;
  const tie = (v: number): Tie | undefined => (ties ??= followerTies(views, followers, inStory))[v];
  // The other copy's next paragraph is another story's; this copy's names at most one word of
  // the pages' other text (a cut tail is about the story, a stray filler about its own story).
  const leansElsewhere = (w: number): boolean => (tie(w)?.elsewhere ?? 0) > (tie(w)?.story ?? 0);
  const standsApart = (v: number): boolean => {
    const own = tie(v);
    return own !== undefined && own.elsewhere < MIN_SHARED_KEYS && own.elsewhere <= own.story;
  };
  return views.map((view, v) => {
    const own = ends[v];
    if (own === undefined) return false;
    const group = view.groups[own];
    let others = 0;
    for (let w = 0; w < views.length; w++) {
      const end = ends[w];
      const other = views[w] as PageView;
      if (w === v || end === undefined) continue;
      // Another copy that goes on past a different paragraph, or past this one, says nothing was
      // cut here — unless what it goes on with is plainly another story's and this copy's is not.
      if (other.groups[end] !== group) return false;
      if (!endsCleanly(other, end) && !(leansElsewhere(w) && standsApart(v))) return false;
      others++;
    }
    return others > 0;
  });
}

/**
 * Per view: true when another copy ends the story at the same shared paragraph as this one, and
 * no copy that prints that paragraph goes on past it with more of the story. Nothing of the story
 * is then left for the page's end to have cut off: an unpunctuated line under it (a scoreboard, a
 * market line) is the page's.
 */
export function endingsShared(
  views: readonly PageView[],
  inStory: (group: number) => boolean,
): boolean[] {
  const ends = views.map((view) => lastStoryBlock(view, inStory));
  const lastGroups = views.map((view, v) => {
    const end = ends[v];
    return end === undefined ? undefined : view.groups[end];
  });
  return views.map((_, v) => {
    const group = lastGroups[v];
    if (group === undefined) return false;
    let alike = 0;
    for (let w = 0; w < views.length; w++) {
      if (w === v || lastGroups[w] === undefined) continue;
      if (lastGroups[w] === group) alike++;
      else if ((views[w] as PageView).groups.includes(group)) return false;
    }
    return alike > 0;
  });
}

/** The unmatched paragraph right after block `i` (past captions), or -1. */
function followerOf(view: PageView, i: number | undefined): number {
  if (i === undefined) return -1;
  const blocks = view.page.blocks;
  for (let k = i + 1; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (b.kind === 'caption' || b.kind === 'note') continue;
    return b.kind === 'paragraph' && !isOpeningMark(b) && view.groups[k] === -1 ? k : -1;
  }
  return -1;
}

/** How many words a paragraph names of the story, and of the pages' other unshared text. */
interface Tie {
  readonly story: number;
  readonly elsewhere: number;
}

/**
 * Per view, the ties of the paragraph after the story's end there (undefined when there is none).
 * A paragraph that names more of the pages' other unshared text than of the story belongs to
 * another story of the pages (a page's own brief in pieces, the rest of a local story), so that
 * copy ended the story where the other copies did. Words are counted as topic-words.ts counts them.
 */
function followerTies(
  views: readonly PageView[],
  followers: readonly number[],
  inStory: (group: number) => boolean,
): (Tie | undefined)[] {
  const story = new Set<string>();
  for (const view of views) {
    for (const k of view.matched) {
      if (inStory(view.groups[k] as number))
        for (const token of view.context.tokens(textOf(view, view.page.blocks[k] as Block)))
          story.add(token);
    }
  }
  const outside = outsideCounts(views);
  const words = (shared: readonly string[]): number => keyWeight(shared, new Set());
  return views.map((view, v) => {
    const k = followers[v] ?? -1;
    if (k < 0) return undefined;
    const tokens = [...view.context.tokens(textOf(view, view.page.blocks[k] as Block))];
    // The paragraph itself is one of the unshared paragraphs that carry its tokens.
    return {
      story: words(tokens.filter((t) => story.has(t))),
      elsewhere: words(tokens.filter((t) => (outside.get(t) ?? 0) > 1)),
    };
  });
}

/** Per set of pages, the count of unshared paragraphs carrying each token: the same for every story. */
const outsideCache = new WeakMap<readonly PageView[], Map<string, number>>();

/** Per token, the unshared paragraphs of the pages that carry it (made once per set of pages). */
function outsideCounts(views: readonly PageView[]): Map<string, number> {
  const cached = outsideCache.get(views);
  if (cached !== undefined) return cached;
  const outside = new Map<string, number>();
  views.forEach((view) => {
    view.page.blocks.forEach((block, k) => {
      if (block.kind !== 'paragraph' || block.otherColumn === true || view.groups[k] !== -1) return;
      for (const token of view.context.tokens(textOf(view, block)))
        outside.set(token, (outside.get(token) ?? 0) + 1);
    });
  });
  outsideCache.set(views, outside);
  return outside;
}

function textOf(view: PageView, block: Block): string {
  return view.page.text.slice(block.start, block.end);
}

/** The last matched block of the story in the view, or undefined when the view does not carry it. */
function lastStoryBlock(view: PageView, inStory: (group: number) => boolean): number | undefined {
  for (let x = view.matched.length - 1; x >= 0; x--) {
    const b = view.matched[x] as number;
    if (inStory(view.groups[b] as number)) return b;
  }
  return undefined;
}

/**
 * True when nothing after block `i` could be more of the story: the page ends, or the next text
 * block (past captions) is a headline, a byline or closing credit, a notice, page furniture, a
 * continuation mark, a dateline or a paragraph some other page shares.
 */
function endsCleanly(view: PageView, i: number): boolean {
  const blocks = view.page.blocks;
  for (let k = i + 1; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (b.kind === 'caption' || b.kind === 'note') continue;
    if (b.kind !== 'paragraph' || isOpeningMark(b)) return true;
    return view.groups[k] !== -1;
  }
  return true;
}
