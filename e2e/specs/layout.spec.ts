/**
 * What an editor sees at a glance, checked where a screenshot review found it wrong: a narrow
 * window (1024 x 700) keeps the toolbar on one row and the diff readable; the story list's counts
 * say what they count in words; a refused or empty file is explained in the UI language.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';

let app: AppPage;

test.beforeEach(async ({ page }) => {
  app = new AppPage(page);
});

test.afterEach(() => {
  app.expectNoProblems();
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`a 1024 x 700 window keeps one toolbar row and a readable diff (${language})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await app.open();
    await page.getByTestId('language').selectOption(language);
    const sizes = await page.evaluate(() => {
      // Runs in the page; e2e/ is compiled without DOM types, hence the cast.
      const doc = globalThis as unknown as {
        document: {
          querySelector(
            s: string,
          ): { getBoundingClientRect(): { width: number; height: number } } | null;
          documentElement: { scrollWidth: number };
        };
        innerWidth: number;
      };
      const box = (s: string): { width: number; height: number } =>
        doc.document.querySelector(s)?.getBoundingClientRect() ?? { width: 0, height: 0 };
      return {
        toolbar: box('.toolbar').height,
        editor: box('.editor-area').width,
        bottom: box('.bottom-panel').height,
        overflow: doc.document.documentElement.scrollWidth - doc.innerWidth,
      };
    });
    // One row of 13-14 px buttons is ~44 px; two rows were 78 px.
    expect(sizes.toolbar, 'toolbar height').toBeLessThan(56);
    // Each pane gets ~240 px or more (they had ~140 px: four CJK characters a line).
    expect(sizes.editor, 'editor width').toBeGreaterThanOrEqual(480);
    expect(sizes.bottom, 'bottom panel height').toBeLessThanOrEqual(150);
    expect(sizes.overflow, 'no sideways scrolling of the window').toBeLessThanOrEqual(0);
    await app.attachScreenshot(testInfo, `narrow-${language}`);
  });
}

test('story counts name their categories in words, with a tooltip, in both languages', async ({
  page,
}) => {
  await app.open();
  const story = page.locator('.story-item.current');
  await expect(story.getByTestId('count-name')).toHaveText(/^Name \d+$/);
  await expect(story.getByTestId('count-name')).toHaveAttribute('title', /^Name: \d+ flags?$/);
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(story.getByTestId('count-name')).toHaveText(/^人名\/专名 \d+$/);
  await expect(page.getByTestId('variance-strip')).toHaveAttribute('aria-label', '全文差异分布');
});

test('a binary file and an empty file are explained in the UI language', async ({
  page,
}, testInfo) => {
  await app.open();
  await page.getByTestId('language').selectOption('zh-CN');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-variants').click();
  await (
    await chooser
  ).setFiles([
    {
      name: 'scan.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'a.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('社区食堂让老人吃上热乎饭\n\n本报讯 全市已建成社区食堂318家。\n'),
    },
    {
      name: 'b.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('社区食堂让老人吃上热乎饭\n\n本报讯 全市已建成社区食堂381家。\n'),
    },
  ]);
  // The start-up comparison is on screen: the app asks before replacing it.
  await app.answerOpenChoice('new');
  await expect(app.failureItems).toHaveCount(1);
  await expect(app.failureItems.first()).toContainText('这不是纯文本文件');
  await expect(app.variantItems.filter({ hasText: 'empty.txt' })).toContainText('文件是空的');
  await app.attachScreenshot(testInfo, 'errors-zh');
});

test.describe('in a Chinese system locale', () => {
  test.use({ locale: 'zh-CN' });

  test("Monaco's own words (the find box) are Chinese too", async ({ page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await app.modifiedPane.locator('.view-lines').click();
    await page.keyboard.press('Control+F');
    await expect(page.locator('.find-widget textarea').first()).toHaveAttribute(
      'aria-label',
      '查找',
    );
  });
});
