/** A minimal valid project file naming given paths as its variants, for API and audit tests. */
import { basename } from 'node:path';
import { createProject, serializeProject } from '../../../app/project/project-file';

/** The text of a project whose variants are `paths` (no stories, no decisions). */
export function projectNaming(paths: readonly string[]): string {
  return serializeProject(
    createProject({
      variants: paths.map((path, i) => ({
        id: `v${i + 1}`,
        path,
        name: basename(path),
        encoding: 'utf-8',
        sha256: '0'.repeat(64),
        size: 1,
      })),
      result: {
        version: 1,
        variants: paths.map((path, i) => ({
          id: `v${i + 1}`,
          path,
          name: basename(path),
          encoding: 'utf-8',
          length: 1,
        })),
        stories: [],
        styleNotes: [],
      },
      reviews: {},
    }),
  );
}
