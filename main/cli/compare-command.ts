/**
 * `compare [--json] FILE|FOLDER...`: collates the files (a folder stands for its text files) and prints the contract JSON (--json) or a
 * readable summary. Files are read with node:fs and decoded by app/text/decode.ts (BOM, strict
 * UTF-8, then GB18030 or Big5 as detected).
 */
import { basename } from 'node:path';
import type { LoadFailure } from '../../app/ipc/contract';
import { compareVariants } from '../../app/compare';
import { CATEGORIES, type CompareResult, type VariantText } from '../../app/model/types';
import { loadFile } from '../services/load-files';
import { expandFolders } from '../services/open-folder';
import {
  EXIT,
  EXIT_CODES_HELP,
  parseCommandArgs,
  stringOption,
  UsageError,
  type OptionSpec,
} from './args';
import { writeCanonicalOutput } from './canonical-output';
import type { CliCommand } from './commands';
import { writeDeskReport } from './desk-report-output';
import { collateJobs, startCollateWorkers } from './collate-workers';
import { createProgress } from './progress';

/** Parsed arguments of compare. */
export interface CompareArgs {
  readonly json: boolean;
  /** Stop at the first file that cannot be read (default: report it and compare the rest). */
  readonly strict: boolean;
  readonly files: readonly string[];
  /** `--canonical KIND`: write the canonical text (only `majority` exists without an editor). */
  readonly canonical?: string;
  /** `--report html`: write the desk report of every shared story. */
  readonly report?: string;
  /** `-o FILE`: where --canonical or --report goes (stdout when absent). */
  readonly output?: string;
  /** `--jobs N`: worker threads that collate the stories (0: the main thread); chosen by size when absent. */
  readonly jobs?: number;
}

/** compare's options for util.parseArgs; an extension adds its own here. */
const COMPARE_OPTIONS = {
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  canonical: { type: 'string' },
  report: { type: 'string' },
  output: { type: 'string', short: 'o' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** The most worker threads `--jobs` starts. */
const MAX_JOBS = 16;

/** The report kinds `--report` writes. */
const REPORT_KINDS = ['html'] as const;

/** Parses compare's arguments; throws a UsageError with a one-line message on a bad argument. */
export function parseCompareArgs(args: readonly string[]): CompareArgs {
  const { values, positionals } = parseCommandArgs(args, COMPARE_OPTIONS);
  if (positionals.length === 0)
    throw new UsageError('compare needs at least two files (or a folder of them), got none');
  const canonical = stringOption(values, 'canonical');
  const report = stringOption(values, 'report');
  const output = stringOption(values, 'output');
  if (report !== undefined && !REPORT_KINDS.includes(report as (typeof REPORT_KINDS)[number])) {
    throw new UsageError(`--report takes ${REPORT_KINDS.join(' | ')}, got "${report}"`);
  }
  if (canonical !== undefined && report !== undefined)
    throw new UsageError('--canonical and --report each write one file: run compare once for each');
  if (output !== undefined && canonical === undefined && report === undefined)
    throw new UsageError('-o names the file of --canonical or --report; give one of them');
  const jobsText = stringOption(values, 'jobs');
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0 && jobs <= MAX_JOBS))
    throw new UsageError(`--jobs takes a whole number from 0 to ${MAX_JOBS}, got "${jobsText}"`);
  return {
    json: values.json === true,
    strict: values.strict === true,
    files: positionals,
    ...(canonical !== undefined ? { canonical } : {}),
    ...(report !== undefined ? { report } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
  };
}

/**
 * The files to compare: each file as given, each folder as the text files directly inside it in
 * name order (as File → Open folder lists them), so that `compare pages/` collates a folder of
 * transcriptions. Throws with a one-line message when fewer than two files result.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files = await expandFolders(paths, (folder) => {
    throw new Error(`${folder} is a folder without text files`);
  });
  if (files.length < 2)
    throw new UsageError(`compare needs at least two files, got ${files.length}`);
  return files;
}

/** How compare treats files it cannot read. */
export interface ReadVariantsOptions {
  /** Stop at the first bad file instead of comparing the rest (`--strict`). */
  readonly strict?: boolean;
  /** Where a refused file or an empty file is reported; stderr by default. */
  readonly report?: (line: string) => void;
  /** The size cap (tests lower it; the window and the CLI share MAX_FILE_BYTES). */
  readonly maxBytes?: number;
}

/** The variants compare read, and the files it refused (each already reported by name). */
export interface ReadVariantsResult {
  readonly variants: VariantText[];
  readonly refused: readonly LoadFailure[];
}

/**
 * Reads and decodes the files as variants v1, v2, … in the order given, through the window's own
 * input policy (main/services/load-files: regular files only, checked on the opened descriptor;
 * one size cap; the file named in every message). Every bad file is reported and the rest are
 * still compared; with `strict` the first bad file stops the run. Throws when fewer than two
 * files can be read, naming every bad one.
 */
export async function readVariants(
  files: readonly string[],
  options: ReadVariantsOptions = {},
): Promise<ReadVariantsResult> {
  const report =
    options.report ?? ((line: string) => process.stderr.write(`variorum compare: ${line}\n`));
  const variants: VariantText[] = [];
  const refused: LoadFailure[] = [];
  for (const path of files) {
    const outcome = await loadFile(
      path,
      options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes },
    );
    if (!outcome.ok) {
      const line = `cannot read ${path}: ${outcome.failure.message}`;
      if (options.strict) throw new Error(`${line} (--strict stops at the first bad file)`);
      refused.push({ ...outcome.failure, path, message: line });
      continue;
    }
    const file = outcome.file;
    if (file.warning) report(`warning: ${path}: ${file.warning}`);
    // The path as given: the JSON contract keeps what the user typed.
    variants.push({
      id: `v${variants.length + 1}`,
      path,
      name: basename(path),
      encoding: file.encoding,
      text: file.text,
    });
  }
  if (variants.length < 2) {
    const named = refused.map((f) => f.message).join('; ');
    throw new Error(
      `${named}${named ? '; ' : ''}compare needs at least two readable files, got ${variants.length} of ${files.length}`,
    );
  }
  for (const failure of refused)
    report(`${failure.message} (compared the other ${variants.length} files without it)`);
  return { variants, refused };
}

/** A readable summary: stories, flag counts per category, then every flag with every reading. */
export function formatSummary(result: CompareResult): string {
  const lines: string[] = [];
  const names = new Map(result.variants.map((v) => [v.id, v.name]));
  lines.push(
    `${result.variants.length} variants: ${result.variants.map((v) => `${v.id}=${v.name}`).join(', ')}`,
  );
  for (const story of result.stories) {
    const counts = CATEGORIES.map(
      (c) => `${c} ${story.flags.filter((f) => f.category === c).length}`,
    ).join(', ');
    lines.push('', `Story ${story.id} "${story.title}": ${story.flags.length} flags (${counts})`);
    if (story.missing?.length)
      lines.push(`  not in: ${story.missing.map((id) => names.get(id) ?? id).join(', ')}`);
    for (const flag of story.flags) {
      const extra = [
        flag.kind && flag.kind !== 'change' ? flag.kind : '',
        flag.numbers ? `values ${flag.numbers.differ}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  ${flag.id} ${flag.category}${extra ? ` (${extra})` : ''}${flag.note ? ` — ${flag.note}` : ''}`,
      );
      for (const r of flag.readings) {
        const text = r.text.length > 60 ? `${r.text.slice(0, 57)}…` : r.text;
        lines.push(`    ${r.variant} ${r.start}-${r.end}: ${JSON.stringify(text)}`);
      }
    }
  }
  if (result.styleNotes.length > 0)
    lines.push('', 'Style notes:', ...result.styleNotes.map((n) => `  ${n.message}`));
  return `${lines.join('\n')}\n`;
}

/** compare's --help. */
export const COMPARE_USAGE = `usage: variorum compare [options] FILE|FOLDER...

Collates two or more variants (whole pages; a folder stands for the text files in it, so a
day's pages are one folder) and prints every shared story with its flags.

Options:
  --json                  print the engine's JSON result (one document) and nothing else on stdout
  --report html           write the desk report: every shared story with its flags, one HTML page, printable
  --strict                stop at the first file that cannot be read (default: name it on
                          stderr, compare the rest and exit 4)
  --canonical majority    write the majority canonical text of every shared story
  -o, --output FILE       where --report or --canonical goes (stdout without it; the summary or
                          JSON still goes to stdout when -o is given)
  --jobs N                collate the shared stories on N worker threads (0: in one thread;
                          default: 2 for 10 or more files on a machine with 2 cores, else 0);
                          the result is the same either way
  -h, --help              this help

Progress goes to stderr, only when stderr is a terminal.

${EXIT_CODES_HELP}`;

/** The compare command. */
export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'collate variants or a day of pages: compare [--json] [--report html] FILE|FOLDER...',
  usage: COMPARE_USAGE,
  async run(args) {
    const parsed = parseCompareArgs(args);
    const progress = createProgress('compare');
    const files = await expandInputs(parsed.files);
    // Workers start first: their loading overlaps the reading and the story finding.
    const jobs = collateJobs(files.length, parsed.jobs);
    const pool = jobs > 0 ? startCollateWorkers(jobs) : undefined;
    let result: CompareResult;
    let variants: VariantText[];
    let done: number;
    try {
      progress.step(`reading ${files.length} files`);
      const read = await readVariants(files, { strict: parsed.strict });
      variants = read.variants;
      done = read.refused.length > 0 ? EXIT.someRefused : EXIT.ok;
      const chars = variants.reduce((n, v) => n + v.text.length, 0);
      progress.step(
        `comparing ${variants.length} pages (${chars.toLocaleString('en')} characters)${pool ? ` on ${jobs} threads` : ''}`,
      );
      result = pool ? await pool.compare(variants) : compareVariants(variants);
    } finally {
      pool?.close();
    }
    const flags = result.stories.reduce((n, s) => n + s.flags.length, 0);
    progress.done(`${result.stories.length} shared stories, ${flags} flags`);
    let wrote: 'file' | 'stdout' | null = null;
    if (parsed.canonical !== undefined)
      wrote = await writeCanonicalOutput(result, variants, parsed.canonical, parsed.output);
    if (parsed.report !== undefined) wrote = await writeDeskReport(result, variants, parsed.output);
    if (wrote === 'stdout') return done;
    process.stdout.write(parsed.json ? `${JSON.stringify(result)}\n` : formatSummary(result));
    return done;
  },
};
