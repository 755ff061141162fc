/**
 * The review workspace (issue 5) in the web build: choose the lead story, walk ten flags by
 * keyboard, accept, reject, pick a reading, undo, edit by hand (in the flag panel and in the
 * canonical editor), check the canonical text against the decisions, and use the numbers table.
 * Over the embedded sample set and, when ../shared exists, the three shared sample pages.
 * Screenshots of every state are attached; any console error, page error or off-host request fails.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type TestInfo } from '@playwright/test';
import { AppPage, SHARED_PAGES } from '../pages/app-page';
import { ReviewPage, type ReviewData } from '../pages/review-page';

let app: AppPage;
let review: ReviewPage;

test.beforeEach(async ({ page }) => {
  app = new AppPage(page);
  review = new ReviewPage(page);
  await app.open();
});

test.afterEach(() => {
  app.expectNoProblems();
});

/** Every decided flag's text is what the canonical carries at its anchor; anchors stay in bounds and in order. */
function expectCanonicalConsistent(data: ReviewData): void {
  const r = data.review;
  expect(r, 'the story has a review').not.toBeNull();
  if (!r) return;
  let previousStart = -1;
  for (const anchor of r.anchors) {
    expect(anchor.start).toBeGreaterThanOrEqual(0);
    expect(anchor.end).toBeLessThanOrEqual(r.canonical.length);
    expect(anchor.start).toBeGreaterThanOrEqual(previousStart);
    previousStart = anchor.start;
  }
  for (const [flagId, decision] of Object.entries(r.decisions)) {
    expect(ReviewPage.textAt(data, flagId), `canonical at ${flagId}`).toBe(decision.text);
  }
}

/** The flags where taking the right-hand variant's reading would change the canonical. */
function acceptable(data: ReviewData): string[] {
  return data.flags
    .filter((f) => {
      const reading = f.readings.find((r) => r.variant === data.rightVariant);
      return (
        reading !== undefined &&
        reading.text !== ReviewPage.textAt(data, f.id) &&
        !(f.id in (data.review?.decisions ?? {}))
      );
    })
    .map((f) => f.id);
}

async function shot(testInfo: TestInfo, name: string): Promise<void> {
  await app.attachScreenshot(testInfo, name);
}

/** The whole walk of issue 5 over whatever story is open. */
async function reviewStory(testInfo: TestInfo, prefix: string): Promise<void> {
  const page = app.page;
  await shot(testInfo, `${prefix}-1-story-open`);
  const start = await review.data();
  expect(start.flags.length, 'the lead story has flags to review').toBeGreaterThan(0);
  expectCanonicalConsistent(start);

  // Walk ten flags by keyboard: five with F8, five with n; each step moves and shows the flag.
  await page.getByRole('checkbox', { name: /next open flag|下一处待定/i }).uncheck();
  await review.focusWorkspace();
  const seen: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press(i < 5 ? 'F8' : 'n');
    const { flagId } = await review.data();
    expect(flagId).not.toBeNull();
    if (start.flags.length > 1) expect(flagId).not.toBe(seen[seen.length - 1]);
    seen.push(flagId ?? '');
    await expect(review.currentFlag).toHaveAttribute('data-flag-id', flagId ?? '');
    await expect(review.currentFlag).toBeInViewport();
  }
  // Wrap-around and order: the walk follows the story's flags in order from the first.
  const order = start.flags.map((f) => f.id);
  expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => order[i % order.length]));
  await page.keyboard.press('Shift+F8');
  expect((await review.data()).flagId).toBe(seen[8]);
  await page.keyboard.press('p');
  expect((await review.data()).flagId).toBe(seen[7]);
  await shot(testInfo, `${prefix}-2-walked-ten-flags`);

  // Take the suggestion (a): the majority reading (the base's on a tie), never the right pane's —
  // even at a flag where the right-hand variant reads otherwise.
  let data = await review.data();
  const toAccept = acceptable(data)[0];
  expect(toAccept, 'a flag where the right-hand variant reads differently').toBeDefined();
  if (!toAccept) return;
  await page.locator(`.flag-item[data-flag-id="${toAccept}"]`).click();
  const suggested = page.locator(`.flag-item[data-flag-id="${toAccept}"] [data-suggested="true"]`);
  await expect(suggested).toHaveCount(1);
  await review.focusWorkspace();
  const suggestedBefore = ReviewPage.textAt(data, toAccept);
  await page.keyboard.press('a');
  data = await review.data();
  const rightReading = data.flags
    .find((f) => f.id === toAccept)
    ?.readings.find((r) => r.variant === data.rightVariant)?.text;
  expect(data.review?.decisions[toAccept]?.status).toBe('accepted');
  // The canonical starts from the suggestion, so taking it leaves the text as it was.
  expect(ReviewPage.textAt(data, toAccept)).toBe(suggestedBefore);
  expect(ReviewPage.textAt(data, toAccept)).not.toBe(rightReading);
  await review.expectStatus(toAccept, 'accepted');
  expectCanonicalConsistent(data);
  await shot(testInfo, `${prefix}-3-accepted`);

  // Reject (r) on the next flag: the canonical keeps its text there.
  await page.keyboard.press('n');
  data = await review.data();
  const toReject = data.flagId ?? '';
  const keptText = ReviewPage.textAt(data, toReject);
  const canonicalBefore = data.review?.canonical;
  await page.keyboard.press('r');
  data = await review.data();
  expect(data.review?.decisions[toReject]?.status).toBe('rejected');
  expect(ReviewPage.textAt(data, toReject)).toBe(keptText);
  expect(data.review?.canonical).toBe(canonicalBefore);
  await shot(testInfo, `${prefix}-4-rejected`);

  // Pick (digit in the flag panel): a flag with two or more distinct readings, its second reading.
  const toPick = data.flags.find(
    (f) =>
      new Set(f.readings.map((r) => r.text)).size >= 2 && !(f.id in (data.review?.decisions ?? {})),
  );
  expect(toPick, 'a flag with two readings').toBeDefined();
  if (!toPick) return;
  const beforePick = data.review?.canonical;
  const item = page.locator(`.flag-item[data-flag-id="${toPick.id}"]`);
  await item.click();
  await expect(item).toBeFocused();
  // An omission's drop has no text, only its label ("Drop the passage").
  const secondReading = await item
    .getByTestId('pick-reading')
    .nth(1)
    .locator('.take-label, .reading-text')
    .last()
    .innerText();
  await page.keyboard.press('2');
  data = await review.data();
  expect(data.review?.decisions[toPick.id]?.status).toBe('picked');
  const picked = ReviewPage.textAt(data, toPick.id) ?? '';
  expect(toPick.readings.map((r) => r.text)).toContain(picked);
  if (picked.trim() !== '')
    expect(secondReading.replace(/ ⏎ /g, '')).toContain(
      picked.replace(/\s*\n\s*/g, '').slice(0, 10),
    );
  await shot(testInfo, `${prefix}-5-picked`);

  // Undo (Ctrl+Z) takes the pick back; redo and undo again.
  await review.focusWorkspace();
  await page.keyboard.press('Control+z');
  data = await review.data();
  expect(data.review?.decisions[toPick.id]).toBeUndefined();
  expect(data.review?.canonical).toBe(beforePick);
  await page.keyboard.press('Control+Shift+z');
  expect((await review.data()).review?.decisions[toPick.id]?.status).toBe('picked');
  await page.keyboard.press('Control+z');
  expect((await review.data()).review?.decisions[toPick.id]).toBeUndefined();
  await shot(testInfo, `${prefix}-6-undone`);

  // Edit by hand in the flag panel: the canonical carries the typed text, the flag is edited.
  await item.click();
  await item.getByTestId('edit').click();
  const input = item.getByTestId('edit-input');
  await input.fill('【校】');
  await input.press('Enter');
  data = await review.data();
  expect(data.review?.decisions[toPick.id]?.status).toBe('edited');
  expect(ReviewPage.textAt(data, toPick.id)).toBe('【校】');
  expect(data.review?.canonical).toContain('【校】');
  await expect.poll(() => app.paneText(app.originalPane)).toContain('【校】');
  await shot(testInfo, `${prefix}-7-edited-in-panel`);

  // Edit by hand in the canonical editor: type at the very start of the canonical (Monaco's DOM
  // order of lines is not their order, so click any line and go to the top).
  await app.originalPane.locator('.view-line').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('〔审〕');
  await expect
    .poll(async () => (await review.data()).review?.canonical.startsWith('〔审〕'))
    .toBe(true);
  expectCanonicalConsistent(await review.data());
  await shot(testInfo, `${prefix}-8-typed-in-canonical`);
  // Undo in the editor is the review's: the typing goes as one step, the hand edit at the flag stays.
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await review.data()).review?.canonical.startsWith('〔审〕'))
    .toBe(false);
  expect((await review.data()).review?.canonical).toContain('【校】');
  await expect.poll(() => app.paneText(app.originalPane)).not.toContain('〔审〕');
  await page.keyboard.press('Control+Shift+z');
  await expect
    .poll(async () => (await review.data()).review?.canonical.startsWith('〔审〕'))
    .toBe(true);

  // The numbers table: rows, the "values differ" filter, sorting, and a row that jumps to its flag.
  await review.focusWorkspace();
  await expect(review.numbersTable).toBeVisible();
  const rows = await review.numberRows.count();
  if (rows > 0) {
    await review.numbersTable.getByTestId('values-differ').check();
    const valueRows = await review.numberRows.count();
    expect(valueRows).toBeLessThanOrEqual(rows);
    for (let i = 0; i < valueRows; i += 1)
      await expect(review.numberRows.nth(i).locator('.differ-badge')).toHaveClass(/value/);
    await review.numbersTable.getByTestId('values-differ').uncheck();
    const firstBefore = await review.numberRows.first().getAttribute('data-flag-id');
    await review.numbersTable.locator('th').first().getByRole('button').click(); // position: descending now
    if (rows > 1)
      expect(await review.numberRows.first().getAttribute('data-flag-id')).not.toBe(firstBefore);
    const row = review.numberRows.first();
    const target = await row.getAttribute('data-flag-id');
    await row.click();
    const atJump = await review.data();
    expect(atJump.flagId).toBe(target);
    // The row shows the canonical around the number, the number itself marked.
    expect(await row.locator('.col-context mark').innerText()).toBe(
      (ReviewPage.textAt(atJump, target ?? '') ?? '').replace(/\s+/g, ' '),
    );
    await expect(review.currentFlag).toHaveAttribute('data-flag-id', target ?? '');
    await expect(row).toHaveClass(/current/);
  } else {
    // No number flags: the table says so, without a filter over nothing.
    await expect(review.numbersTable.getByTestId('values-differ')).toHaveCount(0);
  }
  await shot(testInfo, `${prefix}-9-numbers-table`);
  // The bottom panel folds to its tab strip, giving the height to the editor, and unfolds again.
  const editorHeight = async (): Promise<number> =>
    (await page.getByTestId('compare-view').boundingBox())?.height ?? 0;
  const before = await editorHeight();
  const fold = page.locator('.bottom-panel .tab-fold');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(review.numbersTable).toBeHidden();
  await expect.poll(editorHeight).toBeGreaterThan(before);
  await page.locator('.bottom-panel [role="tab"]').first().click();
  await expect(review.numbersTable).toBeVisible();
  expectCanonicalConsistent(await review.data());
}

test('reviewing the lead story of the embedded sample set', async ({ page: _page }, testInfo) => {
  // A whole editor's walk (ten flags, decisions, undo, edits, the numbers table): 10 s on an idle
  // machine, near the default 60 s on a loaded one. A longer budget, not a retry.
  test.slow();
  await review.chooseStory();
  await reviewStory(testInfo, 'samples');
});

test('reviewing the lead story of the three shared sample pages', async ({
  page: _page,
}, testInfo) => {
  test.skip(!existsSync(SHARED_PAGES), `no shared samples at ${SHARED_PAGES}`);
  test.slow(); // the same walk as above, over three whole pages
  await app.openSharedPages();
  await review.chooseLeadStory();
  await reviewStory(testInfo, 'shared');
});

test('filters, bulk majority, empty states and the variance strip', async ({ page }, testInfo) => {
  await review.chooseStory();
  // The base variant: another one rebuilds the canonical on its text, anchors still consistent.
  const initial = await review.data();
  const other =
    (await page.getByTestId('base-variant').locator('option').allTextContents()).length > 1;
  if (other) {
    const values = await page
      .getByTestId('base-variant')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    const next = values.find((v) => v !== initial.review?.baseVariant) ?? '';
    await page.getByTestId('base-variant').selectOption(next);
    const rebased = await review.data();
    expect(rebased.review?.baseVariant).toBe(next);
    expectCanonicalConsistent(rebased);
    await page.getByTestId('base-variant').selectOption(initial.review?.baseVariant ?? '');
    expect((await review.data()).review?.canonical).toBe(initial.review?.canonical);
  }
  const start = await review.data();
  // Category filter: only that category is listed; clearing brings all back.
  const category = start.flags[0]?.category ?? 'punctuation';
  await page.getByTestId(`filter-${category}`).click();
  const shown = await review.flagItems.count();
  expect(shown).toBe(start.flags.filter((f) => f.category === category).length);
  for (let i = 0; i < shown; i += 1)
    await expect(review.flagItems.nth(i)).toHaveClass(new RegExp(`cat-${category}`));
  // "/" focuses the search; a text nobody printed leaves the designed empty state.
  await review.focusWorkspace();
  await page.keyboard.press('/');
  await expect(page.locator('#review-filter-text')).toBeFocused();
  await page.keyboard.type('不存在的异文XYZ');
  await expect(page.getByTestId('no-match')).toBeVisible();
  await shot(testInfo, 'filters-no-match');
  await page.getByTestId('no-match').getByRole('button').click();
  await expect(review.flagItems).toHaveCount(start.flags.length);

  // Bulk: take the majority at every open flag of one category with a majority.
  const withMajority = start.flags.find((f) => f.majority !== null);
  if (withMajority) {
    await page.getByTestId('bulk-menu').click();
    await page.getByTestId(`bulk-majority-${withMajority.category}`).click();
    const data = await review.data();
    const decided = start.flags.filter(
      (f) => f.category === withMajority.category && f.majority !== null,
    );
    for (const f of decided) expect(data.review?.decisions[f.id]?.status, f.id).toBe('accepted');
    await expect(page.getByTestId('bulk-notice')).toContainText(String(decided.length));
    expectCanonicalConsistent(data);
    await shot(testInfo, 'bulk-majority');
  }

  // The variance strip: a cell with flags jumps to its first flag; the marker shows where we are.
  const cell = page.getByTestId('variance-strip').locator('.strip-cell.has-flags').first();
  await cell.click();
  const { flagId } = await review.data();
  expect(flagId).not.toBeNull();
  await expect(page.getByTestId('variance-strip').locator('.strip-marker')).toBeVisible();

  // All decided: the designed state says so.
  await page.getByTestId('bulk-menu').click();
  await page.getByRole('menuitem').last().click(); // keep the canonical at every open flag shown
  await expect(page.getByTestId('all-decided')).toBeVisible();
  await shot(testInfo, 'all-decided');

  // A style note applied to the canonical: the button reports what it did and stays done.
  const note = page.getByTestId('style-notes').locator('.note-item').first();
  if ((await note.count()) > 0) {
    const before = (await review.data()).review?.canonical;
    await note.getByRole('button').click();
    await expect(note.getByRole('button')).toBeDisabled();
    const after = await review.data();
    const label = await note.getByRole('button').innerText();
    if (/\d/.test(label)) expect(after.review?.canonical).not.toBe(before);
    else expect(after.review?.canonical).toBe(before);
    expectCanonicalConsistent(after);
  }

  // Dark theme keeps the panels legible (screenshot for the eye).
  await page.getByTestId('toggle-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(testInfo, 'dark-theme');
  await page.getByTestId('toggle-theme').click();
});

test('after a decision the next open flag is current and keeps the keyboard', async ({
  page,
}, testInfo) => {
  await review.chooseStory();
  const start = await review.data();
  const twoReadings = start.flags.filter((f) => new Set(f.readings.map((r) => r.text)).size >= 2);
  const first = twoReadings[0];
  expect(first, 'a flag with two readings').toBeDefined();
  if (!first) return;
  await page.locator(`.flag-item[data-flag-id="${first.id}"]`).click();
  await page.keyboard.press('1');
  const afterOne = await review.data();
  expect(afterOne.review?.decisions[first.id]?.status).toBe('picked');
  expect(afterOne.flagId).not.toBe(first.id);
  expect(afterOne.flagId && afterOne.flagId in (afterOne.review?.decisions ?? {})).toBe(false);
  await expect(review.currentFlag).toBeFocused();
  // The same keys go on deciding: reject this one too, then the canonical holds both decisions.
  const second = afterOne.flagId ?? '';
  await page.keyboard.press('r');
  const afterTwo = await review.data();
  expect(afterTwo.review?.decisions[second]?.status).toBe('rejected');
  await expect(review.currentFlag).toBeFocused();
  // Arrows move through the list as n / p do, focus following.
  const before = afterTwo.flagId;
  await page.keyboard.press('ArrowDown');
  const down = (await review.data()).flagId;
  expect(down).not.toBe(before);
  await expect(review.currentFlag).toBeFocused();
  await page.keyboard.press('ArrowUp');
  expect((await review.data()).flagId).toBe(before);
  // Reopen: the decision goes, the canonical keeps its text there.
  const decidedItem = page.locator(`.flag-item[data-flag-id="${first.id}"]`);
  await decidedItem.click();
  const canonical = (await review.data()).review?.canonical;
  await decidedItem.getByTestId('reopen').click();
  const reopened = await review.data();
  expect(reopened.review?.decisions[first.id]).toBeUndefined();
  expect(reopened.review?.canonical).toBe(canonical);
  await expect(decidedItem).toHaveAttribute('data-status', 'open');
  await app.attachScreenshot(testInfo, 'auto-advance');
});

test('two pages that share no story say so instead of an empty list', async ({
  page,
}, testInfo) => {
  const dir = testInfo.outputPath('unrelated');
  mkdirSync(dir, { recursive: true });
  const a = join(dir, '甲报.txt');
  const b = join(dir, '乙报.txt');
  // Two stories written for this test that have nothing in common.
  writeFileSync(
    a,
    '春季植树活动在滨江公园举行\n\n本报讯 三月十二日上午，两百余名市民来到滨江公园，栽下樱花、银杏等苗木一千二百株。\n园林部门工作人员现场讲解了栽种要领。\n',
  );
  writeFileSync(
    b,
    '市图书馆延长夜间开放时间\n\n本报讯 从下月起，市图书馆周一至周五开放至晚上十点，自习区新增座位三百个。\n读者可通过小程序预约座位。\n',
  );
  await app.openVariants([a, b]);
  await expect(app.variantItems).toHaveCount(2);
  // Wait until the list shows the new comparison: no story, or one of the new titles.
  const items = page.getByTestId('story-list').locator('.story-item');
  await expect
    .poll(
      async () =>
        (await items.count()) === 0
          ? 'none'
          : (await items.first().innerText()).includes('植树') ||
              (await items.first().innerText()).includes('图书馆')
            ? 'new'
            : 'old',
      { timeout: 30_000 },
    )
    .not.toBe('old');
  await expect(page.getByTestId('flag-panel-empty')).toBeVisible();
  if ((await items.count()) === 0) {
    await expect(page.getByTestId('story-list')).toContainText(/share no story|没有共有/);
    await expect(page.getByTestId('flag-panel-empty')).toContainText(/share no story|没有共有/);
  } else {
    // The finder paired them anyway: the panel then says the variants agree (no flags).
    expect((await review.data()).flags.length).toBe(0);
  }
  await app.attachScreenshot(testInfo, 'no-shared-story');
});
