/**
 * The side-by-side reads the pages as the flag list does (issue 13): a paragraph that differs only
 * in style (a U+3000 inside a line, a comma's width, CJK spacing) or by a difference the desk's
 * ignore rules remove is not shown as changed — no red or green, no changed line — while the real
 * difference beside it still is. Checked on the decorations (the test hook's diff()), variant beside
 * variant and canonical beside variant; shown as printed, the style difference shows again.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { ReviewPage } from '../pages/review-page';

test.use({ locale: 'en-US' });

interface DiffDescription {
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly changes: readonly unknown[];
  readonly changedLeft: readonly number[];
  readonly changedRight: readonly number[];
  readonly fromEngine: boolean;
}

const P1 =
  '本报讯（记者王晓明）今年以来，城东区新开社区食堂十二家，服务老人三千多人次，受到居民欢迎。';
const STYLE_A = '区民政局局长张海燕介绍，食堂坚持微利运营，1月25日起一荤一素一汤只要十五元。';
// The same paragraph in another style: a U+3000 inside the line, half-width commas, CJK spacing.
const STYLE_B = '区民政局局长　张海燕介绍,食堂坚持微利运营,1 月 25 日起一荤一素一汤只要十五元。';
const BRACKETS_A = '区民政局〔2025〕12号文件要求，食堂每月公开账目，接受居民监督。';
const BRACKETS_B = '区民政局[2025]12号文件要求，食堂每月公开账目，接受居民监督。';
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

async function readDiff(page: Page): Promise<DiffDescription | null> {
  return page.evaluate(
    () =>
      (
        globalThis as unknown as { __variorumTest?: { diff(): DiffDescription | null } }
      ).__variorumTest?.diff() ?? null,
  );
}

/** The lines of each pane that show as changed and contain a marker, as "L:text"/"R:text". */
async function changedWith(page: Page, markers: readonly string[]): Promise<string[]> {
  const d = await readDiff(page);
  if (!d) return ['no compare view'];
  if (!d.fromEngine) return ["Monaco's own diff"];
  const hits = (lines: readonly string[], changed: readonly number[], side: string): string[] =>
    changed
      .map((n) => lines[n - 1] ?? '')
      .filter((line) => markers.some((m) => line.includes(m)))
      .map((line) => `${side}:${line.slice(0, 12)}`);
  return [...hits(d.left, d.changedLeft, 'L'), ...hits(d.right, d.changedRight, 'R')];
}

test('a style-only paragraph and one the desk ignores are not shown as changed; the real difference is', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  await app.open();
  await load(page, [
    `${P1}\n\n${STYLE_A}\n\n${BRACKETS_A}\n\n${P3}\n`,
    `${P1}\n\n${STYLE_B}\n\n${BRACKETS_B}\n\n${P3.replace('子女', '儿女')}\n`,
  ]);
  await review.chooseStory();
  const ids = [
    ...new Set((await review.data()).flags.flatMap((f) => f.readings.map((r) => r.variant))),
  ];
  expect(ids).toHaveLength(2);
  const panel = page.getByTestId('desk-rules');
  await panel.getByTestId('ignore-rules').fill('〔 = [\n〕 = ]');
  await panel.getByTestId('apply-desk-rules').click();
  const bracketFlags = async (): Promise<number> =>
    (await review.data()).flags.filter((f) => f.readings.some((r) => /[〔[]/.test(r.text))).length;
  await expect.poll(bracketFlags, { timeout: 30_000 }).toBe(0);

  // Variant beside variant, folded (the default view).
  await page.getByTestId('left-picker').selectOption(ids[0] ?? '');
  await page.getByTestId('right-picker').selectOption(ids[1] ?? '');
  await expect
    .poll(() => changedWith(page, ['张海燕', '12号文件']), { timeout: 15_000 })
    .toEqual([]);
  // The real difference (子女 / 儿女) still shows, on both sides.
  await expect
    .poll(() => changedWith(page, ['在外上班']), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([expect.stringMatching(/^L:/), expect.stringMatching(/^R:/)]));
  await app.attachScreenshot(testInfo, 'style-and-ignored-not-changed-variants');

  // Canonical beside the page that prints the other style and the other brackets.
  await page.getByTestId('left-picker').selectOption('canonical');
  await page.getByTestId('right-picker').selectOption(ids[1] ?? '');
  await expect
    .poll(() => changedWith(page, ['张海燕', '12号文件']), { timeout: 15_000 })
    .toEqual([]);
  await app.attachScreenshot(testInfo, 'style-and-ignored-not-changed-canonical');

  // As printed, the style difference is a printed difference and shows.
  await page.getByTestId('left-picker').selectOption(ids[0] ?? '');
  await page.getByTestId('right-picker').selectOption(ids[1] ?? '');
  await page.getByTestId('show-as-printed').check();
  await expect
    .poll(async () => (await changedWith(page, ['张海燕'])).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  app.expectNoProblems();
});
