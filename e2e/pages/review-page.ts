/**
 * Page object of the review panels: the story list, the flag panel and its decisions, the numbers
 * table, the variance strip, and a snapshot of the review (canonical, anchors, decisions) read
 * through the build's `window.__variorumReview` hook.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Title of the lead story of the shared sample pages (the wire story all three reprint). */
const LEAD_STORY_TITLE = '凝心聚力推动社会工作高质量发展';

/** A flag as the snapshot carries it (the engine's Flag, reduced to what specs check). */
export interface FlagData {
  readonly id: string;
  readonly category: string;
  readonly readings: readonly { readonly variant: string; readonly text: string }[];
  readonly majority: string | null;
}

/** What `window.__variorumReview.snapshot()` returns. */
export interface ReviewData {
  readonly storyId: string | null;
  readonly flagId: string | null;
  readonly rightVariant: string | null;
  readonly flags: readonly FlagData[];
  readonly review: {
    readonly canonical: string;
    readonly baseVariant: string;
    readonly anchors: readonly {
      readonly flagId: string;
      readonly start: number;
      readonly end: number;
    }[];
    readonly decisions: Readonly<
      Record<string, { readonly status: string; readonly text: string; readonly variant?: string }>
    >;
  } | null;
}

/** The review workspace, driven by keyboard and mouse as an editor would. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  get storyItems(): Locator {
    return this.page.getByTestId('story-list').locator('.story-item');
  }

  get flagPanel(): Locator {
    return this.page.getByTestId('flag-panel');
  }

  get flagItems(): Locator {
    return this.page.getByTestId('flag-list').locator('.flag-item');
  }

  get currentFlag(): Locator {
    return this.page.getByTestId('flag-list').locator('.flag-item.current');
  }

  get numbersTable(): Locator {
    return this.page.getByTestId('numbers-table');
  }

  get numberRows(): Locator {
    return this.numbersTable.locator('tbody tr');
  }

  /** The review's state in the page. */
  async data(): Promise<ReviewData> {
    return this.page.evaluate(() => {
      // Runs in the page; e2e/ is compiled without DOM types, hence the cast.
      const hook = (globalThis as unknown as { __variorumReview?: { snapshot(): ReviewData } })
        .__variorumReview;
      if (!hook) throw new Error('The review test hook is missing from the build.');
      return hook.snapshot();
    });
  }

  /** Waits until a story's flags are listed. */
  async waitForFlags(): Promise<void> {
    await expect(this.flagItems.first()).toBeVisible({ timeout: 30_000 });
  }

  /** Opens the story whose title contains the text, or the first story. */
  async chooseStory(title?: string): Promise<void> {
    const item = title
      ? this.storyItems.filter({ hasText: title }).first()
      : this.storyItems.first();
    await item.click();
    await expect(item).toHaveAttribute('aria-current', 'true');
    await this.waitForFlags();
  }

  /**
   * Opens the lead story of the shared sample pages: the wire story all three pages reprint, or the
   * first story when the story finder titles it differently.
   */
  async chooseLeadStory(): Promise<void> {
    const lead = this.storyItems.filter({ hasText: LEAD_STORY_TITLE });
    await this.chooseStory((await lead.count()) > 0 ? LEAD_STORY_TITLE : undefined);
  }

  /** Moves keyboard focus off every input and editor, so review keys reach the review. */
  async focusWorkspace(): Promise<void> {
    await this.page.evaluate(() => {
      const doc = (
        globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }
      ).document;
      doc.activeElement?.blur?.();
    });
  }

  /** The canonical text the review holds at a flag. */
  static textAt(data: ReviewData, flagId: string): string | null {
    const anchor = data.review?.anchors.find((a) => a.flagId === flagId);
    return anchor && data.review ? data.review.canonical.slice(anchor.start, anchor.end) : null;
  }

  /**
   * Waits until the flag list shows the flag with this status. The list renders a decision in the
   * frame after the editor shows it (renderer/review/use-review.ts, useStoreAfterFrame), so a
   * one-shot read right after the key press can still see the old status: review.spec.ts read
   * "open" there on a busy machine.
   */
  async expectStatus(flagId: string, status: string): Promise<void> {
    await expect(this.page.locator(`.flag-item[data-flag-id="${flagId}"]`)).toHaveAttribute(
      'data-status',
      status,
    );
  }
}
