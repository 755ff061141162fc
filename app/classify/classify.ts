/**
 * The classification stage: after alignment, every site of a story is decided by the rule table
 * (rules.ts, ordered by precedence.ts) over the story's context (context.ts). Categories are those
 * of DESIGN.md, "The categories of a flag"; each decision names its rule and says why.
 */
import { storyContext, type StoryContext } from './context';
import { decide } from './decide';
import type { ClassifyReading, Decision, Site, WhyLanguage } from './rule';

export type { ClassifyReading, Decision, Site, WhyLanguage } from './rule';

/**
 * Classifies one site from every variant's reading in context. `story` is the story's context,
 * or for callers without one (tests), the story's folded text.
 */
export function classifySite(
  readings: readonly ClassifyReading[],
  story: StoryContext | string,
  language: WhyLanguage = 'en',
): Decision {
  return decide({ readings }, typeof story === 'string' ? storyContext(story) : story, language);
}

/** Classifies every site of one story over its context, in order. */
export function classifySites(
  sites: readonly Site[],
  story: StoryContext,
  language: WhyLanguage = 'en',
): Decision[] {
  return sites.map((site) => decide(site, story, language));
}
