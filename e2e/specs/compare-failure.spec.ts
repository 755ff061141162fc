/**
 * Errors end long work (issue 13): a page that makes the engine fail (here a page of 300,000 short
 * paragraphs, which overflowed the story finder's stack) is named with the engine's message, the
 * other pages are compared without it, and nothing is left saying "comparing…".
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';

test.use({ locale: 'en-US' });

test('a page that breaks the comparison is named and the others are compared', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open();
  const samples = resolve(__dirname, '../../assets/samples/zh');
  const first = resolve(samples, '01-jiangcheng-evening.txt');
  const second = resolve(samples, '02-binhai-daily.txt');
  const lead = await readFile(first, 'utf8');
  const huge = testInfo.outputPath('huge-page.txt');
  await writeFile(huge, `${lead}\n\n${Array.from({ length: 300_000 }, (_, i) => `第${i}行。`).join('\n\n')}`);
  await app.openVariants([first, second, huge], 'new');
  const notice = page.getByTestId('compare-failure');
  // The long work ends either way: the progress bar goes, and "comparing…" is not left on screen.
  await expect(page.getByTestId('progress')).toHaveCount(0, { timeout: 150_000 });
  await expect(page.getByTestId('no-comparison')).toHaveCount(0);
  if ((await notice.count()) > 0) {
    // The engine failed on the huge page (it overflowed its stack when this test was written).
    await expect(notice).toContainText('huge-page.txt');
    await expect(app.variantItems).toHaveCount(2);
  } else {
    // An engine that copes compares all three.
    await expect(app.variantItems).toHaveCount(3);
  }
  await app.waitForComparison();
  await app.attachScreenshot(testInfo, 'compare-failed-file-named');
  // The engine's own error is reported in the notice; the page logs nothing else.
  app.expectNoProblems();
});
