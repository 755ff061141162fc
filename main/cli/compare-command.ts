/**
 * `compare [--json] FILE|FOLDER...`: collates the files (a folder stands for its text files) and prints the contract JSON (--json) or a
 * readable summary. Files are read with node:fs and decoded by app/text/decode.ts (BOM, strict
 * UTF-8, then GB18030 or Big5 as detected).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { compareVariants } from '../../app/compare';
import { CATEGORIES, type CompareResult, type VariantText } from '../../app/model/types';
import { decodeBytes } from '../../app/text/decode';
import { failureFromError } from '../services/load-files';
import { expandFolders } from '../services/open-folder';
import { writeCanonicalOutput } from './canonical-output';
import type { CliCommand } from './commands';

/** Parsed arguments of compare; other commands' options can be added in parseCompareArgs. */
export interface CompareArgs {
  readonly json: boolean;
  readonly files: readonly string[];
  /** Options this parser does not know, kept for extensions (e.g. --canonical) as name → value. */
  readonly extra: ReadonlyMap<string, string>;
}

/** Options that take a value; an extension adds its own name here. */
const VALUE_OPTIONS = new Set(['--canonical', '-o', '--output']);

/** Parses compare's arguments; throws with a one-line message on a bad argument. */
export function parseCompareArgs(args: readonly string[]): CompareArgs {
  let json = false;
  const files: string[] = [];
  const extra = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
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
  return { json, files, extra };
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

/** Reads and decodes the files as variants v1, v2, … in the order given. */
export function readVariants(files: readonly string[]): VariantText[] {
  return files.map((path, i) => {
    let bytes: Uint8Array;
    try {
      if (statSync(path).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      bytes = readFileSync(path);
    } catch (error) {
      // The same words the window uses for a file it cannot open (not found, a folder, permission).
      throw new Error(`cannot read ${path}: ${failureFromError(path, error).message}`);
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw new Error(`${path}: ${decoded.message}`);
    return { id: `v${i + 1}`, path, name: basename(path), encoding: decoded.encoding, text: decoded.text };
  });
}

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
  usage: 'usage: compare [--json] [--canonical majority [-o OUT.txt]] FILE|FOLDER... (a folder stands for the text files in it)',
  async run(args) {
    const parsed = parseCompareArgs(args);
    const variants = readVariants(await expandInputs(parsed.files));
    const result = compareVariants(variants);
    if (parsed.extra.has('--canonical') && (await writeCanonicalOutput(result, variants, parsed.extra)) === 'stdout') return 0;
    process.stdout.write(parsed.json ? `${JSON.stringify(result)}\n` : formatSummary(result));
    return 0;
  },
};
