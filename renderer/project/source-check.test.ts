import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../app/compare';
import type { LoadedFile, OpenResult } from '../../app/ipc/contract';
import { fakeSha, reviewedProject } from '../../test/support/renderer/project-fixture';
import { checkSources, type SourceCheckDeps } from './source-check';

function onDisk(files: readonly { path: string; name: string; text: string }[]): OpenResult {
  return {
    files: files.map((f): LoadedFile => ({
      ...f,
      encoding: 'utf-8',
      size: f.text.length,
      sha256: fakeSha(f.text),
    })),
    failures: [],
  };
}

function deps(disk: OpenResult, calls: { compares: number }): SourceCheckDeps {
  return {
    rereadPaths: async (paths) => ({
      files: disk.files.filter((f) => paths.includes(f.path)),
      failures: [],
    }),
    compare: async (variants) => {
      calls.compares += 1;
      return compareVariants(variants);
    },
  };
}

describe('checkSources', () => {
  it('opens the project as saved when every source is unchanged, without comparing again', async () => {
    const { project, variants } = reviewedProject();
    const calls = { compares: 0 };
    const outcome = await checkSources(
      project,
      '/p/x.variorum.json',
      deps(onDisk(variants), calls),
    );
    expect(outcome.report).toBeNull();
    expect(outcome.unavailable).toEqual([]);
    expect(calls.compares).toBe(0);
    expect(outcome.loaded.result).toBe(project.result);
    expect(outcome.loaded.reviews).toBe(project.reviews);
    expect(outcome.loaded.variants.map((v) => v.text)).toEqual(variants.map((v) => v.text));
  });

  it('says which source changed, compares again, carries what it can and lists what it cannot', async () => {
    const { project, variants } = reviewedProject();
    // The daily paper's file was corrected on disk: it now prints the full name, so the name
    // flag (and the decision on it) no longer exists; the wording flag is untouched.
    const daily = variants[1];
    if (!daily) throw new Error('fixture');
    const corrected = { ...daily, text: daily.text.replace('肖娜', '李肖娜') };
    const calls = { compares: 0 };
    const outcome = await checkSources(
      project,
      null,
      deps(onDisk([variants[0]!, corrected, variants[2]!]), calls),
    );
    expect(calls.compares).toBe(1);
    expect(outcome.report?.changes).toEqual([{ id: 'v2', path: daily.path, change: 'changed' }]);
    expect(outcome.report?.carried).toBe(1);
    expect(outcome.report?.lost.map((l) => [l.reason, l.readings.includes('李')])).toEqual([
      ['no-matching-flag', true],
    ]);
    const review = Object.values(outcome.loaded.reviews)[0];
    expect(review?.canonical).toContain('群众急难愁盼的问题');
    expect(outcome.loaded.variants[1]?.text).toBe(corrected.text);
    expect(outcome.loaded.variants[1]?.sha256).toBe(fakeSha(corrected.text));
  });

  it('uses the embedded copy of a source missing on disk and says it is missing', async () => {
    const { project, variants } = reviewedProject();
    const calls = { compares: 0 };
    const outcome = await checkSources(
      project,
      null,
      deps(onDisk([variants[0]!, variants[1]!]), calls),
    );
    expect(calls.compares).toBe(0);
    expect(outcome.report?.changes).toEqual([
      { id: 'v3', path: variants[2]?.path, change: 'missing' },
    ]);
    expect(outcome.loaded.variants.map((v) => v.text)).toEqual(variants.map((v) => v.text));
  });

  it('refuses to open when a source has neither an embedded text nor a file', async () => {
    const { project, variants } = reviewedProject();
    const bare = { ...project, variants: project.variants.map(({ text: _text, ...v }) => v) };
    const outcome = await checkSources(bare, null, deps(onDisk([variants[0]!]), { compares: 0 }));
    expect(outcome.unavailable).toEqual(['daily.txt', 'evening.txt']);
  });
});
