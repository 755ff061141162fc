/**
 * Takes back out of a story the shared paragraphs that only a few of its pages print after its
 * end and that do not continue its topic: with many pages, the same unrelated paragraph (a
 * filler, a brief) can follow the story on two of them, and linking then glues it on as if
 * those two printed a longer version. A closing paragraph that a minority of reprints keep is
 * still the story's when it continues the story's topic (topic-words.ts), as for unmatched tails.
 */
import type { Block } from '../segment/block-types';
import { isClosingMark, type PageView } from './page-view';
import { makeTailJudges } from './tail-judges';
import type { TokenSource } from './finder-context';

/** Returns a copy of `storyOfGroup` in which such trailing groups form stories of their own. */
export function detachMinorityTails(
  views: readonly PageView[],
  storyOfGroup: readonly number[],
  source: TokenSource,
): number[] {
  const work = [...storyOfGroup];
  let fresh = work.reduce((max, s) => Math.max(max, s + 1), 0);
  const judgeOf = makeTailJudges(views, work, source);
  const storyCount = fresh;
  for (let s = 0; s < storyCount; s++) {
    for (;;) {
      const g = minorityTail(views, work, s);
      if (g === undefined) break;
      const copies = copiesOf(views, g);
      work[g] = fresh; // judged as text outside the story
      // One copy is judged; the others are no background to it.
      if (judgeOf(s).continuing(copies.slice(0, 1), copies.slice(1)) > 0) {
        work[g] = s;
        break;
      }
      fresh++;
    }
  }
  return work;
}

/**
 * The story's group that comes after all its other groups on every page that prints it, when
 * fewer than half the story's pages print it (a closing paragraph most reprints keep is the
 * story's without asking).
 */
function minorityTail(
  views: readonly PageView[],
  storyOfGroup: readonly number[],
  s: number,
): number | undefined {
  const carriers = new Set<number>();
  const lastGroup: (number | undefined)[] = views.map((view, v) => {
    let last: number | undefined;
    for (const b of view.matched) {
      const g = view.groups[b] as number;
      if (storyOfGroup[g] === s) {
        carriers.add(v);
        last = g;
      }
    }
    return last;
  });
  const candidates = new Set(lastGroup.filter((g): g is number => g !== undefined));
  for (const g of candidates) {
    const printers = views.filter((view) => view.groups.includes(g));
    // Fewer than half: two of ten pages sharing a filler, not a tail a third of the reprints cut.
    // Half will do when a headline of its own opens it on every page that prints it: a page and
    // its OCR transcription are two of four files, but one page, and a notice under its own
    // heading after the story (CORRECTIONS) is that page's item, not a tail the others cut.
    if (printers.length * 2 > carriers.size) continue;
    if (
      printers.length * 2 === carriers.size &&
      !printers.every((view) => headedAfter(view, g, storyOfGroup, s))
    )
      continue;
    const trailing = views.every((view, v) => !view.groups.includes(g) || lastGroup[v] === g);
    const others = storyOfGroup.some((story, other) => story === s && other !== g);
    if (trailing && others && !printers.every((view) => closedAfter(view, g))) return g;
  }
  return undefined;
}

/**
 * True when the story's closing dateline (（新华社杭州3月12日电）, （据新华社电）) follows the group's
 * last paragraph on the page, with captions or credits at most between: the page ends the story
 * after it, so it is the story's closing paragraph, not a filler that happens to follow it.
 */
function closedAfter(view: PageView, g: number): boolean {
  const blocks = view.page.blocks;
  const last = view.groups.lastIndexOf(g);
  for (let k = last + 1; k < blocks.length; k++) {
    const b = blocks[k] as Block;
    if (isClosingMark(b)) return true;
    if (b.kind !== 'caption' && b.kind !== 'note' && b.kind !== 'byline') return false;
  }
  return false;
}

/**
 * True when a headline stands between the story's last paragraph before group `g` and the
 * group's first paragraph on the page: the page opens another item there.
 */
function headedAfter(
  view: PageView,
  g: number,
  storyOfGroup: readonly number[],
  s: number,
): boolean {
  const first = view.groups.indexOf(g);
  for (let k = first - 1; k >= 0; k--) {
    const group = view.groups[k] as number;
    if (group >= 0 && storyOfGroup[group] === s) return false;
    if ((view.page.blocks[k] as Block).kind === 'title') return true;
  }
  return false;
}

/** The text of every block of group `g`, page by page. */
function copiesOf(views: readonly PageView[], g: number): string[] {
  const out: string[] = [];
  for (const view of views) {
    view.groups.forEach((group, b) => {
      const block = view.page.blocks[b] as Block;
      if (group === g) out.push(view.page.text.slice(block.start, block.end));
    });
  }
  return out;
}
