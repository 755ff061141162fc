/**
 * The command line: `npm run --silent cli -- <command> [options] FILE...`.
 * stdout carries only the command's result; logs, progress and errors go to stderr.
 */
import { commands } from './commands';

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`variorum: unknown command "${name}". Try: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`variorum ${name}: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

function usage(): string {
  return ['Usage: npm run --silent cli -- <command> [options]', '', ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`), ''].join('\n');
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`variorum: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
