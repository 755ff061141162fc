#!/usr/bin/env node
/**
 * `npm run web [-- --port N]`: builds the renderer as a static web app and serves it on
 * http://127.0.0.1:PORT. The port is --port, else $PORT, else 5199; when it is taken, the next
 * free one is used and the line printed says so (a second checkout can run beside the first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 5199;
/** How many ports after the asked one are tried. */
const TRIES = 20;

function usage(message) {
  process.stderr.write(
    `npm run web: ${message} (usage: npm run web -- [--port N], or PORT=N npm run web)\n`,
  );
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, 'no-build': { type: 'boolean' } },
  }));
} catch (error) {
  usage(String(error.message).split('. ')[0]);
}
const asked = values.port ?? process.env.PORT ?? String(DEFAULT_PORT);
const port = Number(asked);
if (!Number.isInteger(port) || port < 1 || port > 65535) usage(`"${asked}" is not a port`);

/** True when nothing listens on the port at 127.0.0.1. */
function isFree(candidate) {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen(candidate, '127.0.0.1', () => server.close(() => resolvePromise(true)));
  });
}

let chosen = null;
for (let candidate = port; candidate < Math.min(port + TRIES, 65536); candidate++) {
  if (await isFree(candidate)) {
    chosen = candidate;
    break;
  }
}
if (chosen === null)
  usage(`ports ${port} to ${port + TRIES - 1} are all taken; pick another with --port`);

const vite = join(root, 'node_modules', '.bin', 'vite');
if (!values['no-build']) {
  const build = spawnSync(vite, ['build', '--config', 'vite.web.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
process.stderr.write(
  chosen === port
    ? `web: serving on http://127.0.0.1:${chosen}\n`
    : `web: port ${port} is taken; serving on http://127.0.0.1:${chosen} instead\n`,
);
const preview = spawn(
  vite,
  [
    'preview',
    '--config',
    'vite.web.config.ts',
    '--host',
    '127.0.0.1',
    '--port',
    String(chosen),
    '--strictPort',
  ],
  { cwd: root, stdio: 'inherit' },
);
// Stopping this script stops the server too (Ctrl+C reaches both; a kill by pid only this one).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('close', (code) => process.exit(code ?? 1));
