/**
 * The built `variorum` bin (dist/cli.js, what `npm install` builds and `npx variorum` runs) for
 * tests that run the command as a user does: rebuilt by scripts/build-cli.mjs only when a source
 * of app/, main/ or the build scripts is newer than it, once for all test files. A child process
 * then starts in about a tenth of a second, where `tsx main/cli/index.ts` compiled the engine's
 * TypeScript in every child (1.6 s each, several times that on a loaded machine).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildOnce, newestSource } from './ensure-built';

const root = resolve(__dirname, '../../..');
const outputs = ['dist/cli.js', 'dist/variorum.js'].map((p) => join(root, p));
const buildScripts = ['build-cli.mjs', 'jieba-snapshot.mjs', 'pinyin-readings.mjs'].map((f) =>
  join(root, 'scripts', f),
);

function isFresh(): boolean {
  if (!outputs.every((p) => existsSync(p))) return false;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const newest = Math.max(
    newestSource(join(root, 'app')),
    newestSource(join(root, 'main')),
    ...buildScripts.map((p) => statSync(p).mtimeMs),
    statSync(join(root, 'package.json')).mtimeMs,
  );
  return built >= newest;
}

/** The path of dist/cli.js, built from the current sources. */
export function builtCli(): string {
  buildOnce('.variorum-cli-build-lock', isFresh, () =>
    execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], {
      cwd: root,
      stdio: 'pipe',
    }),
  );
  return outputs[0] as string;
}
