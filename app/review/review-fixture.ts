/**
 * A story fixture with its review opened, for the review model's tests: the shared setup of
 * building a story from parts, starting its review and looking flags up by index.
 */
import type { Flag } from '../model/types';
import { initStoryReview } from './canonical';
import { buildStoryFixture, type FixtureOptions, type FixturePart, type StoryFixture } from './story-fixture';
import type { StoryReview } from './types';

/** A built fixture, its fresh review (v1 as base) and a lookup of its flags by index. */
export interface ReviewFixture extends StoryFixture {
  readonly review: StoryReview;
  /** The flag at `index` in story order; throws when there is none, so tests fail loudly. */
  readonly flag: (index: number) => Flag;
}

/** Builds the story the parts describe and opens its review with v1 as the base text. */
export function buildReviewFixture(variantCount: number, parts: readonly FixturePart[], options?: FixtureOptions): ReviewFixture {
  const fixture = buildStoryFixture(variantCount, parts, options);
  const review = initStoryReview(fixture.story, fixture.variants, 'v1');
  const flag = (i: number): Flag => {
    const f = fixture.story.flags[i];
    if (!f) throw new Error(`no flag ${i}`);
    return f;
  };
  return { ...fixture, review, flag };
}
