/**
 * From pair alignments to shaped sites: every variant's edits merged into sites on the base grid,
 * each trimmed to its disagreement and split at paragraph breaks and beside omissions; the
 * differences inside omitted or moved passages found against each copy; swaps, moves, cut tails,
 * numbers and Latin words given their shape.
 */
import type { Cleanup, PairAlignment } from './pairwise';
import { paragraphPieces, rejoinPieces } from './move-pieces';
import { insidePassage, nestedSites, splitAtEdges } from './nested-sites';
import {
  markTruncations,
  mergeMoves,
  mergeNumberParts,
  mergeSwaps,
  widenNumbers,
  type ShapedSite,
} from './shapes';
import { cellsOf, mergeSites, readSite, trimReadings, type SiteReading } from './sites';
import { mergeQuotePairs } from './quote-pairs';
import { mergeTimeParts } from './time-parts';
import { joinAcrossFigures, splitAtMarks, splitMarkBeforePassage } from './split-marks';
import { splitChangeBesideOmission } from './split-omission';
import { splitFigureBesideClause } from './split-clause';
import { splitFigureAndJoint } from './split-joint';
import { splitTouchingInsert } from './split-touching';
import { splitAtParagraph } from './split-paragraphs';
import { widenToWords } from './words';

/** The aligned variants a story's sites are shaped from (stand-ins already in place). */
export interface ShapeInput {
  readonly pairs: readonly PairAlignment[];
  readonly texts: readonly string[];
  readonly paragraphStarts: readonly (readonly number[])[];
  /** Index of the base among them. */
  readonly baseK: number;
  readonly cleanup: Cleanup;
}

/** Merged edits as sites, trimmed, split at one paragraph break and beside a dropped sentence. */
function mergedSites(input: ShapeInput): ShapedSite[] {
  const { pairs, texts, paragraphStarts } = input;
  const sites: ShapedSite[] = [];
  for (const cells of mergeSites(pairs, paragraphStarts[input.baseK], paragraphStarts)) {
    const trimmed = trimReadings(texts, readSite(pairs, cells.firstCell, cells.lastCell));
    if (!trimmed) continue;
    const site: ShapedSite = { ...cells, readings: trimmed, kind: 'change' };
    for (const part of splitAtParagraph(site, texts, paragraphStarts))
      sites.push(...splitChangeBesideOmission(part, texts));
  }
  return sites;
}

/**
 * Moves merged, and the differences nested in a passage that turned out to be moved dropped: they
 * are found again against the passage's copy (the old ones would read the copy twice). That holds
 * at both places — the insertion folded into the move, and the deletion mergeMoves turned into the
 * move in place. The differences split off at the passage's edges (splitAtEdges) lie outside it
 * and stay. A moved passage's copies may still differ inside (十七处 / 十九处): flagged against each
 * other.
 */
function withMoves(sites: ShapedSite[], input: ShapeInput): ShapedSite[] {
  const beforeMoves = new Map<ShapedSite, SiteReading[]>(
    sites
      .filter((site) => !site.nested)
      .map((site) => [site, site.readings.map((r) => ({ ...r }))]),
  );
  const evidence = { pairs: input.pairs, baseK: input.baseK };
  let out = mergeMoves(sites, input.texts, evidence);
  // Paragraphs moved to one place are then tried one by one (move-pieces.ts).
  const pieces = paragraphPieces(out, input.texts, input.paragraphStarts);
  if (pieces.origin.size > 0)
    out = rejoinPieces(mergeMoves(pieces.sites, input.texts, evidence), pieces.origin);
  const absorbed = [...beforeMoves].filter(([site]) => !out.includes(site) || site.kind === 'move');
  if (absorbed.length > 0)
    out = out.filter(
      (site) =>
        !site.nested ||
        !absorbed.some(
          ([a, readings]) =>
            a.firstCell === site.firstCell &&
            a.lastCell === site.lastCell &&
            insidePassage(site, readings),
        ),
    );
  // A moved passage's copies, and a piece of a site split for moves that found none, are
  // collated inside afresh (the site's old nested differences were dropped with it).
  const fresh = (site: ShapedSite): boolean =>
    site.kind === 'move' || (pieces.origin.size > 0 && !site.nested && !beforeMoves.has(site));
  return out.flatMap((site) => {
    if (!fresh(site)) return [site];
    const inner = nestedSites(site, input.texts, input.baseK, input.cleanup, site.kind === 'move');
    // A "move" in place is a paragraph printed where it stands: its differences are ordinary ones.
    if (site.kind === 'move' && site.inPlace)
      return inner.map((n) => ({ ...n, nested: false, ...cellsOf(n.readings[input.baseK]) }));
    return [site, ...inner];
  });
}

/** The shaped sites of the aligned variants, in base order (nested sites after their passage). */
export function shapeSites(input: ShapeInput): ShapedSite[] {
  const { pairs, texts } = input;
  const readAt = (first: number, last: number): SiteReading[] => readSite(pairs, first, last);
  // A cut after a changed stop (. / !) is the stop and a passage one printing lacks (split-marks.ts).
  let sites = mergedSites(input)
    .flatMap((site) => splitMarkBeforePassage(site, texts, input.baseK))
    .flatMap((site) =>
      splitAtEdges(site, nestedSites(site, texts, input.baseK, input.cleanup), texts),
    );
  sites = mergeSwaps(sites, texts, (f, l) => trimReadings(texts, readAt(f, l)) ?? readAt(f, l));
  sites = withMoves(sites, input);
  markTruncations(sites, texts, (texts[input.baseK] ?? '').length);
  // A changed mark beside a changed word is two places of different kinds (split-marks.ts).
  // So is one variant's change and another's insertion beside it (split-touching.ts).
  sites = joinAcrossFigures(sites, texts)
    .flatMap((site) => splitTouchingInsert(site, texts, input.baseK))
    .flatMap((site) => splitAtMarks(site, texts, input.baseK))
    .flatMap((site) => splitFigureBesideClause(site, texts, input.baseK))
    // A figure misread by one printing beside its joint set another way by another (split-joint.ts).
    .flatMap((site) => splitFigureAndJoint(site, texts, input.baseK));
  sites = mergeNumberParts(sites, texts);
  // The pieces of one time of day (时 / : and 分 / nothing) are one flag (time-parts.ts).
  sites = mergeTimeParts(sites, texts);
  // Quote marks dropped around a word are one difference (quote-pairs.ts).
  sites = mergeQuotePairs(sites, texts);
  widenNumbers(sites, texts);
  return widenToWords(sites, texts);
}
