/**
 * The files named on the command line: `npm start -- a.txt b.txt`, a packaged `variorum a.txt`,
 * or a second launch handing its arguments to the running window.
 */
import { isAbsolute, resolve } from 'node:path';

/**
 * The file arguments of an Electron argv, resolved against `cwd`. argv[0] is the executable; in
 * development argv[1] is the app path Electron was given (`electron .`), which is not a file to
 * open. Switches (`--inspect`, Chromium flags Playwright adds) are skipped.
 */
export function fileArguments(argv: readonly string[], cwd: string, isPackaged: boolean): string[] {
  const rest = argv.slice(isPackaged ? 1 : 2);
  const files: string[] = [];
  let afterDoubleDash = false;
  for (const arg of rest) {
    if (!afterDoubleDash && arg === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && arg.startsWith('-')) continue;
    files.push(isAbsolute(arg) ? arg : resolve(cwd, arg));
  }
  return files;
}

/**
 * The directory relative file arguments are meant against: `npm start` runs Electron in the package
 * folder, but npm records where the user typed the command in INIT_CWD.
 */
export function launchDirectory(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.INIT_CWD && isAbsolute(env.INIT_CWD) ? env.INIT_CWD : cwd;
}

/** Data a second instance hands to the first through requestSingleInstanceLock. */
export interface SecondLaunchData {
  readonly cwd: string;
}

/** Reads the data a second instance sent, falling back to the working directory Electron reports. */
export function secondLaunchDirectory(additionalData: unknown, workingDirectory: string): string {
  if (
    typeof additionalData === 'object' &&
    additionalData !== null &&
    typeof (additionalData as { cwd?: unknown }).cwd === 'string'
  ) {
    return (additionalData as SecondLaunchData).cwd;
  }
  return workingDirectory;
}

/**
 * The launch files, consumed once by the renderer's first `takeLaunchFiles()`. Files of a second
 * launch that arrives before that (while the first window is still starting) join the queue,
 * since the renderer is not yet listening for commands; afterwards they go as a command.
 */
export class LaunchFiles {
  private pending: string[];
  private taken = false;

  constructor(paths: readonly string[]) {
    this.pending = [...paths];
  }

  /** The paths given at launch, or null when none were given or they were already taken. */
  take(): readonly string[] | null {
    const paths = this.pending;
    this.pending = [];
    this.taken = true;
    return paths.length > 0 ? paths : null;
  }

  /** Queues a later launch's paths if the renderer has not taken the launch files yet; false once it has. */
  offer(paths: readonly string[]): boolean {
    if (this.taken) return false;
    this.pending.push(...paths.filter((p) => !this.pending.includes(p)));
    return true;
  }
}

/** True for a project file (`*.variorum.json`): opened as a project, never as a text variant. */
export function isProjectPath(path: string): boolean {
  return path.toLowerCase().endsWith('.variorum.json');
}
