/** Writes compare's `--report html` to -o or, without it, as compare's only output on stdout. */
import type { CompareResult, VariantText } from '../../app/model/types';
import { writeFileAtomic } from '../services/atomic-write';
import { buildDeskReport } from './desk-report';

/** Writes the desk report; returns where it went. */
export async function writeDeskReport(
  result: CompareResult,
  variants: readonly VariantText[],
  out: string | undefined,
): Promise<'file' | 'stdout'> {
  const html = buildDeskReport(result, variants);
  if (!out) {
    process.stdout.write(html);
    return 'stdout';
  }
  // Temp file, fsync, rename, as every file the CLI writes: a kill mid-write leaves the old one whole.
  await writeFileAtomic(out, html);
  process.stderr.write(
    `variorum compare: wrote the desk report of ${result.stories.length} shared stories to ${out}\n`,
  );
  return 'file';
}
