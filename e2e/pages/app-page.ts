/**
 * Page object of the Variorum workspace (web build): opening files, reading the variants list,
 * the two editor panes, and the guards every spec wants (no console errors, no request off-host).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { crashReport } from '../support/browser-log';

/** The origin the web build is served from (playwright.config.ts). */
export const APP_ORIGIN = `http://127.0.0.1:${process.env.VARIORUM_E2E_PORT ?? 5199}`;

/** The shared sample pages (outside the repository); specs skip their tests when it is absent. */
export const SHARED_PAGES = resolve(__dirname, '../../../shared/samples/pages');

/** What the page did that a spec must fail on. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly offHostRequests: string[];
}

/** What the test hook's snapshot() returns. */
export interface Snapshot {
  readonly variants: string[];
  readonly failures: string[];
  /** True while a comparison is on screen (opening more files then asks add / new). */
  readonly compared: boolean;
  readonly storyId: string | null;
  readonly flagId: string | null;
  readonly rightVariant: string | null;
  readonly flags: number;
}

/** The workspace, driven as an editor would. */
export class AppPage {
  readonly problems: PageProblems = { consoleErrors: [], pageErrors: [], offHostRequests: [] };

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.problems.pageErrors.push(error.message));
    // The renderer died: say why, from what the browser printed (CI has seen "Target crashed").
    page.on('crash', () => console.error(crashReport()));
    page.on('request', (request) => {
      const url = request.url();
      if (
        !url.startsWith(`${APP_ORIGIN}/`) &&
        !url.startsWith('data:') &&
        !url.startsWith('blob:')
      ) {
        this.problems.offHostRequests.push(url);
      }
    });
  }

  /** Loads the app and waits for the start-up comparison (the sample set) to be shown. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.waitForComparison();
  }

  /** Waits until a comparison is on screen: both panes of the diff editor hold text. */
  async waitForComparison(): Promise<void> {
    await expect(this.compareView).toBeVisible({ timeout: 30_000 });
    await expect(this.originalPane.locator('.view-line').first()).toBeVisible();
    await expect(this.modifiedPane.locator('.view-line').first()).toBeVisible();
  }

  get compareView(): Locator {
    return this.page.getByTestId('compare-view');
  }

  /** The left pane (Monaco's "original" editor of the diff). */
  get originalPane(): Locator {
    return this.compareView.locator('.editor.original');
  }

  /** The right pane (Monaco's "modified" editor). */
  get modifiedPane(): Locator {
    return this.compareView.locator('.editor.modified');
  }

  get variantItems(): Locator {
    return this.page.getByTestId('variants-list').locator('li');
  }

  get failureItems(): Locator {
    return this.page.getByTestId('failures-list').locator('li');
  }

  /**
   * Opens files through the toolbar's file input, as the browser's file chooser would. While a
   * comparison is on screen the app asks whether they join it or start a new one: `choice` answers.
   */
  async openVariants(paths: readonly string[], choice: 'new' | 'add' = 'new'): Promise<void> {
    const asks = (await this.snapshot()).compared;
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('open-variants').click();
    await (await chooser).setFiles([...paths]);
    if (asks) await this.answerOpenChoice(choice);
  }

  /** Answers the "add to this comparison / start a new one" question. */
  async answerOpenChoice(choice: 'new' | 'add'): Promise<void> {
    const dialog = this.page.getByTestId('open-choice');
    // Decoding (and hashing) the files comes first: give a loaded machine time.
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await dialog.getByTestId(choice === 'add' ? 'open-add' : 'open-new').click();
    await expect(dialog).toHaveCount(0);
  }

  /** Opens every .txt of the shared sample pages (in name order) and waits for their comparison. */
  async openSharedPages(): Promise<void> {
    const files = readdirSync(SHARED_PAGES)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(SHARED_PAGES, f));
    await this.openVariants(files);
    await expect(this.variantItems).toHaveCount(files.length);
    await this.waitForComparison();
  }

  /** The visible text of a pane (Monaco renders only the lines in view). */
  async paneText(pane: Locator): Promise<string> {
    return (await pane.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  /** What the app's store holds (through the test hook of the build). */
  async snapshot(): Promise<Snapshot> {
    return this.page.evaluate(() => {
      // Runs in the page; e2e/ is compiled without DOM types, hence the cast.
      const hook = (globalThis as unknown as { __variorumTest?: { snapshot(): Snapshot } })
        .__variorumTest;
      if (!hook) throw new Error('The test hook is missing from the build.');
      return hook.snapshot();
    });
  }

  /** Saves a full-page screenshot as a test artifact. */
  async attachScreenshot(testInfo: TestInfo, name: string): Promise<void> {
    const path = testInfo.outputPath(`${name}.png`);
    await this.page.screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  }

  /** Fails when the page logged an error, threw, or asked for anything off 127.0.0.1. */
  expectNoProblems(): void {
    expect(this.problems.pageErrors, 'page errors').toEqual([]);
    expect(this.problems.consoleErrors, 'console errors').toEqual([]);
    expect(this.problems.offHostRequests, 'requests that left 127.0.0.1').toEqual([]);
  }
}
