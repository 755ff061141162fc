/**
 * `variorum export PROJECT --format txt|md|docx|redline|tei|csv|html|json [-o OUT]`:
 * writes one export of a saved project without the UI. Variant texts the project does not embed
 * are read from their paths (relative paths against the project's folder) when a format needs
 * them. Open flags are reported on stderr and do not stop the export, unless --strict.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
// app/export/index (docx and every format) is loaded when an export runs, not when the bin starts.
import type { ExportFormat, ExportOptions } from '../../app/export/index';
import { EXPORT_FORMATS, isExportFormat } from '../../app/export/types';
import {
  exportSourceFromProject,
  projectExportOptions,
  type ProjectInput,
} from '../../app/export/project-source';
import { checkAgainstVariants } from '../../app/project/check-against-variants';
import { parseProject } from '../../app/project/project-file';
import { writeFileAtomic } from '../services/atomic-write';
import { loadFile, loadFiles, MAX_PROJECT_BYTES } from '../services/load-files';
import {
  EXIT,
  EXIT_CODES_HELP,
  parseCommandArgs,
  stringOption,
  UsageError,
  type OptionSpec,
} from './args';
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

const USAGE_LINE = `usage: variorum export PROJECT --format ${EXPORT_FORMATS.join('|')} [-o OUT] [--story ID[,ID…]] [--variant ID] [--editor NAME] [--crlf] [--house-style] [--strict] [--now ISO-TIME]`;

const USAGE = `${USAGE_LINE}

Writes one export of a saved project (*.variorum.json) without the UI.

Options:
  -f, --format FORMAT   ${EXPORT_FORMATS.join(', ')}
  -o, --out FILE        where to write (stdout without it)
  --story ID[,ID…]      only these stories
  --variant ID          the variant a redline starts from
  --editor NAME         the editor named in reports and redlines
  --crlf                CRLF line endings
  --house-style         full-width punctuation, no CJK spacing
  --strict              write nothing and exit 3 while flags are still open
  --now ISO-TIME        the time stamp written into reports
  -h, --help            this help

${EXIT_CODES_HELP}`;

/** export's options for util.parseArgs. */
const EXPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  story: { type: 'string' },
  variant: { type: 'string' },
  editor: { type: 'string' },
  now: { type: 'string' },
  crlf: { type: 'boolean' },
  'house-style': { type: 'boolean' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** Parses the arguments after `export`; throws a UsageError on a mistake. */
export function parseExportArgs(args: readonly string[]): ExportArgs {
  const { values, positionals } = parseCommandArgs(args, EXPORT_OPTIONS);
  const options: { -readonly [K in keyof ExportOptions]: ExportOptions[K] } = {};
  const story = stringOption(values, 'story');
  const variant = stringOption(values, 'variant');
  const editor = stringOption(values, 'editor');
  const now = stringOption(values, 'now');
  if (variant !== undefined) options.redlineVariant = variant;
  if (story !== undefined) options.storyIds = story.split(',').filter(Boolean);
  if (editor !== undefined) options.editor = editor;
  if (now !== undefined) options.now = now;
  if (values.crlf === true) options.lineEnding = 'crlf';
  if (values['house-style'] === true) options.houseStyle = true;
  const [project, ...more] = positionals;
  if (more.length > 0)
    throw new UsageError(`one project at a time (got "${project ?? ''}" and "${more[0] ?? ''}")`);
  if (!project) throw new UsageError('no project file given');
  const format = stringOption(values, 'format');
  if (!format) throw new UsageError('no --format given');
  if (!isExportFormat(format))
    throw new UsageError(`unknown format "${format}" (${EXPORT_FORMATS.join(', ')})`);
  const out = stringOption(values, 'out');
  return { project, format, strict: values.strict === true, options, ...(out ? { out } : {}) };
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
async function readMissingTexts(
  project: ProjectInput,
  projectPath: string,
): Promise<Record<string, string>> {
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
      process.stderr.write(
        `variorum export: ${file.path} changed since the project was saved; its text is not used (re-open the project in Variorum to carry the decisions over)\n`,
      );
      continue;
    }
    texts[variant.id] = file.text;
  }
  for (const failure of result.failures)
    process.stderr.write(`variorum export: ${failure.message}\n`);
  return texts;
}

/** Runs the export command. */
export async function runExport(args: readonly string[]): Promise<number> {
  const parsed = parseExportArgs(args);
  const project = await readProjectInput(parsed.project);
  const texts = await readMissingTexts(project, parsed.project);
  const source = exportSourceFromProject(project, texts);
  // Never export silently wrong output: a project whose offsets, readings or decisions do not fit
  // its variants is refused, each mismatch named on stderr (no flag overrides this: re-open the
  // project in Variorum, which compares the sources again and carries the decisions over).
  const check = checkAgainstVariants(source);
  if (check.total > 0) {
    for (const m of check.mismatches)
      process.stderr.write(`variorum export: ${parsed.project}: ${m.path} ${m.message}\n`);
    const more =
      check.total > check.mismatches.length
        ? ` (${check.total - check.mismatches.length} more not listed)`
        : '';
    throw new Error(
      `${parsed.project} does not match its variants: ${check.total} mismatch(es)${more}, first ${check.mismatches[0]?.path} ${check.mismatches[0]?.message}; nothing exported`,
    );
  }
  const options = projectExportOptions(project, parsed.options);
  const { exportProject, reviewSummary } = await import('../../app/export/index');
  const summary = reviewSummary(source, options);
  if (summary.open > 0) {
    process.stderr.write(
      `variorum export: ${summary.open} of ${summary.total} flags are still open${parsed.strict ? '; nothing written (--strict)' : ''}\n`,
    );
    if (parsed.strict) return EXIT.refused;
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
  return EXIT.ok;
}

/** The `export` command for the registry. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: `write a project as ${EXPORT_FORMATS.join(', ')} (export PROJECT --format F -o OUT)`,
  usage: USAGE,
  run: runExport,
};
