import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenResult } from '../../app/ipc/contract';
import { reviewedProject } from '../../test/support/renderer/project-fixture';
import { useAppStore } from '../store';
import { startNewWithPending } from './open-choice';
import { takeOpened } from './session-actions';

const opened: OpenResult = {
  files: [
    {
      path: '/x/new.txt',
      name: 'new.txt',
      encoding: 'utf-8',
      text: '新的一页',
      size: 12,
      sha256: 'n',
    },
  ],
  failures: [],
};

describe('opening files while a comparison is on screen', () => {
  beforeEach(() => {
    const { result, review, variants } = reviewedProject();
    useAppStore.getState().setPendingOpen(null);
    useAppStore.getState().applyProject({
      variants: variants.map((v) => ({ ...v, size: v.text.length, sha256: v.id })),
      result,
      reviews: { [review.storyId]: review },
      title: null,
      path: null,
    });
  });

  it('asks instead of replacing the review', async () => {
    const before = useAppStore.getState().result;
    await takeOpened(opened);
    expect(useAppStore.getState().pendingOpen).toBe(opened);
    expect(useAppStore.getState().result).toBe(before);
    expect(useAppStore.getState().variants).toHaveLength(3);
  });

  it('starting anew saves unsaved work first, and a cancelled save changes nothing', async () => {
    await takeOpened(opened);
    // A decision made after the project was opened: unsaved work.
    const story = useAppStore.getState().storyId ?? '';
    const flag = useAppStore
      .getState()
      .result?.stories.find((s) => s.id === story)
      ?.flags.find((f) => !useAppStore.getState().reviews[story]?.decisions[f.id]);
    useAppStore.getState().reject(flag?.id);
    let asked = 0;
    await startNewWithPending(async () => {
      asked += 1;
      return false;
    });
    expect(asked).toBe(1);
    expect(useAppStore.getState().pendingOpen).toBe(opened);
    expect(useAppStore.getState().variants).toHaveLength(3);
  });
});
