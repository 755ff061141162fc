/**
 * `compare FILE... --canonical majority [-o OUT.txt]`: writes the majority canonical of every
 * shared story without the UI, as the review starts it (app/review's initStoryReview: the base
 * variant's text with the majority reading at every flag), exported as plain text. An extension
 * of the engine's compare command, hooked in with one line.
 */
import type { CompareResult, VariantText } from '../../app/model/types';
import { initStoryReview } from '../../app/review/canonical';
import { writeFileAtomic } from '../services/atomic-write';
import { UsageError } from './args';

/** The canonical kinds `--canonical` accepts; only the majority exists without an editor. */
const CANONICAL_KINDS = ['majority'] as const;

/**
 * The majority canonical of every story as one text, in the layout of the app's "Every story"
 * export (app/export canonicalTxt: each story under its title, a separator line between stories).
 */
export async function majorityCanonical(
  result: CompareResult,
  variants: readonly VariantText[],
): Promise<string> {
  const reviews = result.stories.map((story) => initStoryReview(story, variants));
  // Loaded here, not when the bin starts: app/export brings docx and every other format.
  const { exportProject } = await import('../../app/export/index');
  const file = await exportProject(
    'txt',
    { variants, stories: result.stories, reviews, styleNotes: result.styleNotes },
    { now: new Date().toISOString() },
  );
  return String(file.data);
}

/**
 * Handles `--canonical KIND [-o|--output OUT]` of compare. With an output file the canonical goes
 * there and compare prints its usual output; without one the canonical is compare's only output
 * on stdout. Returns where it went.
 */
export async function writeCanonicalOutput(
  result: CompareResult,
  variants: readonly VariantText[],
  kind: string,
  out: string | undefined,
): Promise<'file' | 'stdout'> {
  if (!CANONICAL_KINDS.includes(kind as (typeof CANONICAL_KINDS)[number])) {
    throw new UsageError(`--canonical takes ${CANONICAL_KINDS.join(' | ')}, got "${kind}"`);
  }
  if (result.stories.length === 0)
    throw new Error('no shared story found, so there is no canonical to write');
  const text = await majorityCanonical(result, variants);
  if (!out) {
    process.stdout.write(text);
    return 'stdout';
  }
  // Temp file, fsync, rename: a kill or a full disk mid-write leaves the previous file whole.
  await writeFileAtomic(out, text);
  process.stderr.write(`variorum compare: wrote the majority canonical to ${out}\n`);
  return 'file';
}
