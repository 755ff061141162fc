/** The registry of CLI commands; each command lives in its own file. */
import { compareCommand } from './compare-command';
import { exportCommand } from './export-command';

/** One CLI command. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** The command's full usage line, printed for `<command> --help`. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[]): Promise<number>;
}

/** Every command the CLI knows, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [compareCommand, exportCommand];
