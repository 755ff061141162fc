/**
 * "Open a folder of pages" (issue 15): the window's File ▸ Open folder… runs the same day run as
 * `variorum compare DIR`. A day's pages (the shared sample pages mutated into editions, as the day
 * bench makes them; skipped with its reason where ../shared is absent) sit in a folder beside what
 * a newsroom folder also holds: a scan, a project file, a hidden file, a subfolder, and an OCR file
 * without an extension. The window opens the same files in the same (numeric) order as the CLI,
 * finds the same stories, grants reading of exactly the files it opened, and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVariants } from '../../app/compare';
import type { CompareResult, VariantText } from '../../app/model/types';
import { mutatePage, readSourcePages, samplePagesDir } from '../../bench/day-pages';
import { expandInputs } from '../cli/compare-command';
import { apiInHome } from '../../test/support/main/hostile-home';
import { builtCli } from '../../test/support/main/built-cli';

// The bin is rebuilt first when a source is newer than it (the first test file to ask builds it).
beforeAll(() => void builtCli(), 180_000);

const repoRoot = resolve(__dirname, '../..');
const sources = readSourcePages(samplePagesDir(repoRoot));
/** Pages of the day: every source page in four editions, named page-1 … page-12 (page-10 after page-9). */
const PAGES = 12;

let home = '';
let day = '';

beforeAll(async () => {
  if (!sources) return;
  home = await mkdtemp(join(tmpdir(), 'variorum-day-folder-'));
  day = join(home, 'day');
  await mkdir(join(day, 'sub'), { recursive: true });
  for (let p = 0; p < PAGES; p++) {
    await writeFile(
      join(day, `page-${p + 1}.txt`),
      mutatePage(sources[p % sources.length]!, Math.floor(p / sources.length)),
    );
  }
  // An OCR tool's output without an extension: opened because it reads as text.
  await writeFile(join(day, 'page-13'), mutatePage(sources[0]!, 5));
  // What else lies in the folder, none of it a page of the day.
  await writeFile(
    join(day, 'scan-1.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  await writeFile(join(day, 'day.variorum.json'), '{"format":"variorum-project"}');
  await writeFile(join(day, '.page-0.txt'), mutatePage(sources[0]!, 6));
  await writeFile(join(day, 'sub', 'page-14.txt'), mutatePage(sources[0]!, 7));
});
afterAll(async () => {
  if (home) await rm(home, { recursive: true, force: true });
});

/** A result's stories by what they are: title, and each span as page name and offsets. */
function storiesOf(result: CompareResult, names: ReadonlyMap<string, string>): string[] {
  return result.stories.map(
    (s) =>
      `${s.title} | ${s.spans.map((sp) => `${names.get(sp.variant)}:${sp.start}-${sp.end}`).join(' ')} | ${s.flags.length} flags`,
  );
}

describe.skipIf(!sources)(
  'Open a folder of pages (skipped: ../shared/samples/pages is absent)',
  () => {
    it('opens the day as the CLI does: same files, numeric order, same stories; grants only those files', async () => {
      const api = apiInHome(home, {
        chooseFiles: async () => null,
        chooseFolder: async () => day,
        chooseSavePath: async () => null,
        chooseProject: async () => null,
      });
      const opened = await api.openFolderDialog();
      const expected = [...Array.from({ length: PAGES }, (_, p) => `page-${p + 1}.txt`), 'page-13'];
      expect(opened.failures).toEqual([]);
      expect(opened.files.map((f) => f.name)).toEqual(expected);
      // The CLI's `compare DIR` lists the same files in the same order.
      expect((await expandInputs([day])).map((p) => basename(p))).toEqual(expected);

      // The window compares what it opened (ids in order, as the store gives them); the CLI its JSON.
      const variants: VariantText[] = opened.files.map((f, i) => ({
        id: `v${i + 1}`,
        path: f.path,
        name: f.name,
        encoding: f.encoding,
        text: f.text,
      }));
      const inWindow = compareVariants(variants);
      const cli = spawnSync(process.execPath, [builtCli(), 'compare', '--json', day], {
        cwd: repoRoot,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(cli.status, cli.stderr).toBe(0);
      const fromCli = JSON.parse(cli.stdout) as CompareResult;
      const names = new Map(variants.map((v) => [v.id, v.name]));
      const cliNames = new Map(fromCli.variants.map((v) => [v.id, v.name]));
      expect(storiesOf(inWindow, names)).toEqual(storiesOf(fromCli, cliNames));
      // Every story of the day is shared, and the lead story of the samples is on every page.
      expect(inWindow.stories.length).toBeGreaterThan(1);
      expect(
        inWindow.stories.every((s) => new Set(s.spans.map((sp) => sp.variant)).size >= 2),
      ).toBe(true);
      expect(
        Math.max(...inWindow.stories.map((s) => new Set(s.spans.map((sp) => sp.variant)).size)),
      ).toBe(expected.length);

      // Capabilities: the opened pages may be re-read (a project's re-check); nothing else in the folder may.
      const again = await api.rereadPaths(opened.files.map((f) => f.path));
      expect(again.files).toHaveLength(expected.length);
      const others = [
        'scan-1.png',
        'day.variorum.json',
        '.page-0.txt',
        join('sub', 'page-14.txt'),
      ].map((n) => join(day, n));
      const refused = await api.rereadPaths(others);
      expect(refused.files).toEqual([]);
      expect(refused.failures.every((f) => /Refusing to read/.test(f.message))).toBe(true);
      expect(existsSync(join(day, 'page-1.txt'))).toBe(true);
    }, 120_000);
  },
);
