/**
 * Chains shared paragraphs (groups) into stories. Two groups are linked when some variant prints
 * them one after the other with no story boundary between, no variant that carries both
 * separates them by a boundary, and the link would not join two groups that some variant prints
 * on either side of a boundary (a cannot-link, checked between whole stories as they grow). The veto is what keeps interleaved two-column text apart: the
 * interleaved page prints A1 B1 A2 B2 with nothing between, but a clean page shows that B1 opens
 * a story after A1 and A2. Lines of an interleaved run are followed within their column
 * (page-view.ts nextInText). A bare headline between two groups is a boundary when the text under
 * it changes topic on every page that prints it (headline-breaks.ts); such links are tried last,
 * and refused when a page prints the later story without the earlier. Pages that each print one
 * part may still be one story split across files (a continuation mark, or unmarked-jumps.ts).
 */
import {
  endsAfter,
  hasContinuationBetween,
  MAX_GAP_PARAGRAPHS,
  neighbours,
  nextInText,
  runsOn,
  startsAt,
  unmatchedParagraphsBetween,
  type PageView,
} from './page-view';
import { headlineBetween, headlineChangesTopic, setApartTitles } from './headline-breaks';
import { jumpsUnmarked } from './unmarked-jumps';

/** Where a group sits in one variant: its first block and that block's index among the matched. */
interface Place {
  readonly block: number;
  readonly matchedIndex: number;
}

/** Links the groups into stories; returns the story index of every group. */
export function linkGroups(views: readonly PageView[], groupCount: number): number[] {
  const places = placesOf(views);
  const links = proposeLinks(views, groupCount);
  const parent = Array.from({ length: groupCount }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  };
  const ranked = rankLinks(views.length, places, links, groupCount);
  joinStories(views, places, links, ranked, groupCount, parent, find);
  return storyIndexes(parent, find);
}

/** Where each group sits in each variant (its first matched block), per variant. */
function placesOf(views: readonly PageView[]): Map<number, Place>[] {
  return views.map((view) => {
    const map = new Map<number, Place>();
    view.matched.forEach((block, matchedIndex) => {
      const g = view.groups[block] as number;
      if (!map.has(g)) map.set(g, { block, matchedIndex });
    });
    return map;
  });
}

/** The links the pages propose between groups, and the pairs they keep apart. */
interface Links {
  /** Candidate links, keyed a * groupCount + b with a < b. */
  readonly candidates: Map<number, [number, number]>;
  /** Pairs of groups some page prints on either side of a boundary. */
  readonly cannot: [number, number][];
  /**
   * Links across a bare headline: per link, the earlier group and whether every page that
   * prints the headline between them shows a change of topic under it.
   */
  readonly crossing: Map<number, { early: number; breaks: boolean }>;
}

/**
 * Reads every page for links: two groups it prints one after the other with no boundary between
 * are a candidate, with a boundary a cannot-link. A link across a bare headline that changes topic
 * on every page printing it, and that no page prints back to back without it, becomes a cannot-link.
 */
function proposeLinks(views: readonly PageView[], groupCount: number): Links {
  const candidates = new Map<number, [number, number]>();
  const cannot: [number, number][] = [];
  const crossing = new Map<number, { early: number; breaks: boolean }>();
  const plain = new Set<number>();
  const apartTitles = setApartTitles(views);
  views.forEach((view) => {
    for (let m = 0; m + 1 < view.matched.length; m++) {
      const i = view.matched[m] as number;
      // Lines of two interleaved columns are printed one after the other without being one text; a
      // column's last line is linked on by the pages that print its story whole.
      const next = nextInText(view, m);
      const j = view.matched[next] ?? -1;
      if (
        j < 0 ||
        (view.page.blocks[i]?.column !== undefined && view.page.blocks[j]?.column === undefined)
      )
        continue;
      const gi = view.groups[i] as number;
      const gj = view.groups[j] as number;
      if (gi === gj) continue;
      if (!runsOn(view, i, j)) {
        if (!hasContinuationBetween(view, i, j)) cannot.push([gi, gj]);
        continue;
      }
      const a = Math.min(gi, gj);
      const b = Math.max(gi, gj);
      const key = a * groupCount + b;
      candidates.set(key, [a, b]);
      const headline = headlineBetween(view, i, j, apartTitles);
      if (headline >= 0) {
        // One page that reads the text under it as going on settles it: the others are not asked.
        const breaks = (crossing.get(key)?.breaks ?? true) && headlineChangesTopic(view, headline);
        crossing.set(key, { early: gi, breaks });
      } else plain.add(key);
    }
  });
  for (const [key, { breaks }] of crossing) {
    // A page that prints the two back to back without the headline (a line break that made a
    // sentence's first half look like one) says they are one text.
    if (plain.has(key)) crossing.delete(key);
    if (!breaks || plain.has(key)) continue;
    candidates.delete(key);
    cannot.push([Math.floor(key / groupCount), key % groupCount]);
  }
  return { candidates, cannot, crossing };
}

/** A candidate link between groups a < b, and how strongly the pages put them together. */
interface RankedLink {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * The candidate links, strongest evidence first, so that when interleaved text proposes a link
 * across two stories the clean pages have already built both stories and the boundary between
 * them refuses it. Links across a bare headline come last, so that the stories on either side are
 * whole when the pages that print one without the other are counted.
 */
function rankLinks(
  variantCount: number,
  places: readonly Map<number, Place>[],
  links: Links,
  groupCount: number,
): RankedLink[] {
  return [...links.candidates.values()]
    .map(([a, b]) => ({
      a,
      b,
      score:
        closeness(places, a, b) -
        (links.crossing.has(a * groupCount + b) ? groupCount * variantCount : 0),
    }))
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/**
 * Joins the groups along the ranked links not vetoed by a page (union into `parent`), skipping a
 * link that a cannot-link refuses, that would glue stories printed apart, or that crosses a bare
 * headline whose later story some page prints alone. Refused links are retried after others joined
 * the stories, until nothing changes.
 */
function joinStories(
  views: readonly PageView[],
  places: readonly Map<number, Place>[],
  links: Links,
  ranked: readonly RankedLink[],
  groupCount: number,
  parent: number[],
  find: (g: number) => number,
): void {
  const { cannot, crossing } = links;
  // Which variants carry each growing story, and which of them may legitimately carry only part
  // of it because a continuation mark sends the reader elsewhere.
  const carriers = Array.from({ length: groupCount }, (_, g) => {
    const set = new Set<number>();
    places.forEach((map, v) => {
      if (map.has(g)) set.add(v);
    });
    return set;
  });
  const jumps = views.map((view) => view.page.blocks.some((b) => b.kind === 'continuation'));
  const pending = ranked.filter(({ a, b }) => !vetoed(views, places, a, b));
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < pending.length; i++) {
      const { a, b } = pending[i] as { a: number; b: number };
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) continue;
      const conflict = cannot.some(([x, y]) => {
        const rx = find(x);
        const ry = find(y);
        return (rx === ra && ry === rb) || (rx === rb && ry === ra);
      });
      if (conflict) continue;
      if (
        disjointReaders(carriers[ra] as Set<number>, carriers[rb] as Set<number>, jumps) &&
        !splitAcross(views, carriers, find, ra, rb)
      )
        continue;
      const across = crossing.get(Math.min(a, b) * groupCount + Math.max(a, b));
      if (across !== undefined) {
        const [early, late] = find(across.early) === ra ? [ra, rb] : [rb, ra];
        if (printedAlone(carriers[late] as Set<number>, carriers[early] as Set<number>, jumps))
          continue;
      }
      parent[ra] = rb;
      for (const v of carriers[ra] as Set<number>) carriers[rb]?.add(v);
      changed = true;
    }
  }
}

/** Numbers the joined stories in the order of their first group; returns every group's story. */
function storyIndexes(parent: readonly number[], find: (g: number) => number): number[] {
  const storyOfRoot = new Map<number, number>();
  return parent.map((_, g) => {
    const root = find(g);
    let s = storyOfRoot.get(root);
    if (s === undefined) {
      s = storyOfRoot.size;
      storyOfRoot.set(root, s);
    }
    return s;
  });
}

/**
 * True when joining two stories would glue two unrelated ones: some page carries the first and
 * not the second, another the second and not the first, and neither has a continuation mark
 * that would explain printing only a part. Abridged reprints keep the lead, so they carry both;
 * and where many pages print both, the few that print one only are abridged reprints that each
 * dropped a different part (fewAbridged).
 */
function disjointReaders(
  left: ReadonlySet<number>,
  right: ReadonlySet<number>,
  jumps: readonly boolean[],
): boolean {
  const onlyLeft = [...left].filter((v) => !right.has(v));
  const onlyRight = [...right].filter((v) => !left.has(v));
  if (onlyLeft.length === 0 || onlyRight.length === 0) return false;
  if (fewAbridged(left.size - onlyLeft.length, onlyLeft.length + onlyRight.length)) return false;
  return !onlyLeft.some((v) => jumps[v] === true) && !onlyRight.some((v) => jumps[v] === true);
}

/**
 * True when the pages that print only one of two stories print it as the two parts of one story
 * split across files without marks (unmarked-jumps.ts), in either order.
 */
function splitAcross(
  views: readonly PageView[],
  carriers: readonly Set<number>[],
  find: (g: number) => number,
  ra: number,
  rb: number,
): boolean {
  const left = carriers[ra] as Set<number>;
  const right = carriers[rb] as Set<number>;
  const onlyLeft = [...left].filter((v) => !right.has(v));
  const onlyRight = [...right].filter((v) => !left.has(v));
  const inA = (g: number): boolean => g >= 0 && find(g) === ra;
  const inB = (g: number): boolean => g >= 0 && find(g) === rb;
  return (
    jumpsUnmarked(views, onlyLeft, inA, onlyRight, inB) ||
    jumpsUnmarked(views, onlyRight, inB, onlyLeft, inA)
  );
}

/**
 * True when a page prints the story after a bare headline without the story before it, and no
 * continuation mark explains printing a part (nor is it one of a few abridged pages among many
 * that print both): the two are separate stories. (A page that prints
 * only the earlier one says nothing: an abridged reprint keeps the lead and cuts the rest.)
 */
function printedAlone(
  late: ReadonlySet<number>,
  early: ReadonlySet<number>,
  jumps: readonly boolean[],
): boolean {
  const alone = [...late].filter((v) => !early.has(v) && jumps[v] !== true).length;
  return alone > 0 && !fewAbridged([...late].filter((v) => early.has(v)).length, alone);
}

/**
 * Pages that print both of two parts at least this many times as many as the pages that print
 * only one make the exceptions abridgements: a day of fifty editions, each dropping a paragraph or
 * two, leaves every part missing from a page or two. Two stories that merely stand side by side
 * on a page or two are printed apart on most others.
 */
const ABRIDGED_RATIO = 2;

/** At least this many pages printing both before the exceptions count as abridgements. */
const ABRIDGED_MIN_COMMON = 4;

/** True when `common` pages print both parts and the `exceptions` that print one are few beside them. */
function fewAbridged(common: number, exceptions: number): boolean {
  return common >= ABRIDGED_MIN_COMMON && common >= ABRIDGED_RATIO * exceptions;
}

/**
 * How strongly the variants put two groups next to each other: the sum over the variants that
 * carry both of 1 / (distance between them in matched-paragraph order).
 */
function closeness(places: readonly Map<number, Place>[], a: number, b: number): number {
  let score = 0;
  for (const map of places) {
    const pa = map.get(a);
    const pb = map.get(b);
    if (pa !== undefined && pb !== undefined)
      score += 1 / Math.max(1, Math.abs(pa.matchedIndex - pb.matchedIndex));
  }
  return score;
}

/**
 * True when a variant carrying both groups shows a boundary between them: the earlier one is
 * the last of its story there, or the later one opens a story there, or too much unknown text
 * lies between.
 */
function vetoed(
  views: readonly PageView[],
  places: readonly Map<number, Place>[],
  a: number,
  b: number,
): boolean {
  return views.some((view, v) => {
    const pa = places[v]?.get(a);
    const pb = places[v]?.get(b);
    if (pa === undefined || pb === undefined) return false;
    const [early, late] = pa.block < pb.block ? [pa, pb] : [pb, pa];
    const e = neighbours(view, early.matchedIndex);
    const l = neighbours(view, late.matchedIndex);
    // A boundary that belongs to foreign text between two of the story's paragraphs is not the story's.
    if (view.foreignAfter?.has(early.block) !== true && endsAfter(view, early.block, e.next))
      return true;
    if (view.foreignAfter?.has(l.prev) !== true && startsAt(view, late.block, l.prev)) return true;
    // Foreign paragraphs interleaved between two of the story's paragraphs are no gap in it.
    if (view.foreignAfter?.has(early.block) === true && e.next === late.block) return false;
    return unmatchedParagraphsBetween(view, early.block, late.block) > MAX_GAP_PARAGRAPHS;
  });
}
