/**
 * Finds foreign text printed between two paragraphs of a story: two-column OCR that interleaves
 * the paragraphs of another story, or a boxed sidebar set into the story. The evidence is another
 * page that prints the same two paragraphs one after the other as one story, where this page has
 * unmatched paragraphs and a headline or dateline between them (a boundary other pages show is
 * not there); once a page is caught at that, unmatched paragraphs it alone prints between two
 * paragraphs that another page prints back to back are foreign too. Without that, unmatched paragraphs between two shared ones are
 * taken for text the other papers cut (an abridged reprint), which is far more common.
 */
import {
  hasContinuationBetween,
  runsOn,
  unmatchedParagraphsBetween,
  type PageView,
} from './page-view';
import { maxOf } from '../model/bounded';

/** Returns the views with `foreignAfter` set where foreign text is found. */
export function markForeignRuns(views: readonly PageView[]): PageView[] {
  const groupCount = views.reduce(
    (max, view) =>
      maxOf(
        view.groups.map((g) => g + 1),
        max,
      ),
    0,
  );
  // Per page, the ordered pairs of groups it prints back to back as one story (`runs`), and
  // those with nothing unmatched between them either (`tight`).
  const runs = views.map(() => new Set<number>());
  const tight = views.map(() => new Set<number>());
  views.forEach((view, v) => {
    for (let m = 0; m + 1 < view.matched.length; m++) {
      const i = view.matched[m] as number;
      const j = view.matched[m + 1] as number;
      if (!runsOn(view, i, j)) continue;
      const key = (view.groups[i] as number) * groupCount + (view.groups[j] as number);
      runs[v]?.add(key);
      if (unmatchedParagraphsBetween(view, i, j) === 0) tight[v]?.add(key);
    }
  });
  return views.map((view, v) => {
    const elsewhere = (sets: readonly Set<number>[], key: number): boolean =>
      sets.some((pairs, w) => w !== v && pairs.has(key));
    const disputed = new Set<number>();
    const inserted = new Set<number>();
    const loose = new Set<number>();
    for (let m = 0; m + 1 < view.matched.length; m++) {
      const i = view.matched[m] as number;
      const j = view.matched[m + 1] as number;
      const key = (view.groups[i] as number) * groupCount + (view.groups[j] as number);
      if (view.groups[i] === view.groups[j] || hasContinuationBetween(view, i, j)) continue;
      const gap = unmatchedParagraphsBetween(view, i, j);
      if (runsOn(view, i, j)) {
        if (gap > 0 && elsewhere(tight, key)) inserted.add(i);
      } else if (elsewhere(runs, key)) {
        // A bare headline or dateline between two paragraphs is foreign only on a page already
        // caught with foreign paragraphs; alone it may be a real boundary the other page lacks.
        (gap > 0 ? disputed : loose).add(i);
      }
    }
    if (disputed.size === 0) return view;
    return { ...view, foreignAfter: new Set([...disputed, ...loose, ...inserted]) };
  });
}
