import { describe, expect, it } from 'vitest';
import { applyStyleNote } from './style';
import { styleActionOf } from './style-action';
import type { StoryReview } from './types';

function review(canonical: string): StoryReview {
  return { storyId: 's1', baseVariant: 'v1', canonical, anchors: [], decisions: {} };
}

describe('styleActionOf', () => {
  it('makes punctuation full-width in Chinese whichever width the noted page used', () => {
    const text = '今年以来,城东区新开(试点)食堂。';
    for (const kind of ['half-width-punctuation', 'full-width-punctuation'] as const) {
      expect(applyStyleNote(review(text), styleActionOf(kind)).review.canonical).toBe(
        '今年以来，城东区新开（试点）食堂。',
      );
    }
    // A canonical already in the house form is left alone (the page's full width is not copied, nor undone).
    expect(
      applyStyleNote(review('今年以来，城东区。'), styleActionOf('full-width-punctuation')).changes,
    ).toBe(0);
  });

  it('keeps every other kind as its own house rule', () => {
    expect(styleActionOf('heading-marks')).toBe('heading-marks');
    expect(
      applyStyleNote(review('１２家'), styleActionOf('full-width-digits')).review.canonical,
    ).toBe('12家');
  });
});
