/**
 * The engine: tries the rules of the table in the order of precedence.ts and returns the first
 * that finds evidence, with its id and its explanation in the requested language.
 */
import type { StoryContext } from './context';
import type { Decision, Rule, Site, WhyLanguage, WhyParams } from './rule';
import { RULES } from './rules';

/** Longest reading quoted whole in an explanation; longer ones are cut with an ellipsis. */
const QUOTE_MAX = 16;

const NOTHING: Readonly<Record<WhyLanguage, string>> = { en: 'nothing', 'zh-CN': '无' };

function quote(text: string, language: WhyLanguage): string {
  const trimmed = text.trim();
  if (trimmed === '') return NOTHING[language];
  const chars = [...trimmed];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : trimmed;
}

/** The majority reading (or the first variant's) and the first other reading. */
function readingsOf(site: Site): { a: string; b: string } {
  const counts = new Map<string, number>();
  for (const r of site.readings) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  const a = ranked[0]?.[0] ?? '';
  const b = site.readings.find((r) => r.text !== a)?.text ?? '';
  return { a, b };
}

/** The rule's explanation with its readings and evidence filled in. */
export function explain(
  rule: Rule,
  site: Site,
  params: WhyParams | undefined,
  language: WhyLanguage,
): string {
  const { a, b } = readingsOf(site);
  const values: Record<string, string | number> = {
    a: quote(a, language),
    b: quote(b, language),
    ...params,
  };
  return rule.why[language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

/** Decides a site's category: the first rule (by precedence) with evidence. */
export function decide(
  site: Site,
  story: StoryContext,
  language: WhyLanguage = 'en',
  rules: readonly Rule[] = RULES,
): Decision {
  for (const rule of rules) {
    const evidence = rule.applies(site, story);
    if (!evidence) continue;
    return {
      category: rule.category,
      rule: rule.id,
      why: explain(rule, site, evidence.params, language),
      ...(evidence.numbers ? { numbers: evidence.numbers } : {}),
    };
  }
  throw new Error('The rule table has no last rule that always applies.');
}
