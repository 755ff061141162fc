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
import { writeCanonicalOutput } from './canonical-output';
import type { CliCommand } from './commands';

/** Parsed arguments of compare; other commands' options can be added in parseCompareArgs. */
export interface CompareArgs {
  readonly json: boolean;
  /** Stop at the first file that cannot be read (default: report it and compare the rest). */
  readonly strict: boolean;
  readonly files: readonly string[];
  /** Options this parser does not know, kept for extensions (e.g. --canonical) as name → value. */
  readonly extra: ReadonlyMap<string, string>;
}

/** Options that take a value; an extension adds its own name here. */
const VALUE_OPTIONS = new Set(['--canonical', '-o', '--output']);

/** Parses compare's arguments; throws with a one-line message on a bad argument. */
export function parseCompareArgs(args: readonly string[]): CompareArgs {
  let json = false;
  let strict = false;
  const files: string[] = [];
  const extra = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--strict') strict = true;
    else if (VALUE_OPTIONS.has(arg)) {
      const value = args[i + 1];
      if (value === undefined) throw new Error(`option ${arg} needs a value`);
      extra.set(arg, value);
      i += 1;
    } else if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error('compare needs at least two files (or a folder of them), got none');
  return { json, strict, files, extra };
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
  if (files.length < 2) throw new Error(`compare needs at least two files, got ${files.length}`);
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
export async function readVariants(files: readonly string[], options: ReadVariantsOptions = {}): Promise<ReadVariantsResult> {
  const report = options.report ?? ((line: string) => process.stderr.write(`variorum compare: ${line}\n`));
  const variants: VariantText[] = [];
  const refused: LoadFailure[] = [];
  for (const path of files) {
    const outcome = await loadFile(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
    if (!outcome.ok) {
      const line = `cannot read ${path}: ${outcome.failure.message}`;
      if (options.strict) throw new Error(`${line} (--strict stops at the first bad file)`);
      refused.push({ ...outcome.failure, path, message: line });
      continue;
    }
    const file = outcome.file;
    if (file.warning) report(`warning: ${path}: ${file.warning}`);
    // The path as given: the JSON contract keeps what the user typed.
    variants.push({ id: `v${variants.length + 1}`, path, name: basename(path), encoding: file.encoding, text: file.text });
  }
  if (variants.length < 2) {
    const named = refused.map((f) => f.message).join('; ');
    throw new Error(`${named}${named ? '; ' : ''}compare needs at least two readable files, got ${variants.length} of ${files.length}`);
  }
  for (const failure of refused) report(`${failure.message} (compared the other ${variants.length} files without it)`);
  return { variants, refused };
}

/** The exit code of a compare that ran but left out files it could not read (each named on stderr). */
export const EXIT_SOME_REFUSED = 4;

/** A readable summary: stories, flag counts per category, then every flag with every reading. */
export function formatSummary(result: CompareResult): string {
  const lines: string[] = [];
  const names = new Map(result.variants.map((v) => [v.id, v.name]));
  lines.push(`${result.variants.length} variants: ${result.variants.map((v) => `${v.id}=${v.name}`).join(', ')}`);
  for (const story of result.stories) {
    const counts = CATEGORIES.map((c) => `${c} ${story.flags.filter((f) => f.category === c).length}`).join(', ');
    lines.push('', `Story ${story.id} "${story.title}": ${story.flags.length} flags (${counts})`);
    if (story.missing?.length) lines.push(`  not in: ${story.missing.map((id) => names.get(id) ?? id).join(', ')}`);
    for (const flag of story.flags) {
      const extra = [flag.kind && flag.kind !== 'change' ? flag.kind : '', flag.numbers ? `values ${flag.numbers.differ}` : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${flag.id} ${flag.category}${extra ? ` (${extra})` : ''}${flag.note ? ` — ${flag.note}` : ''}`);
      for (const r of flag.readings) {
        const text = r.text.length > 60 ? `${r.text.slice(0, 57)}…` : r.text;
        lines.push(`    ${r.variant} ${r.start}-${r.end}: ${JSON.stringify(text)}`);
      }
    }
  }
  if (result.styleNotes.length > 0) lines.push('', 'Style notes:', ...result.styleNotes.map((n) => `  ${n.message}`));
  return `${lines.join('\n')}\n`;
}

/** The compare command. */
export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'Collate variants: compare [--json] FILE|FOLDER...',
  usage:
    'usage: compare [--json] [--strict] [--canonical majority [-o OUT.txt]] FILE|FOLDER... (a folder stands for the text files in it; a file that cannot be read is named on stderr and the rest are compared, exit 4; --strict stops at the first)',
  async run(args) {
    const parsed = parseCompareArgs(args);
    const { variants, refused } = await readVariants(await expandInputs(parsed.files), { strict: parsed.strict });
    const done = refused.length > 0 ? EXIT_SOME_REFUSED : 0;
    const result = compareVariants(variants);
    if (parsed.extra.has('--canonical') && (await writeCanonicalOutput(result, variants, parsed.extra)) === 'stdout') return done;
    process.stdout.write(parsed.json ? `${JSON.stringify(result)}\n` : formatSummary(result));
    return done;
  },
};
