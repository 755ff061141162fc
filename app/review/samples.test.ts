/**
 * The review model on the engine's real output for the shared sample pages (read at test time,
 * never copied into the repository; skipped with a message when ../shared is absent): whole
 * newspaper pages with abridged reprints, where flags nest inside omitted passages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVariants } from '../compare';
import type { CompareResult, VariantText } from '../model/types';
import { foldText } from '../text/fold';
import { createProject, parseProject, serializeProject } from '../project/project-file';
import { changeBaseVariant, initStoryReview } from './canonical';
import { houseFormText } from './house-form';
import { acceptReading, bulkDecide, rejectFlag } from './decide';
import { applyTextEdit } from './edit';
import { reviewProblems } from './invariants';
import { countFlags, numberRows } from './queries';
import { storyVariants, variantStoryText } from './story-text';

const samples = resolve(__dirname, '../..', '../shared/samples/pages');
const present = existsSync(samples);
if (!present) console.warn(`review sample tests skipped: ${samples} is absent`);

let cached: { variants: VariantText[]; result: CompareResult } | undefined;
function load(): { variants: VariantText[]; result: CompareResult } {
  if (cached) return cached;
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
  cached = { variants, result: compareVariants(variants) };
  return cached;
}

const ctx = { editor: '王编辑', at: '2026-11-23T10:00:00.000Z' };

describe.skipIf(!present)('review model on the shared sample pages', () => {
  it('builds a sound review of every story on every base', () => {
    const { variants, result } = load();
    expect(result.stories.length).toBeGreaterThan(0);
    for (const story of result.stories) {
      for (const base of storyVariants(story)) {
        const review = initStoryReview(story, variants, base);
        expect(reviewProblems(review)).toEqual([]);
        expect(review.anchors).toHaveLength(story.flags.length);
      }
    }
  });

  it('accepting every reading of one variant, in story order, reproduces its story text from any base (up to style)', () => {
    const { variants, result } = load();
    for (const story of result.stories) {
      for (const target of storyVariants(story)) {
        const text = variantStoryText(
          story,
          target,
          variants.find((v) => v.id === target)?.text ?? '',
        ).text;
        for (const base of storyVariants(story)) {
          let review = initStoryReview(story, variants, base);
          for (const flag of story.flags)
            review = acceptReading(review, flag, target, ctx, story).review;
          expect(reviewProblems(review)).toEqual([]);
          // Outside flags the canonical keeps the base's style (folded away) in the house form (no
          // heading marks, full-width punctuation in Chinese; accepted readings go in as printed);
          // on its own base, exactly the base's text in that form.
          if (base === target) expect(houseFormText(review.canonical)).toBe(houseFormText(text));
          else expect(foldText(review.canonical).text).toBe(foldText(text).text);
        }
      }
    }
  });

  it('walks the lead story: decisions, a hand edit, a base change and a project round trip stay sound', () => {
    const { variants, result } = load();
    const story = result.stories[0];
    if (!story) throw new Error('no story');
    let review = initStoryReview(story, variants);
    review = bulkDecide(
      review,
      story,
      { categories: ['punctuation'] },
      { type: 'accept-majority' },
      ctx,
    ).review;
    const omission = story.flags.find(
      (f) => f.category === 'omission' && f.readings.some((r) => r.text === ''),
    );
    if (omission) {
      const absent = omission.readings.find((r) => r.text === '')?.variant ?? 'v1';
      review = acceptReading(review, omission, absent, ctx, story).review;
      review = rejectFlag(review, omission.id, ctx).review;
    }
    const middle = Math.floor(review.canonical.length / 2);
    review = applyTextEdit(
      review,
      { start: middle, end: middle + 3, text: '（编者注）' },
      ctx,
    ).review;
    expect(reviewProblems(review)).toEqual([]);
    const other = storyVariants(story).find((v) => v !== review.baseVariant) ?? review.baseVariant;
    const moved = changeBaseVariant(review, story, variants, other);
    expect(reviewProblems(moved)).toEqual([]);
    expect(Object.keys(moved.decisions).sort()).toEqual(Object.keys(review.decisions).sort());
    expect(countFlags(story.flags, review).total).toBe(story.flags.length);
    const rows = numberRows(story, review);
    const categoryOf = new Map(story.flags.map((f) => [f.id, f.category]));
    expect(rows.filter((r) => categoryOf.get(r.flagId) === 'number')).toHaveLength(
      story.flags.filter((f) => f.category === 'number').length,
    );
    expect(rows.some((r) => categoryOf.get(r.flagId) === 'omission')).toBe(false);

    const project = createProject({
      variants: variants.map((v) => ({
        id: v.id,
        path: v.path,
        name: v.name,
        encoding: v.encoding,
        sha256: 'f'.repeat(64),
        size: v.text.length,
      })),
      result,
      reviews: { [story.id]: review },
      savedAt: ctx.at,
      settings: { editorName: ctx.editor },
    });
    const parsed = parseProject(serializeProject(project));
    expect(parsed.ok && parsed.project).toEqual(project);
  });
});
