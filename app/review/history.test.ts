import { describe, expect, it } from 'vitest';
import { initStoryReview } from './canonical';
import { acceptReading } from './decide';
import { applyTextEdit } from './edit';
import { canRedo, canUndo, createHistory, pushHistory, redo, undo } from './history';
import { buildStoryFixture } from '../../test/fixtures/review/story-fixture';

describe('history', () => {
  it('undoes and redoes in order, and a new push clears redo', () => {
    let h = createHistory('a');
    h = pushHistory(h, 'b');
    h = pushHistory(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = pushHistory(h, 'd');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('b');
  });

  it('coalesces consecutive pushes with the same key into one undo step', () => {
    let h = createHistory('');
    for (const text of ['李', '李晓', '李晓娜']) h = pushHistory(h, text, { coalesce: 'typing-1' });
    h = pushHistory(h, '李晓娜。', { coalesce: 'typing-2' });
    expect(h.present).toBe('李晓娜。');
    h = undo(h);
    expect(h.present).toBe('李晓娜');
    h = undo(h);
    expect(h.present).toBe('');
  });

  it('does not coalesce after an undo, and keeps at most `limit` steps', () => {
    let h = createHistory(0, 3);
    for (let i = 1; i <= 10; i++) h = pushHistory(h, i);
    expect(h.past).toEqual([7, 8, 9]);
    let k = pushHistory(createHistory('x'), 'y', { coalesce: 't' });
    k = undo(k);
    k = pushHistory(k, 'z', { coalesce: 't' });
    expect(k.past).toEqual(['x']);
  });
});

describe('history of a review', () => {
  it('undoes a hand edit typed in keystrokes as one step, then a decision, and redoes them', () => {
    const { story, variants } = buildStoryFixture(2, [
      '记者',
      { readings: ['李肖娜', '肖娜'] },
      '报道。',
    ]);
    const flag = story.flags[0];
    if (!flag) throw new Error('fixture');
    const ctx = { editor: 'e', at: 't' };
    const start = initStoryReview(story, variants, 'v1');
    let h = createHistory(start);
    h = pushHistory(h, acceptReading(h.present, flag, 'v2', ctx).review);
    const decided = h.present;
    for (const ch of ['（', '完', '）']) {
      const end = h.present.canonical.length;
      h = pushHistory(h, applyTextEdit(h.present, { start: end, end, text: ch }, ctx).review, {
        coalesce: 'typing@end',
      });
    }
    expect(h.present.canonical).toBe('记者肖娜报道。（完）');
    h = undo(h);
    expect(h.present).toBe(decided);
    h = undo(h);
    expect(h.present).toBe(start);
    h = redo(redo(h));
    expect(h.present.canonical).toBe('记者肖娜报道。（完）');
  });
});
