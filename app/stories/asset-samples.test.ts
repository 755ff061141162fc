/**
 * The finder on the project's own sample sets (assets/samples/zh and en, three papers each, with
 * mastheads): the shared story is named by its headline and its spans start there, never at
 * the masthead; the English set gives one shared story and the photo caption stays out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { VariantText } from '../model/types';
import { findStories } from './find-stories';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The .txt files of one sample set as variants, or [] when the folder is absent. */
function sampleSet(lang: string): VariantText[] {
  const dir = join(repoRoot, 'assets/samples', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name, i) => ({
      id: `v${i + 1}`,
      path: join(dir, name),
      name,
      encoding: 'utf-8',
      text: readFileSync(join(dir, name), 'utf8').replace(/^\ufeff/u, ''),
    }));
}

const zh = sampleSet('zh');
const en = sampleSet('en');

describe.skipIf(zh.length < 2)('finder on assets/samples/zh', () => {
  it('names the lead story by its headline and starts every span there, not at the masthead', () => {
    const title = '老旧小区改造让居民住得更舒心';
    const lead = findStories(zh).shared.find((s) => s.title === title);
    expect(lead?.missing).toEqual([]);
    for (const v of zh) {
      const first = lead?.spans.find((s) => s.variant === v.id);
      expect(first?.start, v.name).toBe(v.text.indexOf(title));
    }
  });
});

describe.skipIf(en.length < 2)('finder on assets/samples/en', () => {
  it('finds one shared story under its headline, from the headline to the last paragraph', () => {
    const { shared, unique } = findStories(en);
    expect(shared).toHaveLength(1);
    expect(unique).toEqual([]);
    const story = shared[0];
    expect(story?.title).toBe('Harbor city opens floating solar farm on old reservoir');
    for (const v of en) {
      const spans = story?.spans.filter((s) => s.variant === v.id) ?? [];
      expect(spans).toHaveLength(1);
      const text = v.text.slice(spans[0]?.start, spans[0]?.end);
      expect(text.startsWith('Harbor city opens'), v.name).toBe(true);
      expect(text.trimEnd().endsWith('by 2028.'), v.name).toBe(true);
    }
  });
});
