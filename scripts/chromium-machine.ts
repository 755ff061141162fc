/** The real probe and installers of scripts/chromium.ts: they read this machine and run commands. */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { ChromiumProbe, Installers } from './chromium';

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
