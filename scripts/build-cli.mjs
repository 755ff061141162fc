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
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);

/**
 * Packages loaded on their first call instead of at start-up: their functions are forwarded to
 * the package's CommonJS build, which esbuild wraps to run when first required. pinyin-pro builds
 * its dictionary when loaded (~20 ms) and jieba-wasm reads and compiles 4 MB of WASM: a two-file
 * compare that needs no tag, --help or export pays for neither, and a collation worker pays for
 * them while the main thread is finding the stories. Only the functions named are forwarded: the
 * build fails if the code imports any other.
 */
const LAZY = {
  'pinyin-pro': ['polyphonic'],
  'jieba-wasm': ['tag'],
};

/** @type {import('esbuild').Plugin} */
const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    const names = Object.keys(LAZY).map((n) => n.replace(/[-/]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(?:${names.join('|')})$`) }, (args) => ({
      path: args.path,
      namespace: 'lazy-package',
    }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
      const main = require.resolve(args.path, { paths: [root] });
      const forwarded = LAZY[args.path].map(
        (fn) => `export function ${fn}(...args) { return load().${fn}(...args); }`,
      );
      return {
        contents: [
          'let loaded;',
          `const load = () => (loaded ??= require(${JSON.stringify(main)}));`,
          ...forwarded,
        ].join('\n'),
        resolveDir: root,
        loader: 'js',
      };
    });
  },
};

await esbuild.build({
  plugins: [lazyPackages],
  minifyWhitespace: true,
  minifySyntax: true,
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
