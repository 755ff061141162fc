/**
 * `npm run e2e` runs this first: makes sure the end-to-end tests have a Chromium (see
 * scripts/chromium.ts for the order), prints one line saying which, or one line saying what to do
 * and exits 1.
 */
import { ensureChromium } from './chromium';
import { machineInstallers, machineProbe, recordChromium } from './chromium-machine';

const outcome = ensureChromium(machineProbe(), machineInstallers());
if (outcome.ok) {
  recordChromium(outcome.found);
  process.stderr.write(`e2e: Chromium at ${outcome.found.path} (${outcome.found.source})\n`);
  if (outcome.warning) process.stderr.write(`e2e: ${outcome.warning}\n`);
} else {
  process.stderr.write(`e2e: ${outcome.message}\n`);
  process.exitCode = 1;
}
