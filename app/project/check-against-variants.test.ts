import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, FIXTURE_STORY } from '../../test/fixtures/export/export-fixture';
import type { ExportSource } from '../export/types';
import type { Story } from '../model/types';
import { checkAgainstVariants } from './check-against-variants';

/** The fixture with its one story replaced (and its reviews kept). */
function withStory(change: (story: Story) => Story): ExportSource {
  return { ...FIXTURE_SOURCE, stories: [change(FIXTURE_STORY)] };
}

describe('checkAgainstVariants', () => {
  it('finds nothing in a project that fits its variants', () => {
    expect(checkAgainstVariants(FIXTURE_SOURCE)).toEqual({ mismatches: [], total: 0 });
  });

  it('finds a reading past the end of its variant, a start after its end, and a reading that contradicts its variant', () => {
    const [first, second, third] = FIXTURE_STORY.flags;
    const length =
      FIXTURE_SOURCE.variants.find((v) => v.id === first?.readings[0]?.variant)?.text?.length ?? 0;
    const broken = withStory((story) => ({
      ...story,
      flags: [
        {
          ...first!,
          readings: first!.readings.map((r, k) =>
            k === 0 ? { ...r, start: length + 5, end: length + 8 } : r,
          ),
        },
        {
          ...second!,
          readings: second!.readings.map((r, k) => (k === 0 ? { ...r, start: r.end + 1 } : r)),
        },
        {
          ...third!,
          readings: third!.readings.map((r, k) => (k === 0 ? { ...r, text: `${r.text}假` } : r)),
        },
        ...story.flags.slice(3),
      ],
    }));
    const { mismatches, total } = checkAgainstVariants(broken);
    expect(total).toBe(3);
    expect(mismatches.map((m) => m.path)).toEqual([
      'result.stories[0].flags[0].readings[0]',
      'result.stories[0].flags[1].readings[0]',
      'result.stories[0].flags[2].readings[0]',
    ]);
    expect(mismatches[0]?.message).toMatch(/outside variant v\d, which is \d+ characters long/);
    expect(mismatches[1]?.message).toMatch(/after its end/);
    expect(mismatches[2]?.message).toMatch(/假" but variant v\d has/);
  });

  it('finds a span past its variant, an unknown variant, and decisions for flags that do not exist', () => {
    const span = withStory((story) => ({
      ...story,
      spans: [
        ...story.spans,
        { variant: 'v1', start: 0, end: 10_000_000 },
        { variant: 'v9', start: 0, end: 1 },
      ],
    }));
    expect(checkAgainstVariants(span).mismatches.map((m) => m.message)).toEqual([
      expect.stringMatching(/outside variant v1/),
      'names variant "v9", which the project does not list',
    ]);
    const review = FIXTURE_SOURCE.reviews[0]!;
    const decided = {
      ...FIXTURE_SOURCE,
      reviews: [
        {
          ...review,
          decisions: { ...review.decisions, 's1-f99': Object.values(review.decisions)[0]! },
        },
      ],
    };
    expect(checkAgainstVariants(decided).mismatches).toEqual([
      {
        path: `reviews.${review.storyId}.decisions.s1-f99`,
        message: `decides flag "s1-f99", which story ${review.storyId} does not have`,
        code: 'unknown-flag-decided',
        params: { flag: 's1-f99', story: review.storyId },
      },
    ]);
  });

  it('gives each mismatch a code and its values, so the window can say it in its own language', () => {
    const span = withStory((story) => ({
      ...story,
      spans: [
        { variant: 'v1', start: 5, end: 2 },
        { variant: 'v1', start: 0, end: 10_000_000 },
      ],
    }));
    const found = checkAgainstVariants(span).mismatches;
    expect(found.map((m) => m.code)).toEqual(['start-after-end', 'outside-variant']);
    expect(found[0]?.params).toEqual({ start: 5, end: 2 });
    expect(found[1]?.params).toMatchObject({ start: 0, end: 10_000_000, variant: 'v1' });
    expect(found[1]?.params.length).toBe(
      FIXTURE_SOURCE.variants.find((v) => v.id === 'v1')?.text?.length,
    );
  });
});
