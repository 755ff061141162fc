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
  const printing = site.readings.filter(
    (r) =>
      r.text !== '' ||
      (r.folded.slice(r.end).trim() !== '' &&
        !elsewhere(
          r,
          site.readings.filter((p) => p !== r),
        )),
  );
  if (printing.length === site.readings.length || printing.length < 2) return site;
  if (new Set(printing.map((r) => r.text)).size < 2) return site;
  return { ...site, readings: printing };
}

/** How many characters (white space aside) on each side place a reading among its neighbours. */
const NEIGHBOUR_CHARS = 4;

const edge = (text: string, end: boolean): string => {
  const compact = text.replace(/\s+/g, '');
  return end ? compact.slice(-NEIGHBOUR_CHARS) : compact.slice(0, NEIGHBOUR_CHARS);
};

/**
 * An empty reading whose neighbours on both sides differ from those of every other reading:
 * alignment set it where the variant lacks this part of the story (a continuation, a reprint that
 * leaves the paragraph out), not where words were dropped between the same neighbours. It
 * witnesses nothing at the site.
 */
function elsewhere(r: Site['readings'][number], others: Site['readings']): boolean {
  return (
    others.length >= 2 &&
    others.every(
      (p) =>
        edge(p.before, true) !== edge(r.before, true) &&
        edge(p.after, false) !== edge(r.after, false),
    )
  );
}
