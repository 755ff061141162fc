/**
 * Opening variants in the web build (issue 2): the sample set on start, two files through the file
 * input with character-level highlights, a bad file beside good ones, the shared sample pages.
 * Every test fails on a console error, a page error or a request that leaves 127.0.0.1.
 */
import { mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';

const sharedPages = resolve(__dirname, '../../../shared/samples/pages');

let app: AppPage;

test.beforeEach(async ({ page }) => {
  app = new AppPage(page);
  await app.open();
});

test.afterEach(() => {
  app.expectNoProblems();
});

/** Two short reprints of one story, written for this test, differing in a name, a number and punctuation. */
function writeVariants(dir: string): { a: string; b: string; bad: string } {
  mkdirSync(dir, { recursive: true });
  const a = join(dir, '晨报-社区食堂.txt');
  const b = join(dir, '晚报-社区食堂.txt');
  const bad = join(dir, 'scan.png');
  writeFileSync(
    a,
    '社区食堂让老人吃上热乎饭\n\n本报讯 记者周晓兰报道：截至今年6月，全市已建成社区食堂318家，日均服务老人4.2万人次。\n家住河西街道的刘桂芳说，食堂的饭菜“又便宜又可口”。\n',
  );
  writeFileSync(
    b,
    '社区食堂让老人吃上热乎饭\n\n记者周小兰报道:截至今年6月,全市已建成社区食堂381家,日均服务老人4.2万人次。\n家住河西街道的刘桂芳说，食堂的饭菜又便宜、又可口。\n',
  );
  // A PNG header and NUL bytes: a binary file the decoder must refuse.
  writeFileSync(
    bad,
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]),
  );
  return { a, b, bad };
}

test('the sample set opens on start and shows side by side', async ({ page: _page }, testInfo) => {
  const snapshot = await app.snapshot();
  expect(snapshot.variants.length).toBeGreaterThanOrEqual(3);
  expect(snapshot.flags).toBeGreaterThan(0);
  await expect(app.variantItems).toHaveCount(snapshot.variants.length);
  expect((await app.paneText(app.originalPane)).length).toBeGreaterThan(20);
  expect((await app.paneText(app.modifiedPane)).length).toBeGreaterThan(20);
  await app.attachScreenshot(testInfo, 'samples-on-start');
});

test('two variants opened through the file input show both with character decorations', async ({
  page: _page,
}, testInfo) => {
  const { a, b } = writeVariants(testInfo.outputPath('variants'));
  await app.openVariants([a, b]);
  await expect(app.variantItems).toHaveCount(2);
  await expect(app.variantItems.nth(0)).toContainText('晨报-社区食堂.txt');
  await expect(app.variantItems.nth(1)).toContainText('晚报-社区食堂.txt');
  await app.waitForComparison();
  await expect.poll(() => app.paneText(app.modifiedPane)).toContain('周小兰');
  const left = await app.paneText(app.originalPane);
  // The left pane is the canonical draft (when the review builds one) or the first variant: both read 周晓兰's base text.
  expect(left).toContain('社区食堂');
  // Monaco's character-level diff highlights, and the flag decorations in both panes.
  await expect(app.modifiedPane.locator('.char-insert').first()).toBeVisible();
  await expect(app.originalPane.locator('.char-delete').first()).toBeVisible();
  await expect(app.modifiedPane.locator('.flag').first()).toBeVisible();
  await expect(app.modifiedPane.locator('.flag-number').first()).toBeVisible();
  await app.attachScreenshot(testInfo, 'two-variants');
});

test('a binary file shows its error and the other files still open', async ({
  page: _page,
}, testInfo) => {
  const { a, b, bad } = writeVariants(testInfo.outputPath('variants'));
  await app.openVariants([a, bad, b]);
  await expect(app.variantItems).toHaveCount(2);
  await expect(app.failureItems).toHaveCount(1);
  await expect(app.failureItems.first()).toHaveAttribute('data-code', 'binary');
  await expect(app.failureItems.first()).toContainText('scan.png');
  await app.waitForComparison();
  await expect.poll(() => app.paneText(app.modifiedPane)).toContain('周小兰');
  await app.attachScreenshot(testInfo, 'binary-refused');
});

test('the three shared sample pages open side by side', async ({ page: _page }, testInfo) => {
  test.skip(!existsSync(sharedPages), `no shared sample pages at ${sharedPages}`);
  const files = readdirSync(sharedPages)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(sharedPages, f));
  expect(files.length).toBe(3);
  await app.openVariants(files);
  await expect(app.variantItems).toHaveCount(3);
  await expect(app.failureItems).toHaveCount(0);
  await expect
    .poll(async () => (await app.snapshot()).variants.join(','), { timeout: 30_000 })
    .toContain('000_');
  await app.waitForComparison();
  await expect
    .poll(async () => (await app.snapshot()).flags, { timeout: 30_000 })
    .toBeGreaterThan(0);
  await app.attachScreenshot(testInfo, 'shared-pages');
});

test('Alt+1–9 choose the right-hand variant; theme and language switch without a reload', async ({
  page,
}, testInfo) => {
  const snapshot = await app.snapshot();
  expect(snapshot.variants.length).toBeGreaterThanOrEqual(3);
  // Focus outside the editor and the form fields, where keys are shortcuts.
  await page.locator('.toolbar .brand').click();
  await page.keyboard.press('Alt+3');
  await expect.poll(async () => (await app.snapshot()).rightVariant).toBe('v3');
  await expect(page.getByTestId('right-picker')).toHaveValue('v3');
  await page.keyboard.press('Alt+2');
  await expect.poll(async () => (await app.snapshot()).rightVariant).toBe('v2');

  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByTestId('open-variants')).toHaveText('打开版本…');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('language').selectOption('en');
  await expect(page.getByTestId('open-variants')).toHaveText('Open variants…');

  const before = await page.locator('html').getAttribute('data-theme');
  await page.getByTestId('toggle-theme').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
  await app.attachScreenshot(testInfo, 'theme-toggled');
  // Keyboard reaches the toolbar: Tab from the page start lands on a visible, focused control.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

test('files dropped onto the window open as variants', async ({ page }, testInfo) => {
  const dataTransfer = await page.evaluateHandle(() => {
    // Runs in the page; e2e/ is compiled without DOM types, hence the cast.
    const dom = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: string[], name: string, options: { type: string }) => unknown;
    };
    const transfer = new dom.DataTransfer();
    transfer.items.add(
      new dom.File(['市图书馆周末延长开放至晚上九点，全年接待读者120万人次。\n'], '甲报.txt', {
        type: 'text/plain',
      }),
    );
    transfer.items.add(
      new dom.File(['市图书馆周末延长开放至晚上九点,全年接待读者210万人次。\n'], '乙报.txt', {
        type: 'text/plain',
      }),
    );
    return transfer;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
  // The start-up comparison is on screen: the app asks before replacing it.
  await app.answerOpenChoice('new');
  await expect(app.variantItems).toHaveCount(2);
  await expect(app.variantItems.nth(1)).toContainText('乙报.txt');
  await app.waitForComparison();
  await expect.poll(() => app.paneText(app.modifiedPane)).toContain('210');
  await app.attachScreenshot(testInfo, 'dropped');
});
