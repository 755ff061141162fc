/**
 * Playwright's global setup: stops the run with one line when there is no Chromium to launch,
 * instead of every test failing with "Executable doesn't exist" and then a follow-up error from
 * its page object. `npm run e2e` makes sure of a browser first (scripts/ensure-browser.ts); this
 * catches `npx playwright test` run on its own on a fresh machine.
 */
import { NO_BROWSER_MESSAGE } from '../../scripts/chromium';
import { chosenChromium } from '../../scripts/chromium-machine';

/** Throws one line when no browser exists; the electron project needs none, but web always runs. */
export default function browserSetup(): void {
  if (chosenChromium() === null)
    throw new Error(`${NO_BROWSER_MESSAGE} (or run npm run e2e, which gets one)`);
}
