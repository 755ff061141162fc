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
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readingsTable } from './pinyin-readings.mjs';
import { writeJiebaSnapshot } from './jieba-snapshot.mjs';

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
  'pinyin-pro': ['polyphonic', 'segment'],
  'jieba-wasm': ['tag'],
};

/**
 * Functions of a lazy package answered from a table made from the package when the bin is built,
 * falling back to the package (scripts/pinyin-readings.mjs): pinyin-pro's readings of a Han
 * character, asked by the classifier's same-sound check in the main thread of a two-file compare
 * and in every collation worker, without loading pinyin-pro's dictionaries (35-90 ms each).
 */
const TABLED = { 'pinyin-pro': 'polyphonic' };

/**
 * jieba-wasm's state once its dictionary is built (scripts/jieba-snapshot.mjs), written beside the
 * bin and named by the hash of the WASM it belongs to; the bin's first segmenting call puts it
 * back instead of building the dictionary (0.3-0.8 s). Not in the npm package (62 MB): an
 * installed bin without it builds the dictionary as before.
 */
const JIEBA_WASM = join(
  root,
  'node_modules',
  'jieba-wasm',
  'pkg',
  'nodejs',
  'jieba_rs_wasm_bg.wasm',
);
const JIEBA_SNAPSHOT = `jieba-${createHash('sha256').update(readFileSync(JIEBA_WASM)).digest('hex').slice(0, 16)}.snapshot`;

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
      const forwarded = LAZY[args.path].map((fn) =>
        TABLED[args.path] === fn
          ? `export const ${fn} = tablePolyphonic(${JSON.stringify(readingsTable(require(main)[fn]))}, (...args) => load().${fn}(...args));`
          : `export function ${fn}(...args) { return load().${fn}(...args); }`,
      );
      const restore = args.path === 'jieba-wasm';
      const loadLine = restore
        ? `const load = () => { if (loaded === undefined) { loaded = require(${JSON.stringify(main)}); restoreJiebaSnapshot(loaded, require('node:path').join(__dirname, ${JSON.stringify(JIEBA_SNAPSHOT)})); } return loaded; };`
        : `const load = () => (loaded ??= require(${JSON.stringify(main)}));`;
      return {
        contents: [
          ...(restore
            ? [
                `import { restoreJiebaSnapshot } from ${JSON.stringify(join(root, 'scripts', 'jieba-snapshot.mjs'))};`,
              ]
            : []),
          ...(TABLED[args.path]
            ? [
                `import { tablePolyphonic } from ${JSON.stringify(join(root, 'scripts', 'pinyin-readings.mjs'))};`,
              ]
            : []),
          'let loaded;',
          loadLine,
          ...forwarded,
        ].join('\n'),
        resolveDir: root,
        loader: 'js',
      };
    });
  },
};

const distDir = dirname(outfile);
/** The bundle; `outfile` is a small loader that compiles it with V8's code cache (see LOADER). */
const bundleFile = join(distDir, 'variorum.js');
await esbuild.build({
  plugins: [lazyPackages],
  minifyWhitespace: true,
  minifySyntax: true,
  entryPoints: [join(root, 'main', 'cli', 'index.ts')],
  outfile: bundleFile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  define: {
    'process.env.VARIORUM_VERSION': JSON.stringify(version),
    'process.env.VARIORUM_JIEBA_SNAPSHOT': JSON.stringify(JIEBA_SNAPSHOT),
  },
  legalComments: 'none',
  logLevel: 'warning',
});

/**
 * The bin itself: compiles the bundle with the code cache this build wrote for it, so that a run
 * does not parse and compile the engine's functions again (V8's code cache holds the bytecode of
 * every function compiled while the cache was made, not only the top level). Node 20 has no
 * module.enableCompileCache; vm.Script's cachedData is the same mechanism. The cache is named by
 * the bundle's hash, written into this file: a rebuilt bundle never meets another build's cache.
 * V8 rejects a cache made by another V8 or with other flags (cachedDataRejected), and the bundle
 * is then compiled as usual. Workers run this same file (__filename), so they use the cache too.
 */
const LOADER = (cacheName) => `#!/usr/bin/env node
'use strict';
// variorum's bin (scripts/build-cli.mjs): runs variorum.js, compiled with its V8 code cache.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const { wrap } = require('node:module');
const bundle = join(__dirname, 'variorum.js');
const cache = join(__dirname, ${JSON.stringify(cacheName)});
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  cachedData = undefined;
}
const script = new Script(wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (process.env.VARIORUM_CODE_CACHE === 'write')
  process.once('exit', () => writeFileSync(cache, script.createCachedData()));
else if (process.env.VARIORUM_CODE_CACHE === 'report')
  process.stderr.write('code cache ' + (cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used') + '\\n');
script.runInThisContext()(module.exports, require, module, __filename, __dirname);
`;
const hash = createHash('sha256').update(readFileSync(bundleFile)).digest('hex').slice(0, 16);
const cacheName = `variorum-${hash}.cache`;
for (const old of readdirSync(distDir).filter((f) => /^variorum-[0-9a-f]+\.cache$/.test(f)))
  rmSync(join(distDir, old));
writeFileSync(outfile, LOADER(cacheName));
chmodSync(outfile, 0o755);
// The classifier's segmenter (jieba-wasm's Node build, bundled above) reads its WASM from the
// bundle's own folder (__dirname): it ships beside the bin.
copyFileSync(JIEBA_WASM, join(distDir, 'jieba_rs_wasm_bg.wasm'));
for (const old of readdirSync(distDir).filter((f) => /^jieba-[0-9a-f]+\.snapshot$/.test(f)))
  if (old !== JIEBA_SNAPSHOT) rmSync(join(distDir, old));
// Both the snapshot and the code cache below only make the bin faster: a build that cannot make
// them (no room on the disk, say) warns and ships the bin without them.
try {
  writeJiebaSnapshot(require('jieba-wasm'), join(distDir, JIEBA_SNAPSHOT));
} catch (error) {
  rmSync(join(distDir, JIEBA_SNAPSHOT), { force: true });
  console.error(`build-cli: no jieba snapshot (${String(error)}); the bin builds the dictionary`);
}

/**
 * The code cache: the bin run once, in one thread, on two short printings of a story of our own
 * (Chinese and English, a name, a figure, a dropped clause and a punctuation change apart), so
 * that the finder's, the aligner's and the classifier's functions are compiled when it is written.
 */
const TRAINING = [
  '港口扩建工程今日开工\n\n新华社广州3月5日电 南沙港区四期扩建工程5日开工，总投资约120亿元，预计2028年建成。\n\n工程负责人陈志明说，新码头将新增泊位6个，年吞吐能力提高三成。\n\nThe port authority said on Tuesday that the new berths would open in 2028.\n',
];
TRAINING.push(
  TRAINING[0]
    .replace('120', '125')
    .replace('陈志明', '陈志鸣')
    .replace('，年吞吐能力提高三成', '')
    .replace('。\n\nThe', '！\n\nThe')
    .replace('2028.', '2029.'),
);
const training = mkdtempSync(join(tmpdir(), 'variorum-cache-'));
try {
  const files = TRAINING.map((text, i) => {
    const file = join(training, `${i + 1}.txt`);
    writeFileSync(file, text);
    return file;
  });
  execFileSync(process.execPath, [outfile, 'compare', '--json', '--jobs', '0', ...files], {
    env: { ...process.env, VARIORUM_CODE_CACHE: 'write' },
    stdio: 'ignore',
  });
} catch (error) {
  rmSync(join(distDir, cacheName), { force: true });
  console.error(`build-cli: no code cache (${String(error)}); the bin compiles its bundle`);
} finally {
  rmSync(training, { recursive: true, force: true });
}
