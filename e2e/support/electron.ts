/**
 * Where the Electron binary is, or why it is not there. The `electron` package's main export is
 * the binary's path (node_modules/electron/dist/<path.txt>); requiring it when the binary is
 * missing starts a download, which must never happen in a test run, so this resolves the same path
 * without requiring it. The electron spec skips with the returned reason where there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

/** The Electron binary, or the reason it cannot be launched. */
export type ElectronAvailability =
  | { readonly ok: true; readonly executablePath: string }
  | { readonly ok: false; readonly reason: string };

/** Finds the Electron binary installed by the `electron` package, as its index.js would. */
export function findElectron(): ElectronAvailability {
  const require = createRequire(resolve(__dirname, '../../package.json'));
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      ok: false,
      reason: `Electron binary not installed (${pathFile} is missing: the postinstall download did not run or failed)`,
    };
  }
  const relativeBinary = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const executablePath = join(distDir, relativeBinary);
  if (!existsSync(executablePath)) {
    return { ok: false, reason: `Electron binary not found at ${executablePath}` };
  }
  return { ok: true, executablePath };
}

/** The built main process entry (`npm run build` writes it). */
export const BUILT_MAIN = resolve(__dirname, '../../out/main/index.js');
