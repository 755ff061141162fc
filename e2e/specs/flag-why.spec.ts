/**
 * Every flag says why it has its category: the badge's hover names the rule and the reason, and
 * the current flag shows the reason in the list. The compare worker loads the classifier's
 * segmenter (jieba-wasm) once; the spec prints what that costs in Chromium.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { ReviewPage } from '../pages/review-page';

test('a flag badge explains its category and the current flag shows why', async ({ page }) => {
  const workers: import('@playwright/test').Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  await app.open();
  await review.chooseStory();
  const badge = review.flagItems.first().locator('.cat-badge');
  await expect(badge).toHaveAttribute('data-rule', /^[a-z]+\.[a-z-]+$/);
  await expect(badge).toHaveAttribute('title', /\(rule [a-z]+\.[a-z-]+\)$/);
  await review.flagItems.first().click();
  await expect(page.locator('.flag-item.current .flag-why')).not.toBeEmpty();
  // The segmenter loaded in the compare worker (-1 would mean it failed and comparisons ran without it).
  const costs = await Promise.all(
    workers.map((w) =>
      w.evaluate(
        () =>
          (globalThis as unknown as { variorumSegmenterMs?: number }).variorumSegmenterMs ?? null,
      ),
    ),
  );
  const ms = costs.find((c) => c !== null);
  expect(ms).toBeGreaterThan(0);
  console.log(
    `jieba-wasm in the compare worker: WASM instantiated and dictionary built in ${Math.round(ms ?? 0)} ms`,
  );
});
