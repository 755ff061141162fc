/**
 * Cancelling a long comparison (issue 14) in the web build: a large pair of pages keeps the worker
 * busy for seconds; the progress bar offers Cancel, reachable by keyboard and by Escape, which
 * terminates the worker and leaves the review that was on screen (the sample set) as it was. A
 * comparison after a Cancel works. The pages are generated here (not the shared samples).
 */
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';

let app: AppPage;

/** The build's test hook, as the page holds it (e2e/ is compiled without DOM types, hence the cast). */
type LoadHook = {
  loadVariants(
    files: readonly { name: string; text: string }[],
  ): Promise<{ stories: number; flags: number }>;
};

test.beforeEach(async ({ page }) => {
  app = new AppPage(page);
  await app.open();
});

test.afterEach(() => {
  app.expectNoProblems();
});

/** Two long reprints (30,000 short paragraphs each, one changed character every 500): seconds of work. */
function longPages(): { name: string; text: string }[] {
  let state = 2463534242;
  const next = (): string => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return String.fromCharCode(0x4e00 + ((state >>> 0) % 6000));
  };
  const paras = Array.from(
    { length: 30_000 },
    (_, i) => `${Array.from({ length: 12 }, next).join('')}${i}。`,
  );
  const other = paras.map((p, i) => (i % 500 === 7 ? `${p.slice(0, 4)}变${p.slice(5)}` : p));
  return [
    { name: 'long-a.txt', text: paras.join('\n\n') },
    { name: 'long-b.txt', text: other.join('\n\n') },
  ];
}

/** Starts comparing the long pages without waiting for the result (the test cancels it). */
async function startLongComparison(): Promise<void> {
  const pages = longPages();
  await app.page.evaluate((files) => {
    void (globalThis as unknown as { __variorumTest?: LoadHook }).__variorumTest?.loadVariants(
      files,
    );
  }, pages);
  await expect(app.page.getByTestId('progress')).toBeVisible();
}

test('Escape cancels a long comparison and the previous review stays; Cancel by keyboard too; a new comparison works', async ({
  page,
}) => {
  const before = await app.snapshot();
  expect(before.compared).toBe(true);
  const leftBefore = await app.paneText(app.originalPane);

  await startLongComparison();
  const cancel = page.getByTestId('cancel-compare');
  await expect(cancel).toBeVisible();
  await expect(cancel).toHaveAttribute('aria-keyshortcuts', 'Escape');
  // The compare worker running now (Monaco has workers of its own).
  const running = page.workers().filter((w) => /compare/.test(w.url()));
  expect(running).toHaveLength(1);
  let terminated = false;
  running[0]!.once('close', () => (terminated = true));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('progress')).toBeHidden({ timeout: 5_000 });
  // The worker is terminated, and the review is the one from before: pages, story, flag, panes.
  await expect.poll(() => terminated).toBe(true);
  expect(await app.snapshot()).toEqual(before);
  await expect(app.variantItems).toHaveCount(before.variants.length);
  expect(await app.paneText(app.originalPane)).toBe(leftBefore);

  // The button itself, from the keyboard: a plain button in the tab order, pressed with Enter.
  await startLongComparison();
  await expect(cancel).not.toHaveAttribute('tabindex', /-/);
  await cancel.focus();
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('progress')).toBeHidden({ timeout: 5_000 });
  expect(await app.snapshot()).toEqual(before);

  // A comparison after a Cancel runs in a new worker and shows its result.
  const counts = await page.evaluate(() =>
    (globalThis as unknown as { __variorumTest?: LoadHook }).__variorumTest?.loadVariants([
      {
        name: '早报.txt',
        text: '本报讯 市政府昨日召开会议，研究城市交通问题。\n\n与会者一致同意加快地铁建设。',
      },
      {
        name: '晚报.txt',
        text: '本报讯 市政府昨天召开会议，研究城市交通问题。\n\n与会者一致同意加快地铁建设。',
      },
    ]),
  );
  expect(counts?.stories).toBeGreaterThan(0);
  expect(counts?.flags).toBeGreaterThan(0);
  const after = await app.snapshot();
  expect(after.variants).toEqual(['早报.txt', '晚报.txt']);
  expect(after.compared).toBe(true);
});
