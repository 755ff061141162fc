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
    (r) => r.text !== '' || r.folded.slice(r.end).trim() !== '',
  );
  if (printing.length === site.readings.length || printing.length < 2) return site;
  if (new Set(printing.map((r) => r.text)).size < 2) return site;
  return { ...site, readings: printing };
}
