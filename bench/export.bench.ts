/**
 * Export figures: time of every format for one story of 10 variants × 20k characters (the size
 * issue 5 measures the UI at; generated text, about one edit per 300 characters) and, when
 * present, for the shared sample pages. Reviews start as app/review's majority canonical.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compareVariants } from '../app/compare';
import { EXPORT_FORMATS, exportProject, type ExportSource } from '../app/export/index';
import { generateStory, makeVariant } from '../test/fixtures/synthetic';
import type { VariantText } from '../app/model/types';
import { initStoryReview } from '../app/review/canonical';

const here = dirname(fileURLToPath(import.meta.url));
const samples = resolve(here, '..', '..', 'shared', 'samples', 'pages');

function sourceOf(variants: readonly VariantText[]): ExportSource {
  const result = compareVariants(variants);
  return {
    variants,
    stories: result.stories,
    reviews: result.stories.map((s) => initStoryReview(s, variants)),
    styleNotes: result.styleNotes,
  };
}

async function measure(label: string, source: ExportSource): Promise<void> {
  const flags = source.stories.reduce((n, s) => n + s.flags.length, 0);
  const chars = source.reviews.reduce((n, r) => n + r.canonical.length, 0);
  console.log(
    `\n${label}: ${source.stories.length} stories, ${flags} flags, canonical ${chars} chars`,
  );
  for (const format of EXPORT_FORMATS) {
    const started = performance.now();
    const file = await exportProject(format, source, { now: '2026-11-23T10:00:00Z' });
    const ms = performance.now() - started;
    const size =
      typeof file.data === 'string'
        ? new TextEncoder().encode(file.data).byteLength
        : file.data.byteLength;
    console.log(
      `  ${format.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms  ${(size / 1024).toFixed(1).padStart(8)} KiB`,
    );
  }
}

/** Prints the figures; never fails on a number. */
export async function run(): Promise<void> {
  const text = generateStory(20_000, 1);
  const variants: VariantText[] = Array.from({ length: 10 }, (_, i) => ({
    id: `v${i + 1}`,
    path: `v${i + 1}.txt`,
    name: `v${i + 1}.txt`,
    encoding: 'utf-8',
    text: i === 0 ? text : makeVariant(text, i + 1, 300, i % 2 === 0),
  }));
  await measure('10 variants x 20k', sourceOf(variants));
  if (existsSync(samples)) {
    const pages = readdirSync(samples)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f, i): VariantText => ({
        id: `v${i + 1}`,
        path: join(samples, f),
        name: f,
        encoding: 'utf-8',
        text: readFileSync(join(samples, f), 'utf8'),
      }));
    await measure('sample pages', sourceOf(pages));
  } else {
    console.log(`sample pages skipped: ${samples} is absent`);
  }
}
