/**
 * The side-by-side never misleads (issue 13): its changes and line pairing come from the engine's
 * alignment, so a paragraph both panes print identically is never shown as changed and is shown
 * beside its twin. Checked on the decorations themselves (through the test hook), on a fresh
 * two-page comparison (variant beside variant, and canonical beside variant), and after decisions,
 * a hand edit of the canonical, a reload and a restore.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { ProjectPage } from '../pages/project-page';
import { ReviewPage } from '../pages/review-page';

const SAMPLES = resolve(__dirname, '../../assets/samples/zh');

/** What the test hook's diff() returns (renderer/editor/editor-handle.ts, DiffDescription). */
interface DiffDescription {
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly changes: readonly {
    leftStart: number;
    leftEnd: number;
    rightStart: number;
    rightEnd: number;
  }[];
  readonly changedLeft: readonly number[];
  readonly changedRight: readonly number[];
  readonly fromEngine: boolean;
}

async function readDiff(page: Page): Promise<DiffDescription | null> {
  return page.evaluate(
    () =>
      (
        globalThis as unknown as { __variorumTest?: { diff(): DiffDescription | null } }
      ).__variorumTest?.diff() ?? null,
  );
}

/** A Monaco line change as half-open line ranges on each side (an end of 0 means "after start"). */
function sides(c: DiffDescription['changes'][number]): {
  left: [number, number];
  right: [number, number];
} {
  const left: [number, number] =
    c.leftEnd === 0 ? [c.leftStart + 1, c.leftStart + 1] : [c.leftStart, c.leftEnd + 1];
  const right: [number, number] =
    c.rightEnd === 0 ? [c.rightStart + 1, c.rightStart + 1] : [c.rightStart, c.rightEnd + 1];
  return { left, right };
}

/**
 * A line as the side-by-side compares it in the folded view, roughly: white space (U+3000 too),
 * width and quote style are style, not a difference (renderer/editor/compare-form.ts).
 */
function styleFolded(line: string | undefined): string {
  return (line ?? '')
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[“”"]/gu, '"')
    .replace(/[‘’']/gu, "'");
}

/**
 * Everything the side-by-side shows misleadingly: lines paired outside a change that differ (in
 * more than style), a
 * changed decoration on a line both panes print alike beside each other, a change whose two sides
 * read the same, and a paragraph printed once in each pane that is not shown beside its twin.
 */
function problems(d: DiffDescription): string[] {
  const out: string[] = [];
  const pairs = new Map<number, number>();
  let l = 1;
  let r = 1;
  const walkTo = (leftTo: number, rightTo: number): void => {
    if (leftTo - l !== rightTo - r)
      out.push(`unequal unchanged stretch ${l}-${leftTo} / ${r}-${rightTo}`);
    for (; l < leftTo && r < rightTo; l += 1, r += 1) pairs.set(l, r);
    l = leftTo;
    r = rightTo;
  };
  for (const change of d.changes) {
    const { left, right } = sides(change);
    walkTo(left[0], right[0]);
    const leftText = d.left.slice(left[0] - 1, left[1] - 1).join('\n');
    const rightText = d.right.slice(right[0] - 1, right[1] - 1).join('\n');
    if (leftText === rightText) out.push(`change with identical sides at ${left[0]}/${right[0]}`);
    l = left[1];
    r = right[1];
  }
  walkTo(d.left.length + 1, d.right.length + 1);
  const changedLeft = new Set(d.changedLeft);
  const changedRight = new Set(d.changedRight);
  for (const [a, b] of pairs) {
    if (styleFolded(d.left[a - 1]) !== styleFolded(d.right[b - 1]))
      out.push(`paired lines differ: ${a}/${b}`);
    else if (changedLeft.has(a) || changedRight.has(b))
      out.push(`identical line shown as changed: ${a}/${b} ${d.left[a - 1]?.slice(0, 20)}`);
  }
  const count = (lines: readonly string[], text: string): number =>
    lines.filter((x) => x === text).length;
  d.left.forEach((text, i) => {
    if (text.trim().length < 8 || count(d.left, text) !== 1 || count(d.right, text) !== 1) return;
    const twin = d.right.indexOf(text) + 1;
    if (pairs.get(i + 1) !== twin)
      out.push(`paragraph not beside its twin: ${i + 1}/${twin} ${text.slice(0, 20)}`);
  });
  return out;
}

async function expectHonest(page: Page): Promise<DiffDescription> {
  let last: DiffDescription | null = null;
  await expect
    .poll(
      async () => {
        last = await readDiff(page);
        if (!last) return ['no compare view'];
        return [
          ...problems(last),
          ...(last.fromEngine ? [] : ["Monaco's own diff, not the engine's"]),
        ];
      },
      { timeout: 15_000 },
    )
    .toEqual([]);
  if (!last) throw new Error('no diff');
  return last;
}

test.use({ locale: 'en-US' });

test('a fresh two-page comparison shows no identical paragraph as changed, then after decisions, an edit and a restore', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  const project = new ProjectPage(page);
  await app.open();
  // Two pages of the embedded set: one drops and rewrites paragraphs of the other.
  const files = ['01-jiangcheng-evening.txt', '02-binhai-daily.txt'].map((name) => ({
    name,
    text: readFileSync(join(SAMPLES, name), 'utf8'),
  }));
  await page.evaluate(
    (f) =>
      (
        globalThis as unknown as { __variorumTest: { loadVariants(x: unknown): Promise<unknown> } }
      ).__variorumTest.loadVariants(f),
    files,
  );
  await review.chooseStory();
  const data = await review.data();
  const ids = [...new Set(data.flags.flatMap((f) => f.readings.map((x) => x.variant)))];

  // Variant beside variant.
  await page.getByTestId('left-picker').selectOption(ids[0] ?? '');
  await page.getByTestId('right-picker').selectOption(ids[1] ?? '');
  const variants = await expectHonest(page);
  expect(variants.changes.length, 'the two pages differ somewhere').toBeGreaterThan(0);
  await app.attachScreenshot(testInfo, 'two-pages-variant-beside-variant');

  // Canonical beside a variant.
  await page.getByTestId('left-picker').selectOption('canonical');
  await expectHonest(page);

  // Decide two flags, edit the canonical by hand, reload and restore.
  await project.acceptOne(review);
  await project.acceptOne(review);
  await review.focusWorkspace();
  await app.originalPane.locator('.view-line').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('校');
  await expect.poll(async () => (await review.data()).review?.canonical.includes('校')).toBe(true);
  const edited = await expectHonest(page);
  expect(edited.changes.length).toBeGreaterThan(0);
  await app.attachScreenshot(testInfo, 'after-decisions-and-edit');
  await page.waitForTimeout(2500);
  await page.reload();
  await project.restoreOffer.getByTestId('restore-autosave').click();
  await app.waitForComparison();
  await review.chooseStory();
  await expectHonest(page);
  await app.attachScreenshot(testInfo, 'after-restore');
  app.expectNoProblems();
});
