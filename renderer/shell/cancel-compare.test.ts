/**
 * The editor's Cancel while the worker compares: the review that was on screen before the change
 * (pages opened or removed) comes back whole, and a new comparison afterwards works. The worker
 * is replaced by a controllable stand-in (no Worker in Node); the client's own cancellation is
 * tested in renderer/worker/compare-client.test.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenResult } from '../../app/ipc/contract';
import type { CompareResult } from '../../app/model/types';
import { reviewedProject } from '../../test/support/renderer/project-fixture';
import { useAppStore } from '../store';

/** The running comparison of the stand-in worker: the test finishes or cancels it. */
const worker = vi.hoisted(() => ({
  running: null as null | { resolve: (r: CompareResult) => void; reject: (e: Error) => void },
  calls: 0,
}));

vi.mock('../worker/compare-client', () => {
  class CompareCanceledError extends Error {
    constructor(readonly byUser = false) {
      super('canceled');
    }
  }
  const stop = (byUser: boolean): boolean => {
    const run = worker.running;
    if (!run) return false;
    worker.running = null;
    run.reject(new CompareCanceledError(byUser));
    return true;
  };
  return {
    CompareCanceledError,
    runCompare: () => {
      stop(false);
      worker.calls += 1;
      return new Promise<CompareResult>(
        (resolve, reject) => (worker.running = { resolve, reject }),
      );
    },
    cancelCompare: () => void stop(false),
    cancelCompareByUser: () => stop(true),
  };
});

const { cancelComparison, receiveOpened, removePage } = await import('./session-actions');

const newPages: OpenResult = {
  files: [
    {
      path: '/x/p1.txt',
      name: 'p1.txt',
      encoding: 'utf-8',
      text: '另一篇稿件的第一页。',
      size: 30,
      sha256: 'p1',
    },
    {
      path: '/x/p2.txt',
      name: 'p2.txt',
      encoding: 'utf-8',
      text: '另一篇稿件的第二页。',
      size: 30,
      sha256: 'p2',
    },
  ],
  failures: [],
};

/** Waits until the stand-in worker has a comparison running. */
async function comparing(): Promise<void> {
  await vi.waitFor(() => expect(worker.running).not.toBeNull());
}

describe('Cancel while comparing', () => {
  let fixture: ReturnType<typeof reviewedProject>;
  beforeEach(() => {
    fixture = reviewedProject();
    worker.running = null;
    useAppStore.getState().applyProject({
      variants: fixture.variants.map((v) => ({ ...v, size: v.text.length, sha256: v.id })),
      result: fixture.result,
      reviews: { [fixture.review.storyId]: fixture.review },
      title: null,
      path: null,
    });
  });

  it('after opening new pages in place of the review: the review, its pages, decisions and place come back', async () => {
    const story = fixture.review.storyId;
    const flag = fixture.result.stories[0]!.flags[0]!.id;
    useAppStore.getState().selectFlag(flag);
    const before = useAppStore.getState();
    const done = receiveOpened(newPages, 'replace');
    await comparing();
    // While it compares, the new pages are in and the old result is gone, with progress shown.
    expect(useAppStore.getState().variants.map((v) => v.name)).toEqual(['p1.txt', 'p2.txt']);
    expect(useAppStore.getState().result).toBeNull();
    expect(useAppStore.getState().progress).not.toBeNull();
    expect(cancelComparison()).toBe(true);
    await done;
    const after = useAppStore.getState();
    expect(after.progress).toBeNull();
    expect(after.variants).toBe(before.variants);
    expect(after.result).toBe(before.result);
    expect(after.reviews).toBe(before.reviews);
    expect(after.reviews[story]?.decisions).toEqual(fixture.review.decisions);
    expect(after.storyId).toBe(before.storyId);
    expect(after.flagId).toBe(flag);
    expect(after.banners).toEqual(before.banners);
    // Nothing runs any more: a second Cancel does nothing.
    expect(cancelComparison()).toBe(false);
  });

  it('after removing a page, and when a newer change replaced the first one: back to the last compared review', async () => {
    const before = useAppStore.getState();
    const removed = removePage('v3');
    await comparing();
    expect(useAppStore.getState().variants).toHaveLength(2);
    // A second change while the first compares replaces that comparison (not a Cancel).
    const opened = receiveOpened(newPages, 'add');
    await removed;
    await comparing();
    expect(useAppStore.getState().progress).not.toBeNull();
    cancelComparison();
    await opened;
    expect(useAppStore.getState().variants).toBe(before.variants);
    expect(useAppStore.getState().result).toBe(before.result);
    expect(useAppStore.getState().reviews).toBe(before.reviews);
  });

  it('a comparison after a Cancel runs and shows its result', async () => {
    const done = receiveOpened(newPages, 'replace');
    await comparing();
    cancelComparison();
    await done;
    const callsBefore = worker.calls;
    const again = receiveOpened(newPages, 'replace');
    await comparing();
    expect(worker.calls).toBe(callsBefore + 1);
    const result: CompareResult = { version: 1, variants: [], stories: [], styleNotes: [] };
    worker.running!.resolve(result);
    await again;
    expect(useAppStore.getState().result).toBe(result);
    expect(useAppStore.getState().variants.map((v) => v.name)).toEqual(['p1.txt', 'p2.txt']);
    expect(useAppStore.getState().progress).toBeNull();
  });
});
