/**
 * The editor's own rules (issue 13): a names-book entry flags a near miss every page prints and
 * suggests the entry; an ignore rule makes a difference this desk treats as style go away, and
 * Undo brings it back. Both through the sidebar's Desk rules panel, by keyboard where it matters.
 * A project saved with rules brings them back when opened, without replacing this machine's rules
 * until the editor chooses "Use these rules on this machine".
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { ProjectPage } from '../pages/project-page';
import { ReviewPage } from '../pages/review-page';

test.use({ locale: 'en-US' });

const P1 =
  '本报讯（记者王晓明）今年以来，城东区新开社区食堂十二家，服务老人三千多人次，受到居民欢迎。';
const P3 = '不少老人说，在家门口就能吃上热饭菜，心里踏实，子女们在外上班也放心了许多。';

async function load(page: Page, texts: readonly string[]): Promise<void> {
  const files = texts.map((text, i) => ({ name: `page-${i + 1}.txt`, text }));
  await page.evaluate(
    (f) =>
      (
        globalThis as unknown as { __variorumTest: { loadVariants(x: unknown): Promise<unknown> } }
      ).__variorumTest.loadVariants(f),
    files,
  );
}

test('a names-book entry flags the near miss every page prints and the canonical takes the entry', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  await app.open();
  const middle = '区民政局局长张海艳介绍，食堂坚持微利运营，一荤一素一汤只要十五元。';
  // Both pages print the near miss; they differ elsewhere (子女 / 儿女), so the story has a flag.
  await load(page, [
    `${P1}\n\n${middle}\n\n${P3}\n`,
    `${P1}\n\n${middle}\n\n${P3.replace('子女', '儿女')}\n`,
  ]);
  await review.chooseStory();
  expect(
    (await review.data()).flags.some((f) => f.readings.some((r) => r.text.includes('海艳'))),
  ).toBe(false);

  const panel = page.getByTestId('desk-rules');
  await panel.getByTestId('names-book').fill('张海燕');
  await panel.getByTestId('apply-desk-rules').focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(
      async () =>
        (await review.data()).flags.filter((f) => f.readings.some((r) => r.text === '张海艳'))
          .length,
      { timeout: 30_000 },
    )
    .toBe(1);
  const data = await review.data();
  const hit = data.flags.find((f) => f.readings.some((r) => r.text === '张海艳'));
  expect(hit?.category).toBe('name');
  expect(hit?.majority).toBe('张海燕');
  expect(data.review?.canonical).toContain('局长张海燕介绍');
  await page.locator(`.flag-item[data-flag-id="${hit?.id}"]`).click();
  await app.attachScreenshot(testInfo, 'names-book-hit');
  app.expectNoProblems();
});

test('an ignore rule drops a difference this desk treats as style; Undo brings it back', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  await app.open();
  const a = '区民政局〔2025〕12号文件要求，食堂坚持微利运营，局长张海燕介绍了情况。';
  const b = '区民政局[2025]12号文件要求，食堂坚持微利运营，局长张海燕介绍了情况。';
  await load(page, [`${P1}\n\n${a}\n\n${P3}\n`, `${P1}\n\n${b}\n\n${P3}\n`]);
  await review.chooseStory();
  const bracketed = async (): Promise<number> =>
    (await review.data()).flags.filter((f) => f.readings.some((r) => /[〔[]/.test(r.text))).length;
  expect(await bracketed()).toBeGreaterThan(0);

  const panel = page.getByTestId('desk-rules');
  await panel.getByTestId('ignore-rules').fill('〔 = [\n〕 = ]');
  await panel.getByTestId('apply-desk-rules').click();
  await expect.poll(bracketed, { timeout: 30_000 }).toBe(0);
  await app.attachScreenshot(testInfo, 'ignore-rule-applied');

  await panel.getByTestId('undo-desk-rules').click();
  await expect.poll(bracketed, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(panel.getByTestId('ignore-rules')).toHaveValue('');
  app.expectNoProblems();
});

test("a project saved with desk rules opens with them; this machine's rules change only when kept", async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  const project = new ProjectPage(page);
  await app.open();
  const a = '区民政局〔2025〕12号文件要求，食堂坚持微利运营，局长张海燕介绍了情况。';
  const b = '区民政局[2025]12号文件要求，食堂坚持微利运营，局长张海燕介绍了情况。';
  await load(page, [`${P1}\n\n${a}\n\n${P3}\n`, `${P1}\n\n${b}\n\n${P3}\n`]);
  await review.chooseStory();
  const bracketed = async (): Promise<number> =>
    (await review.data()).flags.filter((f) => f.readings.some((r) => /[〔[]/.test(r.text))).length;
  const machineRules = (): Promise<string | null> =>
    page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { getItem(key: string): string | null } }
      ).localStorage.getItem('variorum.deskRules'),
    );
  const panel = page.getByTestId('desk-rules');
  const rules = '〔 = [\n〕 = ]';
  await panel.getByTestId('ignore-rules').fill(rules);
  await panel.getByTestId('apply-desk-rules').click();
  await expect.poll(bracketed, { timeout: 30_000 }).toBe(0);
  const saved = await project.save(testInfo);
  expect(JSON.parse(saved.text)).toMatchObject({
    deskRules: {
      ignore: [
        { a: '〔', b: '[' },
        { a: '〕', b: ']' },
      ],
      names: [],
    },
  });

  // This machine's rules change after the save: no ignore rules, the brackets are flags again.
  await panel.getByTestId('ignore-rules').fill('');
  await panel.getByTestId('apply-desk-rules').click();
  await expect.poll(bracketed, { timeout: 30_000 }).toBeGreaterThan(0);
  expect(await machineRules()).not.toContain('〔');

  await project.openProject(saved.path);
  await expect(project.projectStatus).toContainText('own desk rules');
  await app.waitForComparison();
  await expect.poll(bracketed, { timeout: 30_000 }).toBe(0);
  await expect(panel.getByTestId('ignore-rules')).toHaveValue(rules);
  await expect(panel.getByTestId('desk-rules-from-project')).toBeVisible();
  expect(await machineRules()).not.toContain('〔');
  await app.attachScreenshot(testInfo, 'project-desk-rules');

  await panel.getByTestId('keep-desk-rules').click();
  await expect(panel.getByTestId('desk-rules-from-project')).toBeHidden();
  expect(await machineRules()).toContain('〔');
  app.expectNoProblems();
});
