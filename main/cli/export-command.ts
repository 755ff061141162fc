/**
 * `npm run cli -- export PROJECT --format txt|md|docx|redline|tei|csv|html|json [-o OUT]`:
 * writes one export of a saved project without the UI. Variant texts the project does not embed
 * are read from their paths (relative paths against the project's folder) when a format needs
 * them. Open flags are reported on stderr and do not stop the export, unless --strict.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { EXPORT_FORMATS, exportProject, isExportFormat, reviewSummary, type ExportFormat, type ExportOptions } from '../../app/export/index';
import { exportSourceFromProject, projectExportOptions, type ProjectInput } from '../../app/export/project-source';
import { parseProject } from '../../app/project/project-file';
import { writeFileAtomic } from '../services/atomic-write';
import { loadFile, loadFiles, MAX_PROJECT_BYTES } from '../services/load-files';
import type { CliCommand } from './commands';

/** Parsed arguments of the export command. */
export interface ExportArgs {
  readonly project: string;
  readonly format: ExportFormat;
  readonly out?: string;
  readonly options: ExportOptions;
  /** Exit with code 3 (after writing nothing) when flags are still open. */
  readonly strict: boolean;
}

const USAGE = `usage: export PROJECT --format ${EXPORT_FORMATS.join('|')} [-o OUT] [--story ID[,ID…]] [--variant ID] [--editor NAME] [--crlf] [--house-style] [--strict] [--now ISO-TIME]`;

/** Parses the arguments after `export`; throws with the usage line on a mistake. */
export function parseExportArgs(args: readonly string[]): ExportArgs {
  let project: string | undefined;
  let format: string | undefined;
  let out: string | undefined;
  let strict = false;
  const options: { -readonly [K in keyof ExportOptions]: ExportOptions[K] } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--format' || arg === '-f') format = value();
    else if (arg === '-o' || arg === '--out') out = value();
    else if (arg === '--story') options.storyIds = value().split(',').filter(Boolean);
    else if (arg === '--variant') options.redlineVariant = value();
    else if (arg === '--editor') options.editor = value();
    else if (arg === '--now') options.now = value();
    else if (arg === '--crlf') options.lineEnding = 'crlf';
    else if (arg === '--house-style') options.houseStyle = true;
    else if (arg === '--strict') strict = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}. ${USAGE}`);
    else if (project === undefined) project = arg;
    else throw new Error(`one project at a time (got "${project}" and "${arg}"). ${USAGE}`);
  }
  if (!project) throw new Error(`no project file given. ${USAGE}`);
  if (!format) throw new Error(`no --format given. ${USAGE}`);
  if (!isExportFormat(format)) throw new Error(`unknown format "${format}". ${USAGE}`);
  return { project, format, strict, options, ...(out ? { out } : {}) };
}

/**
 * Reads a project file through app/project's parser (schema check, migration of older versions);
 * a bad file becomes one clear error naming the field at fault.
 */
export async function readProjectInput(path: string): Promise<ProjectInput> {
  // The same input policy as every variant: a regular file, capped, named when refused.
  const read = await loadFile(path, { maxBytes: MAX_PROJECT_BYTES });
  if (!read.ok) throw new Error(`cannot read ${path}: ${read.failure.message}`);
  const parsed = parseProject(read.file.text);
  if (!parsed.ok) {
    const where = parsed.error.path ? ` (at ${parsed.error.path})` : '';
    throw new Error(`${path}: ${parsed.error.message}${where}`);
  }
  for (const warning of parsed.warnings) process.stderr.write(`variorum export: ${warning}\n`);
  return parsed.project;
}

/**
 * Reads the texts of the variants the project does not embed. A missing file, or one whose bytes
 * changed since the project was saved (its SHA-256 differs, so the flags' offsets no longer fit),
 * is a warning and its text is not used: exports that need it say so instead of misplacing text.
 */
async function readMissingTexts(project: ProjectInput, projectPath: string): Promise<Record<string, string>> {
  const wanted = project.variants.filter((v) => v.text === undefined);
  if (wanted.length === 0) return {};
  const base = dirname(resolve(projectPath));
  const paths = wanted.map((v) => (isAbsolute(v.path) ? v.path : resolve(base, v.path)));
  const result = await loadFiles(paths);
  const texts: Record<string, string> = {};
  for (const file of result.files) {
    const variant = wanted[paths.indexOf(file.path)];
    if (!variant) continue;
    if (variant.sha256 && variant.sha256 !== file.sha256) {
      process.stderr.write(`variorum export: ${file.path} changed since the project was saved; its text is not used (re-open the project in Variorum to carry the decisions over)\n`);
      continue;
    }
    texts[variant.id] = file.text;
  }
  for (const failure of result.failures) process.stderr.write(`variorum export: ${failure.message}\n`);
  return texts;
}

/** Runs the export command. */
export async function runExport(args: readonly string[]): Promise<number> {
  const parsed = parseExportArgs(args);
  const project = await readProjectInput(parsed.project);
  const texts = await readMissingTexts(project, parsed.project);
  const source = exportSourceFromProject(project, texts);
  const options = projectExportOptions(project, parsed.options);
  const summary = reviewSummary(source, options);
  if (summary.open > 0) {
    process.stderr.write(`variorum export: ${summary.open} of ${summary.total} flags are still open${parsed.strict ? '; nothing written (--strict)' : ''}\n`);
    if (parsed.strict) return 3;
  }
  const file = await exportProject(parsed.format, source, options);
  const bytes = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data;
  if (parsed.out) {
    // Temp file, fsync, rename: a kill or a full disk mid-export leaves the previous file whole.
    await writeFileAtomic(parsed.out, bytes);
    process.stderr.write(`variorum export: wrote ${parsed.out} (${bytes.byteLength} bytes)\n`);
  } else {
    process.stdout.write(bytes);
  }
  return 0;
}

/** The `export` command for the registry. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: `write a project as ${EXPORT_FORMATS.join(', ')} (export PROJECT --format F -o OUT)`,
  usage: USAGE,
  run: runExport,
};
