/**
 * The project file `*.variorum.json`: the variants (with the SHA-256 of their bytes, so changes on
 * disk are noticed), the comparison, every story's review, and the settings. Plain JSON data.
 * The shapes are the schemas in project-schema.ts; the types here are inferred from them.
 */
import type { Infer } from '../model/schema';
import type { projectSchema, projectVariantSchema } from './project-schema';

export { PROJECT_FORMAT, PROJECT_VERSION } from './project-schema';

/** A variant as the project remembers it (inferred from its schema, which documents the fields). */
export type ProjectVariant = Infer<typeof projectVariantSchema>;

/** A whole project, version 1 (inferred from project-schema.ts, which is checked on every load). */
export type Project = Infer<typeof projectSchema>;

/** Why a project file could not be read. */
export type ProjectErrorCode =
  'empty' | 'truncated' | 'not-json' | 'wrong-format' | 'future-version' | 'invalid';

/** A project file that could not be read: a message for the editor and the field at fault. */
export interface ProjectError {
  readonly code: ProjectErrorCode;
  readonly message: string;
  /** The JSON path of the bad field, e.g. `reviews.s1.anchors[3].end`, when there is one. */
  readonly path?: string;
}

/** The outcome of reading a project: never thrown, always returned. */
export type ProjectParseResult =
  | {
      readonly ok: true;
      readonly project: Project;
      readonly migratedFrom?: number;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly error: ProjectError };
