/**
 * Builds a classification site for tests from readable text: one string per variant with the
 * reading in [brackets], the surrounding text becoming its context.
 */
import type { ClassifyReading } from './classify';

/** Context kept on each side of the reading; matches what the tests' sentences need (24 chars). */
const CONTEXT_CHARS = 24;

/** The readings of a site, variant `v1`, `v2`, … in order, each marked with [brackets]. */
export function site(...marked: string[]): ClassifyReading[] {
  return marked.map((m, i) => {
    const start = m.indexOf('[');
    const end = m.indexOf(']') - 1;
    const folded = m.replace('[', '').replace(']', '');
    return {
      variant: `v${i + 1}`,
      text: folded.slice(start, end),
      before: folded.slice(Math.max(0, start - CONTEXT_CHARS), start),
      after: folded.slice(end, end + CONTEXT_CHARS),
      wholeLine: false,
      folded,
      start,
      end,
    };
  });
}
