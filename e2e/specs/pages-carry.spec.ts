/**
 * Nothing is lost when the set of pages changes (issue 13): decide two flags, add a page (the app
 * asks, and "add" keeps the review), remove it again, reload and restore the autosave, export the
 * JSON report: both decisions are there every step of the way, with the same canonical text.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AppPage } from '../pages/app-page';
import { openWorkspace, type ProjectPage } from '../pages/project-page';
import { ReviewPage, type ReviewData } from '../pages/review-page';

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

/** Each decision as status and the canonical text it left, by the text around it (flag ids change). */
function decisionsOf(data: ReviewData): string[] {
  const review = data.review;
  if (!review) return [];
  return Object.entries(review.decisions)
    .map(([flagId, d]) => {
      const anchor = review.anchors.find((a) => a.flagId === flagId);
      const around = anchor
        ? review.canonical.slice(Math.max(0, anchor.start - 6), anchor.end + 6)
        : '?';
      return `${d.status}:${d.text}:${around}`;
    })
    .sort();
}

/** How many decisions the autosave in IndexedDB holds (0 when there is none yet). */
async function autosavedDecisions(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        // Runs in the page; e2e/ is compiled without DOM types, hence the casts.
        type Request = {
          result: unknown;
          onsuccess: (() => void) | null;
          onerror: (() => void) | null;
        };
        const idb = (globalThis as unknown as { indexedDB: { open(name: string): Request } })
          .indexedDB;
        const open = idb.open('variorum');
        open.onerror = () => done(0);
        open.onsuccess = () => {
          const db = open.result as {
            transaction(s: string): { objectStore(s: string): { get(k: string): Request } };
            close(): void;
          };
          const get = db.transaction('autosave').objectStore('autosave').get('current');
          get.onerror = () => done(0);
          get.onsuccess = () => {
            db.close();
            if (typeof get.result !== 'string') return done(0);
            const project = JSON.parse(get.result) as {
              reviews?: Record<string, { decisions: Record<string, unknown> }>;
            };
            done(
              Object.values(project.reviews ?? {}).reduce(
                (n, r) => n + Object.keys(r.decisions).length,
                0,
              ),
            );
          };
        };
      }),
  );
}

test('decide, add a page, remove it, reload, export: every decision survives', async ({
  page,
}, testInfo) => {
  await page.getByRole('checkbox', { name: /next open flag|下一处待定/i }).uncheck();
  await project.acceptOne(review);
  await review.focusWorkspace();
  await page.keyboard.press('n');
  await page.keyboard.press('r');
  const decided = await review.data();
  const expected = decisionsOf(decided);
  expect(expected).toHaveLength(2);

  // A fourth page: the evening paper again, with one figure of its own.
  const source = await readFile(
    resolve(__dirname, '../../assets/samples/zh/01-jiangcheng-evening.txt'),
    'utf8',
  );
  const extra = testInfo.outputPath('04-fourth-page.txt');
  await writeFile(
    extra,
    source.replace(/\d+/, (m) => String(Number(m) + 1)),
  );
  await app.openVariants([extra], 'add');
  await expect(app.variantItems).toHaveCount(4);
  await expect(page.getByTestId('source-report')).toContainText('04-fourth-page.txt');
  await expect.poll(async () => decisionsOf(await review.data())).toEqual(expected);
  await app.attachScreenshot(testInfo, 'page-added');

  await app.variantItems.nth(3).getByTestId('remove-variant').click();
  await expect(app.variantItems).toHaveCount(3);
  await expect(page.getByTestId('source-report')).toContainText('removed');
  await expect.poll(async () => decisionsOf(await review.data())).toEqual(expected);
  const canonical = (await review.data()).review?.canonical;

  // Autosave is debounced: wait until IndexedDB holds the project with both decisions.
  await expect.poll(() => autosavedDecisions(page), { timeout: 20_000 }).toBe(2);
  await page.reload();
  await project.restoreOffer.getByTestId('restore-autosave').click();
  await app.waitForComparison();
  await expect.poll(async () => decisionsOf(await review.data())).toEqual(expected);
  expect((await review.data()).review?.canonical).toBe(canonical);

  const exported = await project.exportAs(testInfo, 'json', { openFlags: true });
  const report = JSON.parse(exported.file.text) as {
    stories: { flags: { status: string; finalText: string | null }[] }[];
  };
  const decisions = report.stories.flatMap((s) => s.flags).filter((f) => f.status !== 'open');
  expect(decisions.map((f) => f.status).sort()).toEqual(
    expected.map((e) => e.split(':')[0]).sort(),
  );
  await app.attachScreenshot(testInfo, 'restored-and-exported');
});

test('opening files while a review is open asks; cancel keeps everything', async ({
  page,
}, testInfo) => {
  const before = await app.snapshot();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-variants').click();
  const extra = testInfo.outputPath('one-more.txt');
  await writeFile(extra, '市图书馆周末延长开放至晚上九点。\n');
  await (await chooser).setFiles(extra);
  const dialog = page.getByTestId('open-choice');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('one-more.txt');
  await app.attachScreenshot(testInfo, 'open-choice');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await app.snapshot()).toEqual(before);
});
