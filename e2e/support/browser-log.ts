/**
 * What the browser printed, read back when a page crashes. Chromium's renderer dies with a reason
 * on stderr ("Fatal JavaScript out of memory", "Check failed", a signal) that Playwright reports
 * only as "Target crashed"; CI's web e2e crashed so twice while the three shared pages were
 * compared, and never on our machines. The web project starts Chromium through
 * chromium-logged.sh, which appends its stderr to BROWSER_LOG; AppPage prints `crashReport()`
 * when its page crashes, so the next crash says why, with the machine's memory beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The file chromium-logged.sh appends the browser's stderr to (in Playwright's output folder). */
export const BROWSER_LOG = join(
  resolve(__dirname, '..', '..'),
  'test-results',
  'browser-stderr.log',
);

/** The start script that logs; playwright.config.ts launches it with the real browser in env. */
export const LOGGING_LAUNCHER = join(__dirname, 'chromium-logged.sh');

/** Lines every headless start prints on a machine without a D-Bus: noise, never a cause. */
const NOISE = /dbus|Failed to connect to the bus|object_proxy|unexpected operator/i;

/** The last `count` lines of a browser log that are not start-up noise. */
export function tailOfLog(text: string, count: number): string[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !NOISE.test(line))
    .slice(-count);
}

/** The machine's memory as the kernel counts it: free memory and, where set, the cgroup's limit. */
function memoryFacts(): string[] {
  const facts: string[] = [];
  const read = (path: string): string | null => {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch {
      return null;
    }
  };
  const meminfo = read('/proc/meminfo');
  if (meminfo) facts.push(...meminfo.split('\n').filter((l) => /^(MemTotal|MemAvailable)/.test(l)));
  for (const file of ['memory.max', 'memory.current', 'memory.events']) {
    const value = read(`/sys/fs/cgroup/${file}`);
    if (value !== null) facts.push(`cgroup ${file}: ${value.replace(/\n/g, ', ')}`);
  }
  return facts;
}

/** What to print when a page crashes: the browser's last lines and the memory at that moment. */
export function crashReport(logFile: string = BROWSER_LOG): string {
  const lines = existsSync(logFile) ? tailOfLog(readFileSync(logFile, 'utf8'), 60) : [];
  return [
    "The page crashed (Chromium's renderer died). The browser's last lines:",
    ...(lines.length > 0 ? lines : [`(nothing logged at ${logFile})`]),
    'Memory:',
    ...memoryFacts(),
  ].join('\n');
}
