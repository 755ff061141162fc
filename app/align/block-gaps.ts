/**
 * The paragraphs between two anchor groups (block-align.ts): diffed together, split further at
 * weak pairs, or taken as deletions and insertions.
 *
 * - A heavily reworded reprint shares too little with the base for an anchor (half of the smaller
 *   paragraph's 4-grams), yet its paragraphs still pair with the base's one to one, in order, by
 *   what they do share (比赛吸引了1.2万余名观众到场观战 / 比赛吸引1.2万名观众现场观战). Such weak pairs
 *   are walls inside the gap, so that a difference never runs from one paragraph into the next
 *   and a paragraph another variant drops or moves is still one passage.
 * - A gap whose two sides share nothing and differ greatly in length (a jump line "From Page B1"
 *   against the half of the story a continuation page never printed) is a deletion and an
 *   insertion, not a character diff that matches stray letters across hundreds of characters.
 * - A gap that holds a moved paragraph is deletions, then insertions, each moved paragraph alone,
 *   so that its copy at the other place can be recognised as the same passage.
 */
import { anchorsInOrder } from './block-anchors';
import { bAt, vAt, type Chunk, type Group, type Layout } from './block-groups';

/**
 * Containment (shared informative 4-grams over the smaller paragraph's) from which two paragraphs
 * of a gap pair when each is the other's best there: a reprint that rewords most of a paragraph
 * still keeps a few phrases of it (0.13–0.2 in a reworded sports report), while two different
 * paragraphs of one story share next to none (0.0–0.05).
 */
const WEAK_CONTAINMENT = 0.1;

/**
 * A fainter mutual best still pairs when nothing else in the gap rivals it: a paragraph reworded
 * down to a few shared phrases (0.06) beside one the reprint dropped (0.0) is that paragraph, not
 * part of one long change with the dropped one. Unrelated paragraphs share 0.0–0.05, so the pair
 * must clear that and every other paragraph of the gap must share under a third as much with
 * either side of it.
 */
const FAINT_CONTAINMENT = 0.05;
const FAINT_MARGIN = 3;

/**
 * A gap whose shorter side is under this fraction of the longer and that pairs nothing is a
 * deletion and an insertion: a line of a few words against paragraphs it shares no phrase with is
 * no rewording of them, and a character diff would only match stray letters across them.
 */
const LOPSIDED = 0.25;

/**
 * Weak pairs and the lopsided check weigh every pair of paragraphs in a gap: beyond this many
 * paragraphs on a side (a page of thousands of short lines none of which anchored) the gap is one
 * chunk, as it always was, so the cost stays linear in the page.
 */
const MAX_WEIGHED = 64;

/**
 * Mutual-best pairs of the gap [i0, i1) × [j0, j1) above WEAK_CONTAINMENT (or faint and
 * unrivalled), found in rounds: the paragraphs a round paired leave the next, so a paragraph whose
 * best was a short one already paired with its own (a headline whose phrase the base's lead
 * repeats, 白鹭飞回青川湿地) still pairs with its counterpart.
 */
function mutualPairs(
  containment: (i: number, j: number) => number,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
): [number, number][] {
  // Every pair of the gap is weighed in each round, many times: its containment is read once
  // into a table (the same values; a Map lookup each time was most of a day's weak pairing).
  const width = j1 - j0;
  const table = new Float64Array(Math.max(0, i1 - i0) * Math.max(0, width));
  for (let i = i0; i < i1; i++)
    for (let j = j0; j < j1; j++) table[(i - i0) * width + (j - j0)] = containment(i, j);
  const c = (i: number, j: number): number => table[(i - i0) * width + (j - j0)] as number;
  const takenB = new Set<number>();
  const takenV = new Set<number>();
  const bestOf = (i: number): number => {
    let best = -1;
    for (let j = j0; j < j1; j++)
      if (!takenV.has(j) && (best < 0 || c(i, j) > c(i, best))) best = j;
    return best;
  };
  const bestOfV = (j: number): number => {
    let best = -1;
    for (let i = i0; i < i1; i++)
      if (!takenB.has(i) && (best < 0 || c(i, j) > c(best, j))) best = i;
    return best;
  };
  const unrivalled = (i: number, j: number): boolean => {
    const bar = c(i, j) / FAINT_MARGIN;
    for (let k = j0; k < j1; k++) if (k !== j && c(i, k) >= bar) return false;
    for (let k = i0; k < i1; k++) if (k !== i && c(k, j) >= bar) return false;
    return true;
  };
  const pairs: [number, number][] = [];
  // Another round only while paragraphs are left on both sides.
  while (takenB.size < i1 - i0 && takenV.size < j1 - j0) {
    const round: [number, number][] = [];
    for (let i = i0; i < i1; i++) {
      if (takenB.has(i)) continue;
      const j = bestOf(i);
      if (j < 0 || bestOfV(j) !== i) continue;
      const share = c(i, j);
      if (share >= WEAK_CONTAINMENT || (share >= FAINT_CONTAINMENT && unrivalled(i, j)))
        round.push([i, j]);
    }
    if (round.length === 0) break;
    for (const [i, j] of round) {
      takenB.add(i);
      takenV.add(j);
      pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Weak pairs of the gap [i0, i1) × [j0, j1): mutual best (mutualPairs), in order. */
function weakPairs(layout: Layout, i0: number, i1: number, j0: number, j1: number): Group[] {
  const c = layout.containment;
  const pairs = mutualPairs(c, i0, i1, j0, j1).sort((a, b) => a[0] - b[0]);
  const inOrder = anchorsInOrder(pairs.map(([, j]) => j));
  const groups = pairs
    .filter((_, k) => inOrder.has(k))
    .map(([i, j]) => ({ b0: i, b1: i, v0: j, v1: j }));
  // A paragraph left over beside a weak pair that shares with it is its other half (a column
  // break split it in one text only): it joins the pair.
  groups.forEach((g, k) => {
    const prev = groups[k - 1];
    const next = groups[k + 1];
    const bHigh = next ? next.b0 : i1;
    const vHigh = next ? next.v0 : j1;
    const bLow = prev ? prev.b1 + 1 : i0;
    const vLow = prev ? prev.v1 + 1 : j0;
    while (g.v1 + 1 < vHigh && c(g.b1, g.v1 + 1) >= WEAK_CONTAINMENT) g.v1 += 1;
    while (g.b1 + 1 < bHigh && c(g.b1 + 1, g.v1) >= WEAK_CONTAINMENT) g.b1 += 1;
    while (g.v0 - 1 >= vLow && c(g.b0, g.v0 - 1) >= WEAK_CONTAINMENT) g.v0 -= 1;
    while (g.b0 - 1 >= bLow && c(g.b0 - 1, g.v0) >= WEAK_CONTAINMENT) g.b0 -= 1;
  });
  return groups;
}

/** Deletions of [i0, i1), then insertions of [j0, j1); a moved paragraph always alone. */
function oneSided(layout: Layout, i0: number, i1: number, j0: number, j1: number): Chunk[] {
  const runs = (from: number, to: number, moved: ReadonlySet<number>): [number, number][] => {
    const out: [number, number][] = [];
    for (let k = from; k < to; k++) {
      const last = out[out.length - 1];
      if (last && !moved.has(k) && !moved.has(last[1] - 1) && last[1] === k) last[1] = k + 1;
      else out.push([k, k + 1]);
    }
    return out;
  };
  const chunks: Chunk[] = [];
  for (const [x, y] of runs(i0, i1, layout.movedB))
    chunks.push({
      b0: bAt(layout, x),
      b1: bAt(layout, y),
      v0: vAt(layout, j0),
      v1: vAt(layout, j0),
    });
  for (const [x, y] of runs(j0, j1, layout.movedV))
    chunks.push({
      b0: bAt(layout, i1),
      b1: bAt(layout, i1),
      v0: vAt(layout, x),
      v1: vAt(layout, y),
    });
  return chunks;
}

/** A gap without moves and without weak pairs: one chunk, or one-sided when lopsided. */
function plainGap(layout: Layout, i0: number, i1: number, j0: number, j1: number): Chunk[] {
  if (i0 >= i1 || j0 >= j1) return oneSided(layout, i0, i1, j0, j1);
  const chunk = {
    b0: bAt(layout, i0),
    b1: bAt(layout, i1),
    v0: vAt(layout, j0),
    v1: vAt(layout, j1),
  };
  const b = chunk.b1 - chunk.b0;
  const v = chunk.v1 - chunk.v0;
  if (Math.min(b, v) < LOPSIDED * Math.max(b, v)) {
    let shares = false;
    for (let i = i0; i < i1 && !shares; i++)
      for (let j = j0; j < j1 && !shares; j++)
        shares = layout.containment(i, j) >= WEAK_CONTAINMENT;
    if (!shares) return oneSided(layout, i0, i1, j0, j1);
  }
  return [chunk];
}

/** The chunks of the paragraphs [i0, i1) × [j0, j1) between two anchor groups. */
export function gapChunks(layout: Layout, i0: number, i1: number, j0: number, j1: number): Chunk[] {
  if (i0 >= i1 && j0 >= j1) return [];
  let moves = false;
  for (let i = i0; i < i1; i++) moves ||= layout.movedB.has(i);
  for (let j = j0; j < j1; j++) moves ||= layout.movedV.has(j);
  if (moves || i0 >= i1 || j0 >= j1) return oneSided(layout, i0, i1, j0, j1);
  if (i1 - i0 > MAX_WEIGHED || j1 - j0 > MAX_WEIGHED)
    return [{ b0: bAt(layout, i0), b1: bAt(layout, i1), v0: vAt(layout, j0), v1: vAt(layout, j1) }];
  const weak = weakPairs(layout, i0, i1, j0, j1);
  return chunksAround(layout, weak, plainGap, [i0, i1, j0, j1]);
}

/**
 * The chunks of the paragraphs [i0, i1) × [j0, j1) (`box`): each of `groups` (in order, inside
 * the box) is one chunk, and `gap` gives the chunks of the paragraphs before, between and after.
 */
export function chunksAround(
  layout: Layout,
  groups: Iterable<Group>,
  gap: (layout: Layout, i0: number, i1: number, j0: number, j1: number) => Chunk[],
  box: readonly [number, number, number, number],
): Chunk[] {
  const [i0, i1, j0, j1] = box;
  const chunks: Chunk[] = [];
  let bi = i0;
  let vj = j0;
  for (const g of groups) {
    chunks.push(...gap(layout, bi, g.b0, vj, g.v0), {
      b0: bAt(layout, g.b0),
      b1: bAt(layout, g.b1 + 1),
      v0: vAt(layout, g.v0),
      v1: vAt(layout, g.v1 + 1),
    });
    bi = g.b1 + 1;
    vj = g.v1 + 1;
  }
  chunks.push(...gap(layout, bi, i1, vj, j1));
  return chunks;
}
