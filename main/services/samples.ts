/**
 * The embedded sample sets (assets/samples/<set>/*.txt) that `npm start` opens when no files are
 * given. The samples folder is injected: assets/samples in development, resources/samples once
 * packaged (electron-builder's extraResources).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenResult } from '../../app/ipc/contract';
import { loadFiles } from './load-files';
import { compareNames } from './open-folder';

/** The set opened when none is named: the Chinese reprints the tool is built for. */
export const DEFAULT_SAMPLE_SET = 'zh';

/** A set name is a plain folder name; anything else could walk out of the samples folder. */
const SET_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The sample sets available (the sub-folders of the samples folder), sorted. */
export async function listSampleSets(samplesDir: string): Promise<string[]> {
  const entries = await readdir(samplesDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && SET_NAME.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** Loads every .txt file of one sample set, sorted by name. */
export async function openSampleSet(
  samplesDir: string,
  set: string = DEFAULT_SAMPLE_SET,
): Promise<OpenResult> {
  if (!SET_NAME.test(set)) {
    throw new Error(`Unknown sample set "${set}": a set is a folder name such as "zh" or "en".`);
  }
  const folder = join(samplesDir, set);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort(compareNames);
  } catch {
    const known = await listSampleSets(samplesDir).catch(() => []);
    throw new Error(`Unknown sample set "${set}"; available: ${known.join(', ') || 'none'}.`);
  }
  return loadFiles(names.map((name) => join(folder, name)));
}
