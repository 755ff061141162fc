#!/usr/bin/env node
/**
 * `npm start [-- FILE...]`: builds the Electron app and opens it. Electron 45 fetches its binary on
 * first use; where it cannot (no network to its CDN, a sandbox), this says so in one line and
 * points to `npm run web`, the same UI in a browser, instead of a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

/** The Electron binary, or null when it is not on this machine. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist'),
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? binary : null;
}

function fail(reason) {
  process.stderr.write(
    `variorum: cannot start the Electron app (${reason}); run the same UI in a browser instead: npm run web\n`,
  );
  process.exit(1);
}

if (!existsSync(join(electronDir, 'install.js')))
  fail('the electron package is not installed; run npm install');
let binary = electronBinary();
if (!binary) {
  if (process.stderr.isTTY)
    process.stderr.write('variorum: fetching the Electron binary (first start)…\n');
  const fetched = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'pipe',
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  binary = electronBinary();
  if (!binary) {
    const why = `${fetched.stderr ?? ''}${fetched.stdout ?? ''}`
      .split('\n')
      .find((line) => /error|failed/i.test(line))
      ?.trim();
    fail(`its binary could not be downloaded${why ? `: ${why.slice(0, 120)}` : ''}`);
  }
}

const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
app.on('close', (code) => process.exit(code ?? 1));
