/**
 * A child process for autosave.test.ts: saves large autosaves in a loop until it is killed,
 * printing "saved <seq>" after each save has resolved (that is, is complete on disk).
 * Usage: node --import tsx autosave-writer.ts <folder> <first seq>
 */
import { AutosaveStore } from '../../../main/services/autosave';

/** The content of save number `seq`: large enough (~4 MB) that a kill often lands mid-write. */
export function autosaveContent(seq: number): string {
  return JSON.stringify({ seq, payload: `${seq}:${'新闻校对variorum'.repeat(400_000)}` });
}

async function main(): Promise<void> {
  const [folder, first] = process.argv.slice(2);
  if (!folder || !first) throw new Error('usage: autosave-writer <folder> <first seq>');
  const store = new AutosaveStore(folder);
  for (let seq = Number(first); ; seq++) {
    await store.write(autosaveContent(seq));
    process.stdout.write(`saved ${seq}\n`);
  }
}

if (process.argv[1]?.endsWith('autosave-writer.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
