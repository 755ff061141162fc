/**
 * The classification stage: after alignment, every site of a story is decided by the rule table
 * (rules.ts, ordered by precedence.ts) over the story's context (context.ts). Categories are those
 * of DESIGN.md, "The categories of a flag"; each decision names its rule and says why.
 */
import type { StoryContext } from './context';
import { decide } from './decide';
import type { Decision, Site, WhyLanguage } from './rule';

export type { Decision, Site, WhyLanguage } from './rule';

/** Classifies every site of one story over its context, in order. */
export function classifySites(
  sites: readonly Site[],
  story: StoryContext,
  language: WhyLanguage = 'en',
): Decision[] {
  return sites.map((site) => decide(witnessesOf(site), story, language));
}

/**
 * The readings that witness a site. A variant whose story text has already ended (a cut tail)
 * reads nothing at the site only because it stops before it: alignment may still give it an empty
 * reading at its end inside a truncated stretch. It says nothing about the words there, so the
 * site is decided by the variants that print them (five / 5 is a number, not a lost word). The
 * site keeps every reading when fewer than two printing variants are left, or when those agree
 * (then the missing end is the difference itself), and for alignment's shapes.
 */
export function witnessesOf(site: Site): Site {
  if (site.kind) return site;
  // Each reading's neighbours, made once for the site when an empty reading asks (a site of a
  // day's story has a reading per page, and each empty one is weighed against all the others).
  let neighbours: readonly Neighbours[] | undefined;
  const printing = site.readings.filter((r, k) => {
    if (r.text !== '') return true;
    if (r.folded.slice(r.end).trim() === '') return false;
    neighbours ??= site.readings.map(neighboursOf);
    return !elsewhere(site.readings, neighbours, k);
  });
  if (printing.length === site.readings.length || printing.length < 2) return site;
  if (new Set(printing.map((r) => r.text)).size < 2) return site;
  return { ...site, readings: printing };
}

/** How many characters (white space aside) on each side place a reading among its neighbours. */
const NEIGHBOUR_CHARS = 4;

/** A reading's neighbours: the last characters before it and the first after it, white space aside. */
interface Neighbours {
  readonly before: string;
  readonly after: string;
}

function neighboursOf(r: Site['readings'][number]): Neighbours {
  return {
    before: r.before.replace(/\s+/g, '').slice(-NEIGHBOUR_CHARS),
    after: r.after.replace(/\s+/g, '').slice(0, NEIGHBOUR_CHARS),
  };
}

/**
 * An empty reading (readings[k]) whose neighbours on both sides differ from those of every other
 * reading: alignment set it where the variant lacks this part of the story (a continuation, a
 * reprint that leaves the paragraph out), not where words were dropped between the same
 * neighbours. It witnesses nothing at the site.
 */
function elsewhere(
  readings: Site['readings'],
  neighbours: readonly Neighbours[],
  k: number,
): boolean {
  const r = readings[k];
  const own = neighbours[k] as Neighbours;
  let others = 0;
  for (const p of readings) if (p !== r) others += 1;
  if (others < 2) return false;
  return readings.every((p, i) => {
    if (p === r) return true;
    const theirs = neighbours[i] as Neighbours;
    return theirs.before !== own.before && theirs.after !== own.after;
  });
}
