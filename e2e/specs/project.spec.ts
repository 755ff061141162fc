/**
 * Projects in the web build (issue 6): save a reviewed session as a project (a download), reload,
 * open the saved file, and find the same decisions and canonical text; bad project files
 * (truncated, garbage, a newer version) say why and change nothing; the autosave is offered
 * after a reload, restores the work, and is gone after Discard. Console errors fail a test.
 */
import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { AppPage } from '../pages/app-page';
import { openWorkspace, type ProjectPage } from '../pages/project-page';
import { ReviewPage } from '../pages/review-page';

test.use({ locale: 'en-US' });

let app: AppPage;
let review: ReviewPage;
let project: ProjectPage;

test.beforeEach(async ({ page }) => {
  ({ app, review, project } = await openWorkspace(page));
  await review.chooseStory();
});

test.afterEach(() => {
  app.expectNoProblems();
});

test('round trip: decide, save, reload, open the project: same decisions and canonical', async ({
  page,
}, testInfo) => {
  await page.getByRole('checkbox', { name: /next open flag|下一处待定/i }).uncheck();
  const first = await project.acceptOne(review);
  await review.focusWorkspace();
  await page.keyboard.press('n');
  await page.keyboard.press('r');
  const decided = await review.data();
  expect(Object.keys(decided.review?.decisions ?? {})).toHaveLength(2);
  const exported = await project.exportAs(testInfo, 'txt', { openFlags: true });

  const saved = await project.save(testInfo);
  expect(saved.name).toMatch(/\.variorum\.json$/);
  expect(JSON.parse(saved.text)).toMatchObject({ format: 'variorum-project', version: 1 });

  // The save cleared the autosave: a reload starts afresh with the samples, no restore offer.
  await page.reload();
  await app.waitForComparison();
  await expect(project.restoreOffer).toBeHidden();
  await review.chooseStory();
  expect((await review.data()).review?.decisions).toEqual({});

  await project.openProject(saved.path);
  await expect(project.projectStatus).toContainText('Project opened');
  await app.waitForComparison();
  await expect.poll(async () => (await review.data()).storyId).toBe(decided.storyId);
  const reopened = await review.data();
  expect(reopened.review?.decisions).toEqual(decided.review?.decisions);
  expect(reopened.review?.canonical).toBe(decided.review?.canonical);
  await review.expectStatus(first.flagId, 'picked');
  const again = await project.exportAs(testInfo, 'txt', { openFlags: true });
  expect(again.file.text).toBe(exported.file.text);
  await app.attachScreenshot(testInfo, 'project-reopened');
});

test('Ctrl+S saves the project (a download in the browser)', async ({ page }, testInfo) => {
  await project.acceptOne(review);
  await review.focusWorkspace();
  const saved = await project.download(testInfo, () => page.keyboard.press('Control+s'));
  const parsed = JSON.parse(saved.text) as {
    reviews: Record<string, { decisions: Record<string, unknown> }>;
  };
  const decided = await review.data();
  expect(parsed.reviews[decided.storyId ?? '']?.decisions).toEqual(decided.review?.decisions);
});

test('bad project files get a clear message and change nothing', async ({
  page: _page,
}, testInfo) => {
  await project.acceptOne(review);
  const before = await review.data();
  const good = await project.save(testInfo);
  const cases: { name: string; content: string; message: RegExp }[] = [
    {
      name: 'truncated.variorum.json',
      content: good.text.slice(0, Math.floor(good.text.length / 2)),
      message: /cut short/,
    },
    {
      name: 'garbage.variorum.json',
      content: 'this is not { a project',
      message: /not valid JSON/,
    },
    {
      name: 'future.variorum.json',
      content: good.text.replace('"version": 1', '"version": 99'),
      message: /newer Variorum/,
    },
    { name: 'other.json', content: '{"hello": "world"}', message: /not a Variorum project/ },
  ];
  for (const bad of cases) {
    const path = testInfo.outputPath(bad.name);
    await writeFile(path, bad.content, 'utf8');
    await project.openProject(path);
    await expect(project.projectError).toContainText(bad.name);
    await expect(project.projectError).toContainText(bad.message);
    const after = await review.data();
    expect(after.review).toEqual(before.review);
    expect(after.storyId).toBe(before.storyId);
  }
  await app.attachScreenshot(testInfo, 'bad-project');
});

test('autosave: after a reload the work is offered, restored, and gone after Discard', async ({
  page,
}, testInfo) => {
  const decided = await project.acceptOne(review);
  // Autosave is debounced by about a second; give it time to land in IndexedDB.
  await page.waitForTimeout(2500);
  await page.reload();
  await expect(project.restoreOffer).toBeVisible();
  // The offer comes before anything opens: the samples have not replaced the work.
  await expect(app.variantItems).toHaveCount(0);
  await app.attachScreenshot(testInfo, 'restore-offer');
  await project.restoreOffer.getByTestId('restore-autosave').click();
  await app.waitForComparison();
  await expect
    .poll(async () => (await review.data()).review?.decisions[decided.flagId]?.status)
    .toBe('picked');
  expect((await review.data()).review?.canonical).toBe(decided.data.review?.canonical);

  // Not saved yet, so the next start offers it again; Discard forgets it and opens the samples.
  await page.reload();
  await expect(project.restoreOffer).toBeVisible();
  await project.restoreOffer.getByTestId('discard-autosave').click();
  await app.waitForComparison();
  await review.chooseStory();
  expect((await review.data()).review?.decisions).toEqual({});
  await page.reload();
  await app.waitForComparison();
  await expect(project.restoreOffer).toBeHidden();
});
