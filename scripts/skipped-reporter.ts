/**
 * A Vitest reporter that ends the run with every skipped test by name (and the note given to
 * ctx.skip, if any), and says when ../shared is absent: the tests on the real sample pages are
 * skipped then, and the summary must say why rather than only count them. `it.skip`/`it.todo`
 * placeholders are not listed; tests skipped by a condition are.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const root = resolve(__dirname, '..');
const shared = resolve(root, '..', 'shared', 'samples');

/** Lists skipped tests after Vitest's own summary. */
export default class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests('skipped')) {
        const result = test.result();
        const note = result.state === 'skipped' ? result.note : undefined;
        lines.push(
          `  skipped: ${relative(root, module.moduleId)} › ${test.fullName}${note ? ` — ${note}` : ''}`,
        );
      }
    }
    if (lines.length === 0) return;
    const why = existsSync(shared)
      ? ''
      : `\n  (${relative(root, shared)} not found: the tests on the real sample pages were skipped; they run where ../shared sits beside the repository)`;
    process.stdout.write(`\n${lines.length} skipped:\n${lines.join('\n')}${why}\n`);
  }
}
