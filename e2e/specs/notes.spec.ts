/**
 * A note per flag (issue 13): the editor decides a flag, writes why, and the note reaches the CSV
 * report beside the decision.
 */
import { expect, test } from '@playwright/test';
import { openWorkspace } from '../pages/project-page';

test.use({ locale: 'en-US' });

test('a note written at a decided flag reaches the CSV report', async ({ page }, testInfo) => {
  const { app, review, project } = await openWorkspace(page);
  await review.chooseStory();
  await page.getByRole('checkbox', { name: /next open flag|下一处待定/i }).uncheck();
  const decided = await project.acceptOne(review);
  const field = page
    .locator(`.flag-item[data-flag-id="${decided.flagId}"]`)
    .getByTestId('flag-note');
  await field.fill('Checked against the wire copy by phone');
  await field.press('Enter');
  await expect
    .poll(async () => (await review.data()).review?.decisions[decided.flagId])
    .toMatchObject({ status: 'picked' });
  await app.attachScreenshot(testInfo, 'flag-note');
  const { file } = await project.exportAs(testInfo, 'csv', { openFlags: true });
  const row = file.text.split('\r\n').find((line) => line.includes(decided.flagId));
  expect(row).toContain('Checked against the wire copy by phone');
  app.expectNoProblems();
});
