import { describe, expect, it } from 'vitest';
import type { CompareResult, VariantText } from '../../app/model/types';
import { compareWithFallback } from './compare-fallback';

const page = (id: string, size: number): VariantText => ({
  id,
  path: `/${id}.txt`,
  name: `${id}.txt`,
  encoding: 'utf-8',
  text: '字'.repeat(size),
});
const empty = (variants: readonly VariantText[]): CompareResult => ({
  version: 1,
  variants: variants.map((v) => ({
    id: v.id,
    path: v.path,
    name: v.name,
    encoding: v.encoding,
    length: v.text.length,
  })),
  stories: [],
  styleNotes: [],
});
const never = (): boolean => false;

describe('compareWithFallback', () => {
  it('names the page without which the others compare, and keeps their comparison', async () => {
    const pages = [page('v1', 10), page('v2', 5000), page('v3', 12)];
    const run = async (vs: readonly VariantText[]): Promise<CompareResult> => {
      if (vs.some((v) => v.id === 'v2')) throw new RangeError('Maximum call stack size exceeded');
      return empty(vs);
    };
    const outcome = await compareWithFallback(pages, run, never);
    expect(outcome.failure).toEqual({
      message: 'Maximum call stack size exceeded',
      file: { id: 'v2', name: 'v2.txt' },
      files: ['v1.txt', 'v2.txt', 'v3.txt'],
    });
    expect(outcome.result?.variants.map((v) => v.id)).toEqual(['v1', 'v3']);
  });

  it('names no page when two pages fail, or when the rest fail too', async () => {
    const failing = async (): Promise<CompareResult> => {
      throw new Error('boom');
    };
    const two = await compareWithFallback([page('v1', 3), page('v2', 9)], failing, never);
    expect(two).toMatchObject({
      result: null,
      failure: { message: 'boom', file: null, files: ['v1.txt', 'v2.txt'] },
    });
    const three = await compareWithFallback(
      [page('v1', 3), page('v2', 9), page('v3', 4)],
      failing,
      never,
    );
    expect(three.failure?.file).toBeNull();
  });

  it('passes a cancellation through untouched', async () => {
    const canceled = new Error('replaced');
    const run = async (): Promise<CompareResult> => {
      throw canceled;
    };
    await expect(
      compareWithFallback(
        [page('v1', 3), page('v2', 4), page('v3', 5)],
        run,
        (e) => e === canceled,
      ),
    ).rejects.toBe(canceled);
  });
});
