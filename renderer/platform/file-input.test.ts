import { describe, expect, it } from 'vitest';
import { folderPages } from './file-input';

/** A picked file as the browser describes it: its name and its path below the chosen folder's parent. */
const picked = (relative: string): { name: string; webkitRelativePath: string } => ({
  name: relative.split('/').pop() ?? relative,
  webkitRelativePath: relative,
});

describe('folderPages (the web build’s Open folder)', () => {
  it('takes what the window’s Open folder takes, in the CLI’s numeric name order', () => {
    const files = [
      'day/page-10.txt',
      'day/page-2.txt',
      'day/page-1.txt',
      'day/page-13',
      'day/scan.png',
      'day/day.variorum.json',
      'day/.page-0.txt',
      'day/sub/page-14.txt',
      'day/notes.md',
    ].map(picked);
    expect(folderPages(files).map((f) => f.name)).toEqual([
      'notes.md',
      'page-1.txt',
      'page-2.txt',
      'page-10.txt',
      'page-13',
    ]);
  });
});
