import { describe, expect, it } from 'vitest';
import { buildStoryFixture } from '../../test/fixtures/review/story-fixture';
import { initStoryReview } from './canonical';
import { rejectFlag } from './decide';
import { setDecisionNote } from './note';

const ctx = { editor: '编辑', at: '2026-11-23T10:00:00.000Z' };

describe('setDecisionNote', () => {
  it('puts a note on a decision, replaces and removes it, and leaves open flags alone', () => {
    const { story, variants } = buildStoryFixture(2, [
      '局长',
      { readings: ['李肖娜', '肖娜'], category: 'name' },
      '介绍。',
    ]);
    const open = initStoryReview(story, variants, 'v1');
    expect(setDecisionNote(open, 's1-f1', '问过记者')).toBe(open);
    const decided = rejectFlag(open, 's1-f1', ctx).review;
    const noted = setDecisionNote(decided, 's1-f1', '  问过记者 ');
    expect(noted.decisions['s1-f1']).toMatchObject({ status: 'rejected', note: '问过记者' });
    expect(noted.canonical).toBe(decided.canonical);
    expect(setDecisionNote(noted, 's1-f1', '问过记者')).toBe(noted);
    expect(setDecisionNote(noted, 's1-f1', '').decisions['s1-f1']).not.toHaveProperty('note');
  });
});
