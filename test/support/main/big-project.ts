/**
 * A large but valid project for kill and full-disk tests: two embedded variants of `lines` lines
 * each and one story spanning them, with no flags, so exporting it writes the whole text.
 */
import { createHash } from 'node:crypto';
import type { CompareResult } from '../../../app/model/types';
import { createProject, serializeProject } from '../../../app/project/project-file';

/** The project file text of a project whose txt export is about `lines` × 40 bytes. */
export function bigProjectText(lines: number): string {
  const text = '新闻校对variorum的测试段落。\n'.repeat(lines);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const ids = ['v1', 'v2'];
  const result: CompareResult = {
    version: 1,
    variants: ids.map((id) => ({
      id,
      path: `${id}.txt`,
      name: `${id}.txt`,
      encoding: 'utf-8',
      length: text.length,
    })),
    stories: [
      {
        id: 's1',
        title: 'big',
        spans: ids.map((variant) => ({ variant, start: 0, end: text.length })),
        flags: [],
      },
    ],
    styleNotes: [],
  };
  const variants = ids.map((id) => ({
    id,
    path: `${id}.txt`,
    name: `${id}.txt`,
    encoding: 'utf-8',
    sha256,
    size: Buffer.byteLength(text),
    text,
  }));
  return serializeProject(
    createProject({ variants, result, reviews: {}, savedAt: '2026-01-01T00:00:00.000Z' }),
  );
}
