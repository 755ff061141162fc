import { defineConfig } from '@playwright/test';
import { chosenChromium } from './scripts/chromium-machine';
import { BROWSER_LOG, LOGGING_LAUNCHER } from './e2e/support/browser-log';

/**
 * Two projects: `web` runs the static web build in Chromium, always; `electron` launches the
 * built app wherever the Electron binary exists and skips with a printed reason where it does not
 * (see e2e/support/electron.ts). The Chromium is the one scripts/ensure-browser.ts made sure of
 * (`npm run e2e` runs it first): VARIORUM_CHROMIUM, a system Chromium, or Playwright's own.
 */
const chromium = chosenChromium();
/** The preview port; VARIORUM_E2E_PORT lets two checkouts run their suites side by side. */
const port = Number(process.env.VARIORUM_E2E_PORT ?? 5199);
const origin = `http://127.0.0.1:${port}`;
// Playwright's own needs no path; undefined also leaves Playwright's own error where none exists.
const systemPath = chromium && chromium.source !== 'playwright' ? chromium.path : undefined;
// A system Chromium starts through a script that keeps its stderr, read back when a page crashes
// (e2e/support/browser-log.ts): "Target crashed" alone has twice left a CI failure unexplained.
const executablePath = systemPath ? LOGGING_LAUNCHER : undefined;
const browserEnv = systemPath
  ? { ...process.env, VARIORUM_CHROMIUM_REAL: systemPath, VARIORUM_BROWSER_LOG: BROWSER_LOG }
  : undefined;

export default defineConfig({
  testDir: './e2e/specs',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes on a second try hides a race (review.spec.ts read a deferred
  // render too early; it now waits for it). A failure is a failure.
  retries: 0,
  reporter: [['list'], ['./e2e/support/skipped-reporter.ts']],
  globalSetup: './e2e/support/browser-setup.ts',
  use: {
    baseURL: origin,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore: /electron\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath,
          ...(browserEnv ? { env: browserEnv } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            // Containers often give /dev/shm 64 MB; Chromium then writes shared memory to /tmp.
            '--disable-dev-shm-usage',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\.spec\.ts$/,
    },
  ],
  webServer: {
    command: `npm run --silent build:web && npx vite preview --config vite.web.config.ts --port ${port}`,
    url: origin,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
