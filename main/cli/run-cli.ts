/** Dispatches one CLI invocation to its command; kept apart from index.ts so it can be tested without running. */
import { commands } from './commands';

/** Where the CLI writes: stdout for results and help, stderr for errors. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const HELP = new Set(['--help', '-h', 'help']);

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || HELP.has(name)) {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`variorum: unknown command "${name}". Try: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  if (rest.some((arg) => arg === '--help' || arg === '-h')) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`variorum ${name}: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

function usage(): string {
  return ['Usage: npm run --silent cli -- <command> [options]', '', ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`), '', 'Add --help after a command for its options.', ''].join('\n');
}
