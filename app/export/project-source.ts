/**
 * Turns a project (the `*.variorum.json` document of app/project/) into what exports read.
 * Typed structurally, with only the fields exports use, so that it accepts the project model as
 * it grows and older shapes (reviews as an array or keyed by story) alike.
 */
import type { CompareResult } from '../model/types';
import type { StoryReview } from '../review/types';
import type { ExportOptions, ExportSource, ExportVariant, HouseStyle } from './types';

/** The part of a project an export needs. */
export interface ProjectInput {
  /** The project's name, used for export titles and file names. */
  readonly title?: string;
  readonly variants: readonly {
    readonly id: string;
    readonly name: string;
    readonly path: string;
    /** Hex SHA-256 of the file's bytes when the project was saved, to notice a changed source. */
    readonly sha256?: string;
    /** The embedded copy of the variant's decoded text, when the project carries one. */
    readonly text?: string;
  }[];
  readonly result: CompareResult;
  /** One review per story, as an array or keyed by story id. */
  readonly reviews: readonly StoryReview[] | Readonly<Record<string, StoryReview>>;
  readonly settings?: {
    readonly editorName?: string;
    readonly houseStyle?: boolean | HouseStyle;
    readonly lineEnding?: 'lf' | 'crlf';
    readonly baseVariants?: Readonly<Record<string, string>>;
  };
}

/**
 * The export source of a project. `texts` supplies variant texts the project does not embed
 * (read from disk by the CLI, or held in memory by the UI), by variant id.
 */
export function exportSourceFromProject(
  project: ProjectInput,
  texts: Readonly<Record<string, string>> = {},
): ExportSource {
  const variants: ExportVariant[] = project.variants.map((v) => {
    const text = v.text ?? texts[v.id];
    return text === undefined
      ? { id: v.id, name: v.name, path: v.path }
      : { id: v.id, name: v.name, path: v.path, text };
  });
  const reviews = Array.isArray(project.reviews)
    ? (project.reviews as readonly StoryReview[])
    : Object.values(project.reviews as Readonly<Record<string, StoryReview>>);
  const title = project.title ?? project.result.stories[0]?.title;
  return {
    variants,
    stories: project.result.stories,
    reviews,
    styleNotes: project.result.styleNotes,
    ...(project.settings?.baseVariants ? { baseVariants: project.settings.baseVariants } : {}),
    ...(title ? { title } : {}),
  };
}

/**
 * The export options a project's settings imply (editor name for the redline, house style, line
 * endings); options given explicitly (CLI flags, the export dialog) override them.
 */
export function projectExportOptions(
  project: ProjectInput,
  explicit: ExportOptions = {},
): ExportOptions {
  const settings = project.settings ?? {};
  const house = settings.houseStyle;
  const houseOn =
    house === true ||
    (typeof house === 'object' && (house.fullWidthPunctuation || house.removeCjkSpacing));
  return {
    ...(settings.editorName ? { editor: settings.editorName } : {}),
    ...(houseOn && house !== undefined ? { houseStyle: house } : {}),
    ...(settings.lineEnding ? { lineEnding: settings.lineEnding } : {}),
    ...explicit,
  };
}
