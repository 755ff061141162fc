/**
 * The whole export flow of issue 6 in the web build: open the sample pages, decide a flag, open
 * the export dialog, see the open-flags question (with its count), export anyway, and check the
 * downloaded canonical .txt: it is the review's canonical, with the decided reading and not the
 * one it replaced. Over the embedded sample set and, when ../shared exists, the three shared pages
 * opened through the file input. Console errors, page errors and off-host requests fail a test.
 */
import { existsSync } from 'node:fs';
import { expect, test, type TestInfo } from '@playwright/test';
import { type AppPage, SHARED_PAGES } from '../pages/app-page';
import { canonicalAround, openWorkspace, type ProjectPage } from '../pages/project-page';
import type { ReviewPage } from '../pages/review-page';

test.use({ locale: 'en-US' });

let app: AppPage;
let review: ReviewPage;
let project: ProjectPage;

test.beforeEach(async ({ page }) => {
  ({ app, review, project } = await openWorkspace(page));
});

test.afterEach(() => {
  app.expectNoProblems();
});

/** Decide one flag, export the story as .txt through the dialog, check the file. */
async function decideAndExport(testInfo: TestInfo, prefix: string): Promise<void> {
  await review.waitForFlags();
  const decided = await project.acceptOne(review);
  const open = decided.data.flags.filter(
    (f) => !(f.id in (decided.data.review?.decisions ?? {})),
  ).length;
  expect(open, 'flags still open after one decision').toBeGreaterThan(0);

  const { file, openCount } = await project.exportAs(testInfo, 'txt', { openFlags: true });
  await app.attachScreenshot(testInfo, `${prefix}-exported`);
  // The question named exactly the flags still open in the exported story.
  expect(openCount).toBe(open);
  expect(file.name).toMatch(/\.txt$/);
  const canonical = decided.data.review?.canonical ?? '';
  expect(file.text).toBe(`${canonical.replace(/\s+$/u, '')}\n`);
  const withDecision = canonicalAround(decided.data, decided.flagId, decided.accepted);
  const withReplaced = canonicalAround(decided.data, decided.flagId, decided.replaced);
  expect(file.text).toContain(withDecision);
  expect(file.text).not.toContain(withReplaced);
}

test('export from the embedded sample set: question about open flags, then the canonical .txt', async ({
  page,
}, testInfo) => {
  await review.chooseStory();
  // The dialog opens with every format, and Escape closes it without exporting.
  await project.exportButton.click();
  await expect(project.exportDialog).toBeVisible();
  await expect(project.exportDialog.getByTestId('export-format').locator('option')).toHaveCount(8);
  await app.attachScreenshot(testInfo, 'samples-dialog');
  await page.keyboard.press('Escape');
  await expect(project.exportDialog).toBeHidden();
  await decideAndExport(testInfo, 'samples');
});

test('export from the three shared sample pages opened through the file input', async ({
  page: _page,
}, testInfo) => {
  test.skip(!existsSync(SHARED_PAGES), `no shared samples at ${SHARED_PAGES}`);
  await app.openSharedPages();
  await review.chooseLeadStory();
  await decideAndExport(testInfo, 'shared');
});

test('CRLF and the HTML report from the dialog', async ({ page: _page }, testInfo) => {
  await review.chooseStory();
  await review.waitForFlags();
  await project.exportButton.click();
  await project.exportDialog.getByTestId('export-crlf').check();
  await project.exportDialog.getByTestId('export-format').selectOption('txt');
  await project.exportDialog.getByTestId('export-confirm').click();
  await expect(project.openFlagsQuestion).toBeVisible();
  const txt = await project.download(testInfo, () =>
    project.exportDialog.getByTestId('export-confirm').click(),
  );
  expect(txt.text).toContain('\r\n');
  expect(txt.text.replace(/\r\n/g, '')).not.toContain('\n');
  const { file } = await project.exportAs(testInfo, 'html', { openFlags: true });
  expect(file.name).toMatch(/-report\.html$/);
  expect(file.text).toContain('<html');
});

test('redline from a chosen variant, from the keyboard (Ctrl+Shift+E), in the Chinese UI', async ({
  page,
}, testInfo) => {
  await review.chooseStory();
  await review.waitForFlags();
  await page.getByTestId('language').selectOption('zh-CN');
  await review.focusWorkspace();
  await page.keyboard.press('Control+Shift+E');
  await expect(project.exportDialog).toBeVisible();
  await expect(project.exportDialog.getByRole('heading')).toHaveText('导出');
  const before = await review.data();
  // Review keys typed in the dialog stay in the dialog: no flag is decided behind it.
  await page.keyboard.press('a');
  expect((await review.data()).review?.decisions).toEqual(before.review?.decisions);
  await project.exportDialog.getByTestId('export-format').selectOption('redline');
  const variant = project.exportDialog.getByTestId('export-redline-variant');
  await expect(variant).toBeVisible();
  const options = await variant.locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(1);
  // Numbered as everywhere else ("3. 03-xiling-metro.txt"), not by the internal id ("v3 · …").
  for (const option of options) expect(option).toMatch(/^\d+\. \S/);
  await variant.selectOption({ index: options.length - 1 });
  await project.exportDialog.getByTestId('export-confirm').click();
  await expect(project.openFlagsQuestion).toContainText('仍要导出');
  await app.attachScreenshot(testInfo, 'redline-question-zh');
  const file = await project.download(testInfo, () =>
    project.exportDialog.getByTestId('export-confirm').click(),
  );
  expect(file.name).toMatch(/-redline-.*\.docx$/);
  expect(file.text.startsWith('PK')).toBe(true); // a zip, as every .docx is
});
