/**
 * The segmenter's dictionary is the classifier's costliest load: rows that read its words ask only
 * where they could decide, so a compare of ordinary pages need not load it for a reworded phrase.
 */
import { describe, expect, it } from 'vitest';
import { exampleSite } from '../../test/fixtures/classify/site-fixture';
import { storyContext, type StoryContext } from './context';
import { RULES } from './rules';

/** A story context that records every stretch a row asks the segmenter about. */
function recording(story: string, asked: string[]): StoryContext {
  const inner = storyContext(story);
  return {
    ...inner,
    wordsOver: (variant, folded, at, to) => {
      asked.push(folded.slice(at, to));
      return inner.wordsOver(variant, folded, at, to);
    },
  };
}

/** The stretches the row `id` asks about for a site given as one bracketed string per variant. */
function askedBy(id: string, ...variants: string[]): string[] {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const { site, story } = exampleSite(variants);
  const asked: string[] = [];
  rule.applies(site, recording(story, asked));
  return asked;
}

describe('rows that read the segmenter ask only where they could decide', () => {
  it('name.unknown-run: not for a reading of two or more characters in any printing', () => {
    expect(askedBy('name.unknown-run', '大家都在[认真]听讲', '大家都在[]听讲')).toEqual([]);
    expect(
      askedBy('name.unknown-run', '老猎人巴[音]陶克陶走在前面', '老猎人巴[因]陶克陶走在前面'),
    ).not.toEqual([]);
  });

  it('name.unknown-run: no further printing once one reads dictionary words there', () => {
    expect(askedBy('name.unknown-run', '介绍了监[测]结果', '介绍了监[侧]结果')).toHaveLength(1);
  });

  it('name.place-suffix: not when no place or organisation suffix follows the reading', () => {
    expect(askedBy('name.place-suffix', '他们[最终]赢得了比赛', '他们[]赢得了比赛')).toEqual([]);
    expect(askedBy('name.place-suffix', '来到青[禾]街道调研', '来到青[河]街道调研')).not.toEqual(
      [],
    );
  });
});
