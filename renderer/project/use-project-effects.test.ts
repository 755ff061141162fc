import { describe, expect, it } from 'vitest';
import { windowTitle } from './use-project-effects';

describe('windowTitle', () => {
  it('names the project file, marks unsaved changes, and falls back to the app name', () => {
    expect(windowTitle('/home/ed/稿件/review.variorum.json', null, false)).toBe(
      'review.variorum.json — Variorum',
    );
    expect(windowTitle('C:\\Users\\ed\\review.variorum.json', '标题', true)).toBe(
      '● review.variorum.json — Variorum',
    );
    expect(windowTitle(null, '全市社会工作推进会', false)).toBe('全市社会工作推进会 — Variorum');
    expect(windowTitle(null, null, true)).toBe('Variorum');
  });
});
