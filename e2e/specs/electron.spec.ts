/**
 * The Electron app itself: launched from the build with `_electron.launch`, it opens the embedded
 * samples (no file arguments) and shows two variants side by side. Skipped, with the reason
 * printed, wherever the Electron binary is missing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { BUILT_MAIN, findElectron } from '../support/electron';

const availability = findElectron();
if (!availability.ok) console.log(`electron spec skipped: ${availability.reason}`);

test.describe('Electron app', () => {
  test.skip(!availability.ok, availability.ok ? '' : availability.reason);

  test('opens the sample set and shows two variants side by side, securely', async () => {
    const testInfo = test.info();
    if (!availability.ok) return;
    expect(existsSync(BUILT_MAIN), `${BUILT_MAIN} is missing: run npm run build first`).toBe(true);
    const userData = mkdtempSync(join(tmpdir(), 'variorum-e2e-'));
    const app = await electron.launch({
      executablePath: availability.executablePath,
      args: [BUILT_MAIN],
      env: { ...process.env, VARIORUM_USER_DATA: userData, ELECTRON_RENDERER_URL: '' },
    });
    try {
      const win = await app.firstWindow();
      const errors: string[] = [];
      win.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      win.on('pageerror', (e) => errors.push(e.message));

      const page = new AppPage(win);
      await page.waitForComparison();
      await expect(page.variantItems).toHaveCount(3);
      await expect(page.originalPane).toContainText('老旧小区改造');
      await expect(page.modifiedPane).toContainText('老旧小区改造');

      // The bridge is exactly the contract; Node is not reachable from the page.
      const exposed = await win.evaluate(async () => {
        const api = (
          globalThis as unknown as { api: { platformInfo(): Promise<{ kind: string }> } }
        ).api;
        return {
          api: Object.keys(api).sort(),
          node: typeof (globalThis as { require?: unknown }).require,
          platform: await api.platformInfo(),
        };
      });
      expect(exposed.node).toBe('undefined');
      expect(exposed.api).toContain('openSamples');
      expect(exposed.api).toContain('onCommand');
      expect(exposed.platform.kind).toBe('electron');

      // contextIsolation + sandbox: the page sees neither Node's process nor the preload's scope.
      expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );
      // Navigation away from the app is blocked.
      await win.evaluate(() => {
        (globalThis as unknown as { location: { href: string } }).location.href =
          'https://example.com/';
      });
      await win.waitForTimeout(500);
      expect(win.url()).toMatch(/^file:.*index\.html/);

      await win.screenshot({ path: testInfo.outputPath('electron-samples.png') });
      expect(errors).toEqual([]);
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
