/**
 * Keyboard and screen-reader basics of the review workspace (issue 5: "every action reachable
 * without a mouse, with visible focus"), in both UI languages:
 * - every control (button, text box, select, checkbox, radio, tab) has an accessible name, as
 *   Chromium computes it (the accessibility tree over CDP), with a story and a flag open, the bulk
 *   menu open and the export dialog open;
 * - Tab walks sidebar → flag list → editor → numbers table, leaves the editor (no keyboard trap,
 *   no tab typed into the canonical), and every stop shows a focus outline.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { ReviewPage } from '../pages/review-page';

/** Roles a person operates; each needs a name to be told apart by a screen reader. */
const CONTROL_ROLES = new Set([
  'button',
  'textbox',
  'searchbox',
  'combobox',
  'checkbox',
  'radio',
  'tab',
  'menuitem',
  'switch',
  'slider',
  'spinbutton',
  'link',
]);

/** A control in the accessibility tree. */
interface Control {
  readonly role: string;
  readonly name: string;
}

/** Every unignored control Chromium exposes, with its computed accessible name. */
async function controls(page: Page): Promise<Control[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored?: boolean; role?: { value?: string }; name?: { value?: string } }[];
    };
    return nodes
      .filter((n) => !n.ignored && CONTROL_ROLES.has(String(n.role?.value ?? '')))
      .map((n) => ({
        role: String(n.role?.value ?? ''),
        name: String(n.name?.value ?? '').trim(),
      }));
  } finally {
    await cdp.detach();
  }
}

async function expectAllNamed(page: Page, where: string): Promise<Control[]> {
  const found = await controls(page);
  expect(found.length, `controls found ${where}`).toBeGreaterThan(10);
  expect(
    found.filter((c) => c.name === '').map((c) => c.role),
    `unnamed controls ${where}`,
  ).toEqual([]);
  return found;
}

let app: AppPage;
let review: ReviewPage;

test.beforeEach(async ({ page }) => {
  app = new AppPage(page);
  review = new ReviewPage(page);
  await app.open();
  await review.chooseStory();
});

test.afterEach(() => {
  app.expectNoProblems();
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`every control has an accessible name (${language})`, async ({ page }) => {
    await page.getByTestId('language').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await review.focusWorkspace();
    await page.keyboard.press('F8');
    await expect(review.currentFlag).toBeVisible();
    await expect(review.currentFlag).toHaveAttribute('aria-current', 'true');
    // No control inside an option: screen readers in a listbox cannot reach it (the flag list was one).
    await expect(page.locator('[role="option"] button, [role="option"] input')).toHaveCount(0);
    const workspace = await expectAllNamed(page, 'in the workspace');
    // The editor panes are named for what they show, in the UI language.
    const editorName = language === 'en' ? 'Canonical draft' : '定稿草稿';
    expect(
      workspace.some((c) => c.role === 'textbox' && c.name.includes(editorName)),
      `an editor pane named "${editorName}"`,
    ).toBe(true);

    await page.locator('.bulk-menu summary').click();
    await expectAllNamed(page, 'with the bulk menu open');
    await page.keyboard.press('Escape');
    await expect(page.locator('.bulk-menu')).not.toHaveAttribute('open');
    await expect(page.locator('.bulk-menu summary')).toBeFocused();

    await page.keyboard.press('Control+Shift+E');
    await expect(page.getByRole('dialog')).toBeVisible();
    const dialog = await expectAllNamed(page, 'with the export dialog open');
    // Line endings are named for the systems that use them, not only "LF" / "CRLF".
    expect(dialog.some((c) => c.role === 'radio' && c.name.includes('Windows'))).toBe(true);
    // Tab and Shift+Tab stay in the modal dialog (they used to walk out into the page behind it).
    for (const key of [...Array<string>(12).fill('Tab'), ...Array<string>(12).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      expect(
        await page.evaluate(() => {
          // Runs in the page; e2e/ is compiled without DOM types, hence the cast.
          const active = (
            globalThis as unknown as {
              document: { activeElement: { closest(s: string): unknown } | null };
            }
          ).document.activeElement;
          return active?.closest('[role="dialog"]') !== null && active !== null;
        }),
        `focus inside the dialog after ${key}`,
      ).toBe(true);
    }
  });
}

/** What has focus: a short description and whether it draws a visible focus indicator. */
async function focused(page: Page): Promise<{ region: string; tag: string; outlined: boolean }> {
  return page.evaluate(() => {
    // Runs in the page; e2e/ is compiled without DOM types, hence the casts.
    const doc = (globalThis as unknown as { document: { activeElement: unknown } }).document;
    const el = doc.activeElement as {
      tagName: string;
      closest(s: string): { getAttribute(n: string): string | null; className: string } | null;
    } | null;
    const win = globalThis as unknown as {
      getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string };
    };
    if (!el) return { region: '', tag: '', outlined: false };
    const region = el.closest(
      '.sidebar, .flag-panel, .compare-view, .bottom-panel, .toolbar, .pane-pickers',
    );
    // In Monaco the caret's pane is shown by a ring on its pane picker (app.css, data-editor-focus).
    const pane = el.closest('.editor.original, .editor.modified') as { className: string } | null;
    if (pane) {
      const side = pane.className.includes('original') ? 'left' : 'right';
      const picker = (
        globalThis as unknown as { document: { querySelector(s: string): unknown } }
      ).document.querySelector(`.picker-${side}`);
      return {
        region: 'compare-view',
        tag: `monaco-${side}`,
        outlined: win.getComputedStyle(picker).outlineStyle === 'solid',
      };
    }
    const style = win.getComputedStyle(el);
    return {
      region: region ? (region.className.split(' ')[0] ?? '') : '',
      tag: el.tagName.toLowerCase(),
      outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });
}

test('Tab goes sidebar → flag list → editor → numbers table with visible focus, and out of the editor', async ({
  page,
}) => {
  const before = (await review.data()).review?.canonical;
  await page.locator('.story-item.current').focus();
  const regions: string[] = [];
  for (let i = 0; i < 120 && !regions.includes('bottom-panel'); i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.outlined, `focus visible on ${now.tag} in ${now.region}`).toBe(true);
    if (regions[regions.length - 1] !== now.region) regions.push(now.region);
  }
  const order = regions.filter((r) =>
    ['sidebar', 'flag-panel', 'compare-view', 'bottom-panel'].includes(r),
  );
  expect(order).toEqual(['sidebar', 'flag-panel', 'compare-view', 'bottom-panel']);
  // Tabbing through the canonical typed nothing into it.
  expect((await review.data()).review?.canonical).toBe(before);
});
