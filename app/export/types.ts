/**
 * The inputs and outputs of every export: plain data in, a named file out. The same functions
 * serve the UI (download in the browser, save dialog in Electron) and the CLI, so nothing here
 * touches a file system or a window.
 */
import type { Story, StyleNote } from '../model/types';
import type { StoryReview } from '../review/types';

/** Every format `exportProject` can write. */
export type ExportFormat = 'txt' | 'md' | 'docx' | 'redline' | 'tei' | 'csv' | 'html' | 'json';

/** Every export format, in the order menus and `--help` list them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'txt',
  'md',
  'docx',
  'redline',
  'tei',
  'csv',
  'html',
  'json',
];

/** True for the names `exportProject` accepts. */
export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** A variant as exports need it: its text only matters to the redline and to unreviewed stories. */
export interface ExportVariant {
  readonly id: string;
  readonly name: string;
  readonly path?: string;
  /** The decoded text the flags' offsets index into; absent when the source is unavailable. */
  readonly text?: string;
}

/** Everything an export reads: the compared stories and the editor's review of each. */
export interface ExportSource {
  readonly variants: readonly ExportVariant[];
  readonly stories: readonly Story[];
  /** One review per story the editor has opened; a story without one exports as its base variant reads. */
  readonly reviews: readonly StoryReview[];
  readonly styleNotes?: readonly StyleNote[];
  /** The base variant the editor chose per story id, used for stories without a review. */
  readonly baseVariants?: Readonly<Record<string, string>>;
  /** A name for the whole export (the project's name), used in report titles and file names. */
  readonly title?: string;
}

/** The two parts of the Chinese house style, each optional. */
export interface HouseStyle {
  readonly fullWidthPunctuation?: boolean;
  readonly removeCjkSpacing?: boolean;
}

/** Options shared by the formats; each format reads the ones it understands. */
export interface ExportOptions {
  /** Only these stories, in this order; default every story of the source. */
  readonly storyIds?: readonly string[];
  /** Line endings of text formats (txt, md, csv); default "lf". */
  readonly lineEnding?: 'lf' | 'crlf';
  /**
   * Apply the Chinese house style to the canonical text: true for both parts (full-width
   * punctuation, no CJK spacing), or each part on its own as the project settings store it.
   */
  readonly houseStyle?: boolean | HouseStyle;
  /** The variant the redline starts from (what a paper printed); default the first non-base variant. */
  readonly redlineVariant?: string;
  /** Author of tracked changes in the redline; default the editor of the latest decision, else "Variorum". */
  readonly editor?: string;
  /** The time stamped on exports (ISO 8601); default now. Fixed in tests to make output reproducible. */
  readonly now?: string;
}

/** One exported file, ready to be saved or downloaded. */
export interface ExportedFile {
  readonly fileName: string;
  readonly mime: string;
  readonly data: string | Uint8Array;
}
