#!/usr/bin/env node
/**
 * Builds the `variorum` command (package.json's bin) to plain JavaScript: main/cli/index.ts and
 * everything it imports, npm dependencies included, bundled by esbuild into one CommonJS file,
 * dist/cli.js. Run by `npm install` (prepare), `npm pack` (prepare) and `npm run cli`, so the bin
 * exists in a fresh clone and in an installed package without a committed build. Bundling keeps
 * start-up to one file read and no TypeScript loader (tsx took 1.6 s before any work).
 *
 *   node scripts/build-cli.mjs [--outfile PATH]
 */
import { chmodSync, copyFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
const outfile = resolve(values.outfile ?? join(root, 'dist', 'cli.js'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An installed package has no devDependencies; its dist/cli.js came in the tarball.
  console.error(
    'build-cli: esbuild is not installed (a development dependency); dist/cli.js is not rebuilt',
  );
  process.exit(0);
}

await esbuild.build({
  entryPoints: [join(root, 'main', 'cli', 'index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  define: { 'process.env.VARIORUM_VERSION': JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
// The classifier's segmenter (jieba-wasm's Node build, bundled above) reads its WASM from the
// bundle's own folder (__dirname): it ships beside the bin.
copyFileSync(
  join(root, 'node_modules', 'jieba-wasm', 'pkg', 'nodejs', 'jieba_rs_wasm_bg.wasm'),
  join(dirname(outfile), 'jieba_rs_wasm_bg.wasm'),
);
