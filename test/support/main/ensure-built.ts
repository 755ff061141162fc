/**
 * Makes sure `out/` holds a build of the current main/ and app/ sources before a test reads it:
 * builds with electron-vite when out/ is missing or older than a source. Test files run in
 * parallel, so the build is guarded by a lock folder (mkdir is atomic).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const outputs = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'].map((p) =>
  join(root, p),
);

/** The newest modification time of a product source under `folder` (tests and their data left out). */
export function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!outputs.every((p) => existsSync(p))) return false;
  const built = Math.min(...outputs.slice(0, 2).map((p) => statSync(p).mtimeMs));
  return built >= Math.max(newestSource(join(root, 'main')), newestSource(join(root, 'app')));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `build` unless `isFresh()`, guarded by the lock folder `name` in node_modules: test files
 * run in parallel, and one builds while the others wait, then find the output fresh.
 */
export function buildOnce(name: string, isFresh: () => boolean, build: () => void): void {
  if (isFresh()) return;
  const lock = join(root, 'node_modules', name);
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than the deadline is from a killed run.
      if (
        Date.now() > deadline ||
        Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 180_000
      )
        rmSync(lock, { recursive: true, force: true });
      else sleep(250);
    }
  }
  try {
    if (!isFresh()) build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds out/ unless it is already up to date with main/ and app/. */
export function ensureBuilt(): void {
  buildOnce('.variorum-build-lock', isFresh, () =>
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      { cwd: root, stdio: 'pipe' },
    ),
  );
}
