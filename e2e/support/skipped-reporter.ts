/**
 * A Playwright reporter that ends the run with every skipped test and its reason, so a test that
 * did not run for lack of ../shared (the real pages, kept outside the repository) or of the
 * Electron binary says so in the summary instead of only counting as "skipped".
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Collects skipped tests and prints them, with the reason given to test.skip, at the end. */
export default class SkippedReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = [...result.annotations, ...test.annotations].find(
      (a) => a.type === 'skip' || a.type === 'fixme',
    )?.description;
    const where = `${test.location.file.split(/[\\/]/u).pop() ?? ''}:${test.location.line}`;
    this.skipped.push(
      `  skipped: ${test.titlePath().slice(1).join(' › ')} (${where})${reason ? ` — ${reason}` : ''}`,
    );
  }

  onEnd(_result: FullResult): void {
    if (this.skipped.length === 0) return;
    process.stdout.write(`\n${this.skipped.length} skipped:\n${this.skipped.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
