/**
 * Carry-over on the engine's real output: a sample page changes on disk (a line added at its top,
 * one of its discrepancies corrected), the pages are compared again, and every decision lands on
 * the same place or is listed. Reads ../shared/samples at test time; skipped when absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVariants } from '../compare';
import type { VariantText } from '../model/types';
import { initStoryReview } from '../review/canonical';
import { acceptReading, rejectFlag } from '../review/decide';
import { reviewProblems } from '../review/invariants';
import { carryOverDecisions } from './carry-over';

const samples = resolve(__dirname, '../..', '../shared/samples/pages');
const present = existsSync(samples);
if (!present) console.warn(`carry-over sample test skipped: ${samples} is absent`);

const ctx = { editor: '王编辑', at: '2026-11-23T10:00:00.000Z' };

describe.skipIf(!present)('carry-over on the shared sample pages', () => {
  it('carries every decision to the re-run comparison of a changed page and lists the one whose flag is gone', () => {
    const variants: VariantText[] = readdirSync(samples)
      .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
      .sort()
      .map((f, i) => ({
        id: `v${i + 1}`,
        path: join(samples, f),
        name: basename(f),
        encoding: 'utf-8',
        text: readFileSync(join(samples, f), 'utf8').replace(/^\ufeff/, ''),
      }));
    const before = compareVariants(variants);
    const story = before.stories[0];
    if (!story) throw new Error('no story');

    // Decide every non-omission flag where v2 stands alone: accept v2 at even ones, reject odd ones.
    const alone = story.flags.filter(
      (f) =>
        f.category !== 'omission' &&
        f.readings.length === 3 &&
        f.readings.filter((r) => r.text === f.readings.find((x) => x.variant === 'v2')?.text)
          .length === 1,
    );
    expect(alone.length).toBeGreaterThan(3);
    let review = initStoryReview(story, variants);
    alone.forEach((flag, i) => {
      review =
        i % 2 === 0
          ? acceptReading(review, flag, 'v2', ctx, story).review
          : rejectFlag(review, flag.id, ctx).review;
    });

    // v2 changes on disk: a new first line, and its reading at the first such flag corrected to v1's.
    const fixed = alone[0];
    const v2 = variants.find((v) => v.id === 'v2');
    const wrong = fixed?.readings.find((r) => r.variant === 'v2');
    const right = fixed?.readings.find((r) => r.variant === 'v1');
    if (!fixed || !v2 || !wrong || !right) throw new Error('fixture');
    const corrected = v2.text.slice(0, wrong.start) + right.text + v2.text.slice(wrong.end);
    const changed = variants.map((v) =>
      v.id === 'v2' ? { ...v, text: `本报更正说明：此版已重新校对。\n${corrected}` } : v,
    );
    const after = compareVariants(changed);

    const outcome = carryOverDecisions(before, { [story.id]: review }, after, changed);
    const decided = Object.keys(review.decisions);
    expect(outcome.carried.length + outcome.lost.length).toBe(decided.length);
    expect(outcome.lost.map((l) => l.flagId)).toEqual([fixed.id]);
    expect(outcome.lost[0]?.reason).toBe('no-matching-flag');
    const next = Object.values(outcome.reviews)[0];
    if (!next) throw new Error('no review');
    expect(reviewProblems(next)).toEqual([]);
    const newStory = after.stories.find((s) => s.id === Object.keys(outcome.reviews)[0]);
    for (const carried of outcome.carried) {
      const oldFlag = story.flags.find((f) => f.id === carried.fromFlagId);
      const newFlag = newStory?.flags.find((f) => f.id === carried.toFlagId);
      expect(new Set(newFlag?.readings.map((r) => r.text))).toEqual(
        new Set(oldFlag?.readings.map((r) => r.text)),
      );
      expect(next.decisions[carried.toFlagId]).toEqual({
        ...review.decisions[carried.fromFlagId],
        flagId: carried.toFlagId,
      });
    }
  });
});
