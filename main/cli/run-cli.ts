/** Dispatches one CLI invocation to its command; kept apart from index.ts so it can be tested without running. */
import { EXIT, EXIT_CODES_HELP, UsageError } from './args';
import { commands } from './commands';

/** Where the CLI writes: stdout for results and help, stderr for errors. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const HELP = new Set(['--help', '-h', 'help']);

/**
 * The version printed by --version: scripts/build-cli.mjs writes package.json's version in at
 * build time; run from the sources (tsx) it is not known.
 */
export const VERSION = process.env.VARIORUM_VERSION ?? 'unbuilt';

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.out(`variorum ${VERSION}\n`);
    return EXIT.ok;
  }
  if (!name || HELP.has(name)) {
    const asked = rest[0] ? commands.find((c) => c.name === rest[0]) : undefined;
    io.out(asked ? `${asked.usage}\n` : usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(
      `variorum: unknown command "${name}". Try: ${commands.map((c) => c.name).join(', ')} (variorum --help)\n`,
    );
    return EXIT.usage;
  }
  if (rest.some((arg) => arg === '--help' || arg === '-h')) {
    io.out(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      io.err(`variorum ${name}: ${message.split('\n')[0]} (variorum ${name} --help)\n`);
      return EXIT.usage;
    }
    io.err(`variorum ${name}: ${message.split('\n')[0]}\n`);
    return EXIT.failed;
  }
}

function usage(): string {
  return [
    'usage: variorum <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Options:',
    '  -h, --help      this help; `variorum <command> --help` for a command',
    '  -V, --version   the version',
    '',
    EXIT_CODES_HELP,
    '',
  ].join('\n');
}
