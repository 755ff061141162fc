/**
 * The security and robustness audit (`npm run audit:security`, also `npm run audit`): runs every
 * class of issue 14 against the real services and CLI and prints classes tried, classes handled,
 * cases per class and whether anything was lost. Prints figures, never fails the build (exit 0).
 * `--heavy` adds the engine probes (150,000 paragraphs, two 20 MB lines: minutes).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliClasses } from './cases-cli';
import { dataClasses, ipcClasses, type AuditClass } from './cases-in-process';

/** Runs a class's cases one after another; returns how many held. */
export async function runClass(
  auditClass: AuditClass,
  log: (line: string) => void,
): Promise<number> {
  let held = 0;
  for (const auditCase of auditClass.cases) {
    let ok = false;
    try {
      ok = await auditCase.run();
    } catch (error) {
      log(
        `    ! ${auditCase.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    if (ok) held++;
    else log(`    NOT HANDLED: ${auditCase.name}`);
  }
  return held;
}

async function main(): Promise<void> {
  const heavy = process.argv.includes('--heavy');
  const dir = await mkdtemp(join(tmpdir(), 'variorum-audit-'));
  const lost: string[] = [];
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  try {
    const classes = [
      ...ipcClasses(join(dir, 'home')),
      ...dataClasses(join(dir, 'data'), resolve(__dirname, '..')),
      ...(await cliClasses(join(dir, 'cli'), lost, heavy)),
    ];
    let handledClasses = 0;
    let cases = 0;
    let held = 0;
    for (const auditClass of classes) {
      const started = Date.now();
      const ok = await runClass(auditClass, log);
      cases += auditClass.cases.length;
      held += ok;
      if (ok === auditClass.cases.length) handledClasses++;
      log(
        `  ${ok === auditClass.cases.length ? 'handled' : 'OPEN   '} ${auditClass.name}: ${ok}/${auditClass.cases.length} cases (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
    log(
      `classes tried ${classes.length}, classes handled ${handledClasses}; cases tried ${cases}, cases handled ${held}`,
    );
    log(lost.length === 0 ? 'nothing lost' : `LOST: ${lost.join('; ')}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('run.ts')) {
  main().catch((error: unknown) => {
    // The audit reports; it never fails the build.
    process.stdout.write(`audit could not finish: ${String(error)}\n`);
  });
}
