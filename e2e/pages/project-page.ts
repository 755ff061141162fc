/**
 * Page object of the project and export UI (ui-project): the toolbar's Save / Export / Open
 * project, the export dialog and its open-flags question, the autosave restore offer, project
 * messages, and reading what a download wrote.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page, type TestInfo } from '@playwright/test';
import { AppPage } from './app-page';
import { ReviewPage, type ReviewData } from './review-page';

/** The three page objects the project and export specs drive, over the app loaded and compared. */
export async function openWorkspace(
  page: Page,
): Promise<{ app: AppPage; review: ReviewPage; project: ProjectPage }> {
  const app = new AppPage(page);
  await app.open();
  return { app, review: new ReviewPage(page), project: new ProjectPage(page) };
}

/** A finished download: its suggested name and its bytes as UTF-8 text. */
export interface Downloaded {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/** The project UI, driven as an editor would (the specs run the English UI). */
export class ProjectPage {
  constructor(readonly page: Page) {}

  get toolbar(): Locator {
    return this.page.getByRole('toolbar');
  }

  get saveButton(): Locator {
    return this.toolbar.getByRole('button', { name: 'Save project', exact: true });
  }

  get exportButton(): Locator {
    return this.toolbar.getByRole('button', { name: 'Export', exact: true });
  }

  get exportDialog(): Locator {
    return this.page.getByTestId('export-dialog');
  }

  get openFlagsQuestion(): Locator {
    return this.page.getByTestId('open-flags-question');
  }

  get restoreOffer(): Locator {
    return this.page.getByTestId('restore-offer');
  }

  get projectError(): Locator {
    return this.page.getByTestId('project-error');
  }

  get projectStatus(): Locator {
    return this.page.getByTestId('project-status');
  }

  /** Waits for the download a click starts, saves it under the test's output folder and reads it. */
  async download(testInfo: TestInfo, click: () => Promise<void>): Promise<Downloaded> {
    const pending = this.page.waitForEvent('download');
    await click();
    const download: Download = await pending;
    const name = download.suggestedFilename();
    const path = testInfo.outputPath(name);
    await download.saveAs(path);
    return { name, path, text: await readFile(path, 'utf8') };
  }

  /**
   * Exports through the dialog. With `openFlags`, expects the question first (and returns the
   * count it names), then exports anyway.
   */
  async exportAs(
    testInfo: TestInfo,
    format: string,
    options: { openFlags?: boolean } = {},
  ): Promise<{ file: Downloaded; openCount: number | null }> {
    await this.exportButton.click();
    await expect(this.exportDialog).toBeVisible();
    await this.exportDialog.getByTestId('export-format').selectOption(format);
    let openCount: number | null = null;
    if (options.openFlags) {
      await this.exportDialog.getByTestId('export-confirm').click();
      await expect(this.openFlagsQuestion).toBeVisible();
      const match = /(\d+)/.exec((await this.openFlagsQuestion.textContent()) ?? '');
      openCount = match ? Number(match[1]) : null;
    }
    const file = await this.download(testInfo, () =>
      this.exportDialog.getByTestId('export-confirm').click(),
    );
    await expect(this.exportDialog).toBeHidden();
    return { file, openCount };
  }

  /** Saves the project (a download in the browser). */
  async save(testInfo: TestInfo): Promise<Downloaded> {
    const file = await this.download(testInfo, () => this.saveButton.click());
    await expect(this.projectStatus).toBeVisible();
    return file;
  }

  /** Opens a project file through the toolbar's file input. */
  async openProject(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('open-project').click();
    await (await chooser).setFiles(path);
  }

  /**
   * Decides the first open flag where some page reads otherwise than the canonical: takes that
   * reading with its digit key (digits take the n-th reading of the current flag, wherever focus is).
   */
  async acceptOne(
    review: ReviewPage,
  ): Promise<{ flagId: string; accepted: string; replaced: string; data: ReviewData }> {
    const before = await review.data();
    const flag = before.flags.find((f) => {
      const current = ReviewPage.textAt(before, f.id);
      // A reading of a few characters with text around it: distinctive enough to find in the export.
      return (
        current !== null &&
        current.trim() !== '' &&
        f.readings.some((r) => r.text !== current && r.text.trim() !== '') &&
        !(f.id in (before.review?.decisions ?? {}))
      );
    });
    if (!flag) throw new Error('no flag where a page reads otherwise than the canonical');
    const item = this.page.locator(`.flag-item[data-flag-id="${flag.id}"]`);
    await item.click();
    const current = ReviewPage.textAt(before, flag.id) ?? '';
    const buttons = item.getByTestId('pick-reading');
    await expect(buttons.first()).toBeVisible();
    const count = await buttons.count();
    let index = -1;
    for (let i = 0; i < count && index < 0; i += 1) {
      const button = buttons.nth(i);
      // Not the reading the canonical has now ("chosen"), and one that prints text (not a drop).
      const chosen = /\bchosen\b/.test((await button.getAttribute('class')) ?? '');
      if (!chosen && (await button.locator('.reading-text').count()) > 0) index = i;
    }
    if (index < 0) throw new Error('no other reading listed');
    await review.focusWorkspace();
    await this.page.keyboard.press(String(index + 1));
    const data = await review.data();
    expect(data.review?.decisions[flag.id]?.status).toBe('picked');
    return {
      flagId: flag.id,
      accepted: ReviewPage.textAt(data, flag.id) ?? '',
      replaced: current,
      data,
    };
  }
}

/** The canonical around a flag: `before` + the flag's text + `after`, with up to `chars` characters each side. */
export function canonicalAround(data: ReviewData, flagId: string, text: string, chars = 8): string {
  const review = data.review;
  const anchor = review?.anchors.find((a) => a.flagId === flagId);
  if (!review || !anchor) return text;
  const before =
    review.canonical
      .slice(Math.max(0, anchor.start - chars), anchor.start)
      .split(/\r?\n/)
      .pop() ?? '';
  const after = review.canonical.slice(anchor.end, anchor.end + chars).split(/\r?\n/)[0] ?? '';
  return `${before}${text}${after}`;
}
