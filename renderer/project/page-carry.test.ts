import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../app/compare';
import { newTestStore } from '../../test/support/renderer/test-store';
import { WIRE_TEXT, reviewedProject } from '../../test/support/renderer/project-fixture';
import { carryToPages } from './page-carry';

describe('carryToPages', () => {
  it('keeps both decisions when a fourth page is added, then when it is removed again', () => {
    const { result, review, variants } = reviewedProject();
    const before = { result, reviews: { [review.storyId]: review }, texts: variants };
    const fourth = {
      id: 'v4',
      path: '/papers/weekly.txt',
      name: 'weekly.txt',
      encoding: 'utf-8',
      text: WIRE_TEXT.replace('318家', '316家'),
    };
    const added = [...variants, fourth];
    const withFour = compareVariants(added);
    const carried = carryToPages(before, withFour, added);
    if (!carried) throw new Error('nothing carried');
    expect(carried.report.lost).toEqual([]);
    expect(carried.report.carried).toBe(2);
    expect(carried.report.pages).toEqual({ added: ['weekly.txt'], removed: [] });
    const story = withFour.stories[0];
    const next = story ? carried.reviews[story.id] : undefined;
    expect(next?.canonical).toContain('副局长肖娜介绍');
    expect(next?.canonical).toContain('急难愁盼的问题');

    const back = compareVariants(variants);
    const again = carryToPages(
      { result: withFour, reviews: carried.reviews, texts: added },
      back,
      variants,
    );
    expect(again?.report.carried).toBe(2);
    expect(again?.report.pages).toEqual({ added: [], removed: ['weekly.txt'] });
  });

  it('has nothing to carry when nothing was decided', () => {
    const { result, variants } = reviewedProject();
    expect(carryToPages({ result, reviews: {}, texts: variants }, result, variants)).toBeNull();
  });

  it('the store takes the carried reviews and stays on the story the editor was on', () => {
    const { result, review, variants } = reviewedProject();
    const store = newTestStore();
    store.getState().applyProject({
      variants: variants.map((v) => ({ ...v, size: v.text.length, sha256: 'x' })),
      result,
      reviews: { [review.storyId]: review },
      title: null,
      path: null,
    });
    const added = [
      ...variants,
      { id: 'v4', path: '/w.txt', name: 'w.txt', encoding: 'utf-8', text: WIRE_TEXT },
    ];
    const withFour = compareVariants(added);
    const carried = carryToPages(
      { result, reviews: store.getState().reviews, texts: variants },
      withFour,
      added,
    );
    if (!carried) throw new Error('nothing carried');
    store.getState().applyRecompare(withFour, carried.reviews, carried.report);
    const state = store.getState();
    expect(state.result).toBe(withFour);
    expect(state.storyId).toBe(withFour.stories[0]?.id);
    expect(Object.keys(state.reviews[state.storyId ?? '']?.decisions ?? {})).toHaveLength(2);
    expect(state.sourceReport?.pages?.added).toEqual(['w.txt']);
  });
});
