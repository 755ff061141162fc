/**
 * The rule table's own tests: each row's examples, run through the whole engine. A positive
 * example must be decided by its own row — when another row decides it first, the new row is
 * shadowed and the test names the row that took it (the newcomer test). A negative example must
 * not make its row apply. Every row has a place in precedence.ts.
 */
import { describe, expect, it } from 'vitest';
import { exampleSite } from '../../test/fixtures/classify/site-fixture';
import { storyContext } from './context';
import { decide, explain } from './decide';
import { PRECEDENCE } from './precedence';
import type { Example, Rule } from './rule';
import { RULES } from './rules';

const label = (example: Example): string =>
  ('variants' in example ? example.variants : example).join(' / ');

describe('the rule table', () => {
  it('has unique ids, each with its place in precedence.ts, and no place without a rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...PRECEDENCE].sort());
    expect(ids).toEqual(PRECEDENCE);
  });

  it('gives every rule a positive example and (but the last, which always applies) a negative one', () => {
    RULES.forEach((rule, i) => {
      expect(rule.examples.positive.length, rule.id).toBeGreaterThan(0);
      if (i < RULES.length - 1) expect(rule.examples.negative.length, rule.id).toBeGreaterThan(0);
    });
  });

  it('names each rule after its category', () => {
    for (const rule of RULES) expect(rule.id.split('.')[0], rule.id).toBe(rule.category);
  });

  it('ends with a rule that always applies', () => {
    const last = RULES[RULES.length - 1] as Rule;
    const { site, story } = exampleSite(['a[b]c', 'a[d]c']);
    expect(last.applies(site, storyContext(story))).not.toBeNull();
  });

  it('explains every rule in both languages, with no placeholder left unfilled', () => {
    for (const rule of RULES) {
      for (const example of rule.examples.positive) {
        const { site, story, blocks } = exampleSite(example);
        const evidence = rule.applies(site, storyContext(story, blocks));
        if (!evidence) continue;
        for (const language of ['en', 'zh-CN'] as const) {
          const text = explain(rule, site, evidence.params, language);
          expect(text, `${rule.id} ${language}`).not.toMatch(/\{\w+\}/);
          expect(text.length).toBeGreaterThan(4);
        }
      }
    }
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_, rule) => {
  it.each(rule.examples.positive.map((e) => [label(e), e] as const))('decides %s', (_, example) => {
    const { site, story, blocks } = exampleSite(example);
    const decision = decide(site, storyContext(story, blocks));
    expect(decision.rule).toBe(rule.id);
    expect(decision.category).toBe(rule.category);
  });
  it.each(rule.examples.negative.map((e) => [label(e), e] as const))(
    'does not apply to %s',
    (_, example) => {
      const { site, story, blocks } = exampleSite(example);
      expect(rule.applies(site, storyContext(story, blocks))).toBeNull();
    },
  );
});
