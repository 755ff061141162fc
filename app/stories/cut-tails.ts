/**
 * Tells which copies of a story may keep a trailing paragraph on weaker topical evidence: the
 * shape of a reprint that cut the story's tail. Every other copy ends the story cleanly at the
 * same shared paragraph (the page ends, or a headline, notice or another story follows), while
 * this copy goes straight on with an unmatched paragraph. With two variants the cut paragraph
 * is matched nowhere, and a closing paragraph often names only one thing of the story again
 * (老码头 story: 吊机), which the full topic test (topic-words.ts) rejects.
 */
import type { Block } from '../segment/block-types';
import { isOpeningMark, type PageView } from './page-view';

/** Per view: true when a paragraph directly after the story's end there may be kept on weak evidence. */
export function cutTailCopies(views: readonly PageView[], inStory: (group: number) => boolean): boolean[] {
  const ends = views.map((view) => lastStoryBlock(view, inStory));
  return views.map((view, v) => {
    const own = ends[v];
    if (own === undefined) return false;
    const group = view.groups[own];
    let others = 0;
    for (let w = 0; w < views.length; w++) {
      const end = ends[w];
      const other = views[w] as PageView;
      if (w === v || end === undefined) continue;
      // Another copy that goes on past a different paragraph, or past this one, says nothing was cut here.
      if (other.groups[end] !== group || !endsCleanly(other, end)) return false;
      others++;
    }
    return others > 0;
  });
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
    if (b.kind === 'caption') continue;
    if (b.kind !== 'paragraph' || isOpeningMark(b)) return true;
    return view.groups[k] !== -1;
  }
  return true;
}
