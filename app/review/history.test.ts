import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, pushHistory, redo, undo } from './history';

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
