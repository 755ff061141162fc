/** A temp folder for the CLI's kill and full-disk tests: a big project and two pages to compare. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigProjectText } from './big-project';

/** A new temp folder (named from `prefix`) holding p.variorum.json (2000 lines) and a.txt, b.txt. */
export async function cliWorkDir(prefix: string, a: string, b: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await writeFile(join(dir, 'p.variorum.json'), bigProjectText(2000));
  await writeFile(join(dir, 'a.txt'), a);
  await writeFile(join(dir, 'b.txt'), b);
  return dir;
}
