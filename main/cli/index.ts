/**
 * The `variorum` command line (built to dist/cli.js by scripts/build-cli.mjs; package.json's bin).
 * stdout carries only the command's result; logs, progress and errors go to stderr.
 * The same file runs compare's collation workers (main/cli/collate-workers.ts) and their tagger
 * thread (main/cli/tagger-thread.ts).
 */
import '../services/jieba-tagger';
import { removeTempFilesOnSignal } from '../services/in-flight-temps';
import { isCollateWorker, runCollateWorker, useCollateWorkers } from './collate-workers';
import { runCli } from './run-cli';
import { isTaggerThread, runTaggerThread } from './tagger-thread';

if (isCollateWorker()) runCollateWorker();
else if (isTaggerThread()) runTaggerThread();
else {
  // compare may collate a day's stories on workers running this very file, once built to plain
  // JavaScript (run from the sources through tsx, a worker could not load it: one thread then).
  if (__filename.endsWith('.js')) useCollateWorkers(__filename);
  // Ctrl-C (or a kill) during `-o` output removes the temp file: no partial or temp output is left.
  removeTempFilesOnSignal();

  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`variorum: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
