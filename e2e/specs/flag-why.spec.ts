/**
 * Every flag says why it has its category: the badge's hover names the rule and the reason, and
 * the current flag shows the reason in the list.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { ReviewPage } from '../pages/review-page';

test('a flag badge explains its category and the current flag shows why', async ({ page }) => {
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  await app.open();
  await review.chooseStory();
  const badge = review.flagItems.first().locator('.cat-badge');
  await expect(badge).toHaveAttribute('data-rule', /^[a-z]+\.[a-z-]+$/);
  await expect(badge).toHaveAttribute('title', /\(rule [a-z]+\.[a-z-]+\)$/);
  await review.flagItems.first().click();
  await expect(page.locator('.flag-item.current .flag-why')).not.toBeEmpty();
});
