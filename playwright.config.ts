import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Two projects: `web` runs the static web build in Chromium (Debian's at /usr/bin/chromium when
 * present, else Playwright's own), always; `electron` launches the built app wherever the Electron
 * binary exists and skips with a printed reason where it does not (see e2e/support/electron.ts).
 */
const debianChromium = '/usr/bin/chromium';
/** The preview port; VARIORUM_E2E_PORT lets two checkouts run their suites side by side. */
const port = Number(process.env.VARIORUM_E2E_PORT ?? 5199);
const origin = `http://127.0.0.1:${port}`;
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;

export default defineConfig({
  testDir: './e2e/specs',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
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
          args: [
            '--no-sandbox',
            '--disable-gpu',
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
