/**
 * Writing and reading project files. `parseProject` never throws: a truncated file, something that
 * is not JSON, another format, a version from a newer build or a hand-edited field each come back
 * as a ProjectError with a message for the editor and, where it applies, the path of the bad field.
 */
import { migrateProject } from './migrate';
import { crossCheckProject, projectSchema } from './project-schema';
import { repairReview } from './repair-review';
import { checkSchema, isObject } from '../model/schema';
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type Project,
  type ProjectError,
  type ProjectParseResult,
} from './types';

/** The project as JSON text (two-space indented, so a person can read and diff it), ending in a newline. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}

function fail(error: ProjectError): ProjectParseResult {
  return { ok: false, error };
}

/**
 * True when the text reads like valid JSON that stops early: it ends inside a string or with
 * brackets still open, and the parser's complaint is about the last few characters (a crash
 * mid-save or a partial copy), not about something wrong earlier on.
 */
function looksCutShort(text: string, detail: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  const position = /position (\d+)/.exec(detail);
  // The parser stops within a few characters of the end when the cut falls inside a token
  // (e.g. "\u00" or "tr"); 8 covers the longest such token, a \uXXXX escape with its quote.
  const nearEnd = position === null || Number(position[1]) >= text.trimEnd().length - 8;
  return (inString || depth > 0) && nearEnd;
}

/** Why JSON.parse failed, told apart: a file cut short (a crash mid-save, a partial copy) or garbage. */
function jsonError(text: string, error: unknown): ProjectError {
  const detail = error instanceof Error ? error.message : String(error);
  if (looksCutShort(text, detail)) {
    return {
      code: 'truncated',
      message: `The project file is cut short after ${text.length} characters (${detail}); it was probably not saved completely.`,
    };
  }
  return {
    code: 'not-json',
    message: `The file is not a Variorum project: it is not valid JSON (${detail}).`,
  };
}

/** Reads a project file's text: validated, migrated to the current version, or a clear error. */
export function parseProject(text: string): ProjectParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail({ code: 'empty', message: 'The project file is empty.' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail(jsonError(body, error));
  }
  if (!isObject(data)) {
    return fail({
      code: 'wrong-format',
      message: 'The file is JSON but not a Variorum project (it is not an object).',
    });
  }
  if (data['format'] !== PROJECT_FORMAT) {
    const looksLikeResult = 'stories' in data && 'variants' in data && !('format' in data);
    return fail({
      code: 'wrong-format',
      path: 'format',
      message: looksLikeResult
        ? 'The file is a comparison result (compare --json), not a project: open its variants instead.'
        : `The file is not a Variorum project (format is ${JSON.stringify(data['format'] ?? null)}, expected "${PROJECT_FORMAT}").`,
    });
  }
  const version = data['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > PROJECT_VERSION) {
    return fail({
      code: 'future-version',
      path: 'version',
      message: `The project was saved by a newer Variorum (file version ${version}); this version reads up to ${PROJECT_VERSION}. Update Variorum to open it.`,
    });
  }
  const migrated = migrateProject(data);
  if (!migrated.ok)
    return fail({
      code: 'invalid',
      path: migrated.path,
      message: `The project file is damaged at ${migrated.path}: ${migrated.message}.`,
    });
  const found = checkSchema(projectSchema, migrated.value) ?? crossCheckProject(migrated.value);
  if (found) {
    return fail({
      code: 'invalid',
      path: found.path,
      message: `The project file is damaged at ${found.path}: ${found.message}.`,
    });
  }
  const checked = migrated.value as unknown as Project; // checked field by field by projectSchema above
  const warnings = variantWarnings(checked);
  const reviews: Record<string, Project['reviews'][string]> = {};
  for (const [id, review] of Object.entries(checked.reviews)) {
    const repaired = repairReview(review);
    reviews[id] = repaired.review;
    warnings.push(...repaired.notes);
  }
  const project: Project = warnings.length === 0 ? checked : { ...checked, reviews };
  return migrated.from === PROJECT_VERSION
    ? { ok: true, project, warnings }
    : { ok: true, project, migratedFrom: migrated.from, warnings };
}

/** Notes that do not stop the project from opening: variants the comparison lists but the project does not. */
function variantWarnings(project: Project): string[] {
  const known = new Set(project.variants.map((v) => v.id));
  return project.result.variants
    .filter((v) => !known.has(v.id))
    .map((v) => `variant ${v.id} (${v.name}) has no file record`);
}

/** The parts of a project; `createProject` fills in the format, version and time. */
export interface ProjectParts {
  readonly variants: Project['variants'];
  readonly result: Project['result'];
  readonly reviews: Project['reviews'];
  readonly settings?: Partial<Project['settings']>;
  readonly title?: string;
  /** The desk rules the comparison was made with; absent, the project carries none. */
  readonly deskRules?: Project['deskRules'];
  /** ISO 8601 time of the save; default now (injected in tests). */
  readonly savedAt?: string;
}

/** Assembles a current-version project from its parts, with the base variant of each review in settings. */
export function createProject(parts: ProjectParts): Project {
  const baseVariants: Record<string, string> = {};
  for (const review of Object.values(parts.reviews))
    baseVariants[review.storyId] = review.baseVariant;
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt: parts.savedAt ?? new Date().toISOString(),
    ...(parts.title !== undefined ? { title: parts.title } : {}),
    variants: parts.variants,
    settings: {
      ...parts.settings,
      editorName: parts.settings?.editorName ?? '',
      baseVariants: { ...baseVariants, ...parts.settings?.baseVariants },
    },
    result: parts.result,
    reviews: parts.reviews,
    ...(parts.deskRules !== undefined ? { deskRules: parts.deskRules } : {}),
  };
}
