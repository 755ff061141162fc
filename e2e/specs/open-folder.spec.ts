/**
 * "Open a folder of pages" in the web build (issue 15): the toolbar's Open folder takes the same
 * pages as the window and `variorum compare DIR` (directly inside the folder, not hidden, a text
 * extension or none, numeric name order) and compares them as one day. The window's own path and
 * its equality with the CLI run are tested in main/services/open-folder-day.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';

let app: AppPage;

test.beforeEach(async ({ page }) => {
  app = new AppPage(page);
  await app.open();
});

test.afterEach(() => {
  app.expectNoProblems();
});

/** One story in three editions (text written for this test), and what else a newsroom folder holds. */
function writeDay(dir: string): void {
  mkdirSync(join(dir, 'sub'), { recursive: true });
  const story = [
    '社区食堂让老人吃上热乎饭',
    '本报讯 记者周晓兰报道：截至今年6月，全市已建成社区食堂318家，日均服务老人4.2万人次。',
    '家住河西街道的刘桂芳说，食堂的饭菜又便宜又可口，子女也放心。',
    '市民政局表示，下一步将推动社区食堂向农村延伸，让更多老人就近吃上放心饭。',
  ].join('\n\n');
  writeFileSync(join(dir, 'page-1.txt'), story);
  writeFileSync(join(dir, 'page-2.txt'), story.replace('周晓兰', '周小兰'));
  // An OCR page without an extension, sorted after page-2 (numbers read as numbers).
  writeFileSync(join(dir, 'page-10'), story.replace('318', '381'));
  writeFileSync(join(dir, 'sub', 'page-3.txt'), story);
  writeFileSync(join(dir, '.page-0.txt'), story);
  writeFileSync(
    join(dir, 'scan.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
}

test('Open folder compares the folder’s pages as one day, in name order, skipping what is not a page', async ({
  page,
}, testInfo) => {
  const dir = testInfo.outputPath('day');
  writeDay(dir);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-folder').click();
  await (await chooser).setFiles(dir);
  await app.answerOpenChoice('new');
  await expect
    .poll(async () => (await app.snapshot()).variants)
    .toEqual(['page-1.txt', 'page-2.txt', 'page-10']);
  await app.waitForComparison();
  await expect.poll(async () => (await app.snapshot()).flags).toBeGreaterThanOrEqual(2);
  const snapshot = await app.snapshot();
  expect(snapshot.failures).toEqual([]);
  expect(snapshot.compared).toBe(true);
  await expect(page.getByTestId('story-list')).toContainText('社区食堂让老人吃上热乎饭');
});
