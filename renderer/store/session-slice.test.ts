import { beforeEach, describe, expect, it } from 'vitest';
import type { CompareResult } from '../../app/model/types';
import { useAppStore } from './index';

function result(stories: { id: string; variants: string[]; flags: number }[]): CompareResult {
  const variants = ['v1', 'v2', 'v3'].map((id) => ({
    id,
    path: `${id}.txt`,
    name: `${id}.txt`,
    encoding: 'utf-8',
    length: 10,
  }));
  return {
    version: 1,
    variants,
    styleNotes: [],
    stories: stories.map((s) => ({
      id: s.id,
      title: s.id,
      spans: s.variants.map((variant) => ({ variant, start: 0, end: 10 })),
      flags: Array.from({ length: s.flags }, (_, i) => ({
        id: `${s.id}-f${i + 1}`,
        category: 'wording' as const,
        readings: s.variants.map((variant) => ({ variant, start: i, end: i + 1, text: 'x' })),
        majority: 'x',
      })),
    })),
  };
}

describe('session slice', () => {
  beforeEach(() => useAppStore.getState().clearResult());

  it('opens the story most variants share first, then the one with most flags', () => {
    useAppStore.getState().receiveResult(
      result([
        { id: 's1', variants: ['v1', 'v2'], flags: 9 },
        { id: 's2', variants: ['v1', 'v2', 'v3'], flags: 2 },
        { id: 's3', variants: ['v1', 'v2', 'v3'], flags: 4 },
      ]),
    );
    expect(useAppStore.getState().storyId).toBe('s3');
  });

  it('keys 1–9 choose among the variants of the current story only', () => {
    useAppStore.getState().receiveResult(result([{ id: 's1', variants: ['v1', 'v3'], flags: 1 }]));
    useAppStore.getState().showVariantAt(1);
    expect(useAppStore.getState().rightVariant).toBe('v3');
    useAppStore.getState().showVariantAt(5);
    expect(useAppStore.getState().rightVariant).toBe('v3');
  });

  it('switches story when a flag of another story is selected', () => {
    useAppStore.getState().receiveResult(
      result([
        { id: 's1', variants: ['v1', 'v2', 'v3'], flags: 3 },
        { id: 's2', variants: ['v1', 'v2'], flags: 2 },
      ]),
    );
    useAppStore.getState().selectFlag('s2-f2');
    expect(useAppStore.getState().storyId).toBe('s2');
    expect(useAppStore.getState().flagId).toBe('s2-f2');
  });

  it('forgets the reviews of the previous comparison', () => {
    useAppStore.getState().receiveResult(result([{ id: 's1', variants: ['v1', 'v2'], flags: 1 }]));
    useAppStore.setState({
      reviews: {
        s1: { storyId: 's1', baseVariant: 'v1', canonical: 'old', anchors: [], decisions: {} },
      },
    });
    useAppStore.getState().receiveResult(result([{ id: 's1', variants: ['v1', 'v2'], flags: 1 }]));
    expect(useAppStore.getState().reviews).toEqual({});
  });
});
