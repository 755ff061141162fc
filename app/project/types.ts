/**
 * The project file `*.variorum.json`: the variants (with the SHA-256 of their bytes, so changes on
 * disk are noticed), the comparison, every story's review, and the settings. Plain JSON data.
 */
import type { CompareResult } from '../model/types';
import type { StoryReview } from '../review/types';

/** The value of `format` in every project file. */
export const PROJECT_FORMAT = 'variorum-project';

/** The schema version this build writes; it reads this and every older version. */
export const PROJECT_VERSION = 1;

/** A variant as the project remembers it. */
export interface ProjectVariant {
  readonly id: string;
  readonly path: string;
  readonly name: string;
  readonly encoding: string;
  /** Hex SHA-256 of the file's bytes when it was opened. */
  readonly sha256: string;
  /** Size of the file in bytes. */
  readonly size: number;
  /** An embedded copy of the decoded text, so the project opens even when the file is gone. */
  readonly text?: string;
}

/** The Chinese house style applied on export. */
export interface HouseStyleSettings {
  readonly fullWidthPunctuation: boolean;
  readonly removeCjkSpacing: boolean;
}

/** The editor's settings kept with the project. */
export interface ProjectSettings {
  /** Who decides; written into every decision and the redline's tracked changes. */
  readonly editorName: string;
  /** The base variant chosen for each story, by story id (absent: the default base). */
  readonly baseVariants: Readonly<Record<string, string>>;
  readonly houseStyle?: HouseStyleSettings;
  readonly lineEnding?: 'lf' | 'crlf';
  /** Advance to the next open flag after a decision. */
  readonly autoAdvance?: boolean;
}

/** A whole project, version 1. */
export interface Project {
  readonly format: typeof PROJECT_FORMAT;
  readonly version: typeof PROJECT_VERSION;
  /** ISO 8601 time of the save. */
  readonly savedAt: string;
  /** A name for the project, shown in the title bar and used for export file names. */
  readonly title?: string;
  readonly variants: readonly ProjectVariant[];
  readonly settings: ProjectSettings;
  /** The comparison the reviews refer to. */
  readonly result: CompareResult;
  /** The review of each story the editor opened, by story id. */
  readonly reviews: Readonly<Record<string, StoryReview>>;
}

/** Why a project file could not be read. */
export type ProjectErrorCode = 'empty' | 'truncated' | 'not-json' | 'wrong-format' | 'future-version' | 'invalid';

/** A project file that could not be read: a message for the editor and the field at fault. */
export interface ProjectError {
  readonly code: ProjectErrorCode;
  readonly message: string;
  /** The JSON path of the bad field, e.g. `reviews.s1.anchors[3].end`, when there is one. */
  readonly path?: string;
}

/** The outcome of reading a project: never thrown, always returned. */
export type ProjectParseResult =
  | { readonly ok: true; readonly project: Project; readonly migratedFrom?: number; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: ProjectError };
