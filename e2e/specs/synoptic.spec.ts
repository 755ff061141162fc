/**
 * See every page at a flag (issue 13): the synoptic table lists every page of the story with its
 * reading and context, including a flag where only one page differs; the right pane follows the
 * flag to a page that reads otherwise than the canonical, and stays put when that is switched off.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { ReviewPage } from '../pages/review-page';

test.use({ locale: 'en-US' });

test('the synoptic table and the right pane at a flag where only one page differs', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  const review = new ReviewPage(page);
  await review.chooseStory();
  const data = await review.data();
  const variants = new Set(data.flags.flatMap((f) => f.readings.map((r) => r.variant)));
  // A flag where exactly one page reads otherwise than the rest.
  const lonely = data.flags.find((f) => {
    const texts = f.readings.map((r) => r.text);
    return (
      f.readings.length >= 3 &&
      texts.filter((t) => t === texts[0]).length !== 1 &&
      new Set(texts).size === 2
    );
  });
  expect(lonely, 'a flag where only one page differs').toBeDefined();
  if (!lonely) return;
  const counts = new Map<string, number>();
  for (const r of lonely.readings) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  const odd = lonely.readings.find((r) => counts.get(r.text) === 1);
  // Show a page that agrees with the majority on the right, then go to the flag: the pane follows.
  const agreeing = lonely.readings.find((r) => r.variant !== odd?.variant)?.variant ?? '';
  await page.getByTestId('right-picker').selectOption(agreeing);
  await page.locator(`.flag-item[data-flag-id="${lonely.id}"]`).click();
  await expect.poll(async () => (await app.snapshot()).rightVariant).toBe(odd?.variant);
  const table = page.locator(`.flag-item[data-flag-id="${lonely.id}"]`).getByTestId('synoptic');
  await expect(table.locator('tr')).toHaveCount(variants.size);
  for (const reading of lonely.readings) {
    const row = table.locator(`tr[data-variant="${reading.variant}"]`);
    await expect(row).toHaveAttribute('data-carried', 'true');
    if (reading.text.trim() !== '')
      await expect(row.locator('.syn-reading')).toHaveAttribute('title', reading.text);
  }
  await app.attachScreenshot(testInfo, 'synoptic-one-page-differs');

  // Switched off, the right pane stays where the editor put it.
  await page.getByTestId('follow-flag').uncheck();
  await page.getByTestId('right-picker').selectOption(agreeing);
  const other = data.flags.find((f) => f.id !== lonely.id);
  if (other) {
    await page.locator(`.flag-item[data-flag-id="${other.id}"]`).click();
    await expect.poll(async () => (await review.data()).flagId).toBe(other.id);
    expect((await app.snapshot()).rightVariant).toBe(agreeing);
  }
  await page.getByTestId('follow-flag').check();

  // Unchanged paragraphs fold away on request, as in VS Code's diff editor, and come back.
  await page.getByTestId('hide-unchanged').check();
  await expect(app.compareView.locator('.diff-hidden-lines').first()).toBeAttached();
  await app.attachScreenshot(testInfo, 'unchanged-collapsed');
  await page.getByTestId('hide-unchanged').uncheck();
  await expect(app.compareView.locator('.diff-hidden-lines')).toHaveCount(0);
  app.expectNoProblems();
});
