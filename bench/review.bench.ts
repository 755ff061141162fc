/**
 * Review model figures on the size issue 5 measures the UI at: one story of 10 variants × ~20k
 * characters with ~500 flags. Prints the time of each pure operation the UI calls per action
 * (the UI budget is 50 ms for next-flag and 16 ms for a keystroke, of which this is the model's share).
 */
import { performance } from 'node:perf_hooks';
import type { Category, CompareResult } from '../app/model/types';
import { createProject, parseProject, serializeProject } from '../app/project/project-file';
import { initStoryReview } from '../app/review/canonical';
import { acceptReading, bulkDecide } from '../app/review/decide';
import { applyTextEdit } from '../app/review/edit';
import {
  NO_FILTER,
  countFlags,
  filterFlags,
  groupByParagraph,
  numberRows,
  stepFlag,
  statusOf,
  varianceProfile,
} from '../app/review/queries';
import { buildStoryFixture, type FixturePart } from '../test/fixtures/review/story-fixture';
import { applyHouseStyleToReview } from '../app/review/style';

const VARIANTS = 10;
const FLAGS = 500;
const SHARED = '社会工作者深入社区走访群众，了解实际需求并持续优化服务举措，让居民更满意。'; // 37 characters

/** Median milliseconds of `runs` calls. */
function time(runs: number, fn: (i: number) => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

/** Builds the generated story and prints the figures. */
export async function run(): Promise<void> {
  const categories: Category[] = ['name', 'number', 'punctuation', 'wording', 'omission'];
  const parts: FixturePart[] = [];
  for (let f = 0; f < FLAGS; f++) {
    parts.push(SHARED + (f % 8 === 7 ? '\n' : ''));
    const readings = Array.from({ length: VARIANTS }, (_, v) =>
      v % 3 === f % 3 ? `${f}名` : `${f + 1}名`,
    );
    parts.push({ readings, category: categories[f % categories.length] ?? 'wording' });
  }
  const { story, variants } = buildStoryFixture(VARIANTS, parts);
  const ctx = { editor: 'bench', at: '2026-11-23T10:00:00.000Z' };
  const length = variants[0]?.text.length ?? 0;
  console.log(`story: ${VARIANTS} variants × ${length} characters, ${story.flags.length} flags`);

  let review = initStoryReview(story, variants);
  console.log(
    `initStoryReview (default base)   ${time(5, () => initStoryReview(story, variants)).toFixed(2)} ms`,
  );
  const flags = story.flags;
  console.log(
    `accept one reading               ${time(50, (i) => acceptReading(review, flags[(i * 7) % flags.length] ?? flags[0]!, 'v2', ctx, story)).toFixed(3)} ms`,
  );
  console.log(
    `keystroke (applyTextEdit)        ${time(200, (i) => applyTextEdit(review, { start: (i * 97) % length, end: (i * 97) % length, text: '字' }, ctx)).toFixed(3)} ms`,
  );
  // What the flag list does on a decision: filter the story, then step to the next open flag.
  console.log(
    `next open flag                   ${time(200, (i) => stepFlag(filterFlags(story, review, NO_FILTER), flags[(i * 97) % flags.length]?.id ?? null, 1, (f) => statusOf(review, f.id) === 'open', flags)).toFixed(3)} ms`,
  );
  console.log(
    `counts                           ${time(50, () => countFlags(flags, review)).toFixed(3)} ms`,
  );
  console.log(
    `group by paragraph               ${time(20, () => groupByParagraph(flags, review)).toFixed(3)} ms`,
  );
  console.log(
    `number table rows                ${time(20, () => numberRows(story, review)).toFixed(3)} ms`,
  );
  console.log(
    `variance profile (200 buckets)   ${time(50, () => varianceProfile(story, review, 200)).toFixed(3)} ms`,
  );
  console.log(
    `bulk accept majority (${FLAGS} flags) ${time(3, () => bulkDecide(review, story, {}, { type: 'accept-majority' }, ctx)).toFixed(2)} ms`,
  );
  console.log(
    `house style on the canonical     ${time(5, () => applyHouseStyleToReview(review)).toFixed(2)} ms`,
  );
  review = bulkDecide(review, story, {}, { type: 'accept-majority' }, ctx).review;
  const result: CompareResult = {
    version: 1,
    variants: variants.map((v) => ({
      id: v.id,
      path: v.path,
      name: v.name,
      encoding: v.encoding,
      length: v.text.length,
    })),
    stories: [story],
    styleNotes: [],
  };
  const project = createProject({
    variants: variants.map((v) => ({
      id: v.id,
      path: v.path,
      name: v.name,
      encoding: v.encoding,
      sha256: '0'.repeat(64),
      size: v.text.length * 3,
      text: v.text,
    })),
    result,
    reviews: { [review.storyId]: review },
    savedAt: ctx.at,
  });
  const text = serializeProject(project);
  console.log(
    `serialize project (${(text.length / 1e6).toFixed(2)} M chars)  ${time(5, () => serializeProject(project)).toFixed(2)} ms`,
  );
  console.log(
    `parse + validate project         ${time(5, () => parseProject(text)).toFixed(2)} ms`,
  );
}
