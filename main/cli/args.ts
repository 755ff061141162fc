/**
 * Argument parsing for every command, on Node's own util.parseArgs. A mistake in the arguments is
 * a UsageError (exit code 2, one line naming the mistake and the command's usage); a problem with
 * the input itself is a plain Error (exit code 1).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The exit codes of the `variorum` command, as --help and the README document them. */
export const EXIT = {
  /** The command did what was asked. */
  ok: 0,
  /** The input could not be used: a file that is missing, unreadable or not text, a bad project. */
  failed: 1,
  /** The command line itself is wrong: unknown command or option, a missing or bad value. */
  usage: 2,
  /** `export --strict` refused: flags are still open, nothing was written. */
  refused: 3,
  /** compare left out files it could not read (each named on stderr) and compared the rest. */
  someRefused: 4,
} as const;

/** The exit-code table printed by --help. */
export const EXIT_CODES_HELP = [
  'Exit codes:',
  '  0  done',
  '  1  the input could not be used (too few readable files, a bad project file; --strict: the first bad file)',
  '  2  usage error (unknown command or option, a missing or bad value)',
  '  3  export --strict: flags are still open, nothing written',
  '  4  compare: some files could not be read (each named on stderr); the rest were compared',
].join('\n');

/** A mistake on the command line; runCli prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The options of one command, as util.parseArgs takes them. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What util.parseArgs returns for a spec: values by option name, and the positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments strictly (unknown options and missing values are errors; `--`
 * ends the options). util.parseArgs' own messages are kept but shortened to their first sentence.
 */
export function parseCommandArgs(args: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(simplify(message));
  }
}

/** "Unknown option '--nope'. To specify a positional argument starting with a '-', …" → "unknown option '--nope'". */
function simplify(message: string): string {
  const first = (message.split(/\.\s/u)[0] ?? message).replace(/\.$/u, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/** A string option's value, or undefined. */
export function stringOption(values: ParsedArgs['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
