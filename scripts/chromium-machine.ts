/** The real probe and installers of scripts/chromium.ts: they read this machine and run commands. */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, type ChromiumProbe, type FoundChromium, type Installers } from './chromium';

/** Where ensure-browser records the browser it settled on, for playwright.config.ts to launch. */
export const CHOSEN_FILE = join(
  resolve(__dirname, '..'),
  'node_modules',
  '.cache',
  'variorum',
  'chromium.json',
);

/** Records the browser ensure-browser found. */
export function recordChromium(found: FoundChromium, file: string = CHOSEN_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(found)}\n`);
}

/**
 * The browser for the tests: the one ensure-browser recorded, if it is still there (it may be
 * one apt installed while system browsers were hidden), else what findChromium finds now.
 * VARIORUM_CHROMIUM, when set, wins over both.
 */
export function chosenChromium(
  probe: ChromiumProbe = machineProbe(),
  file: string = CHOSEN_FILE,
): FoundChromium | null {
  if (!probe.env['VARIORUM_CHROMIUM'] && existsSync(file)) {
    try {
      const recorded = JSON.parse(readFileSync(file, 'utf8')) as FoundChromium;
      if (typeof recorded.path === 'string' && probe.isExecutable(recorded.path)) return recorded;
    } catch {
      // A damaged record is ignored: look again.
    }
  }
  return findChromium(probe);
}

/** This machine, as findChromium sees it. */
export function machineProbe(env: NodeJS.ProcessEnv = process.env): ChromiumProbe {
  return {
    env,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    playwrightPath() {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
  };
}

/** Runs a command with its output on our stderr; true when it exited 0. */
function run(command: string, args: readonly string[], timeoutMs: number): boolean {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: timeoutMs,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** The installers of this machine. */
export function machineInstallers(): Installers {
  return {
    playwrightInstall: () =>
      run(
        process.platform === 'win32' ? 'npx.cmd' : 'npx',
        ['playwright', 'install', 'chromium'],
        10 * 60_000,
      ),
    canApt: () =>
      process.platform === 'linux' &&
      process.getuid?.() === 0 &&
      existsSync('/etc/debian_version') &&
      run('sh', ['-c', 'command -v apt-get >/dev/null'], 5000),
    aptInstall: (packages) =>
      run('apt-get', ['update', '-qq'], 5 * 60_000) &&
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], 10 * 60_000),
    hasCjkFonts() {
      if (process.platform !== 'linux') return undefined;
      const list = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
      if (list.error || list.status !== 0) return undefined;
      return list.stdout.trim().length > 0;
    },
  };
}
