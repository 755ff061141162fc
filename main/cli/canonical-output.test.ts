import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVariants } from '../../app/compare';
import {
  exportProject,
  exportSourceFromProject,
  projectExportOptions,
} from '../../app/export/index';
import { STORY_SEPARATOR } from '../../app/export/canonical-text';
import { initStoryReview } from '../../app/review/canonical';
import { majorityCanonical } from './canonical-output';
import { readVariants } from './compare-command';
import { builtCli } from '../../test/support/main/built-cli';

// The bin is rebuilt first when a source is newer than it (the first test file to ask builds it).
beforeAll(() => void builtCli(), 180_000);

const run = promisify(execFile);
const repoRoot = resolve(__dirname, '../..');
const samples = resolve(repoRoot, '../shared/samples/pages');
let dir = '';
if (!existsSync(samples)) console.warn(`sample pages test skipped: ${samples} is absent`);

/** Runs the CLI in a child process; resolves with the exit code and both streams (npm's own warnings dropped). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = (s: string) =>
    s
      .split('\n')
      .filter((l) => !l.startsWith('npm warn'))
      .join('\n');
  try {
    const { stdout, stderr } = await run(process.execPath, [builtCli(), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr: clean(stderr) };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: clean(e.stderr ?? '') };
  }
}

// Three reprints of one short story (our own text): the wire copy (a) has a wrong figure that
// both reprints correct, and one reprint (c) misprints a name the other two agree on.
const LINES = [
  '社区食堂温暖老人心',
  '今年以来，城东区新开社区食堂12家，服务老人3200人次。',
  '区民政局局长张海燕介绍，一荤一素一汤只要15元。',
];
const A = `${LINES.join('\n')}\n`;
const B = A.replace('3200', '3500');
const C = B.replace('张海燕', '张海艳');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'variorum-canonical-'));
  await writeFile(join(dir, 'a.txt'), A);
  await writeFile(join(dir, 'b.txt'), B);
  await writeFile(join(dir, 'c.txt'), C);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('compare --canonical majority', () => {
  it('writes the majority reading at every disagreement to -o and still prints the summary', async () => {
    const files = ['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f));
    const out = join(dir, 'canonical.txt');
    const result = await cli('compare', ...files, '--canonical', 'majority', '-o', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Story s1/);
    expect(await readFile(out, 'utf8')).toBe(B);
  }, 60_000);

  it('prints only the canonical on stdout without -o, and refuses another kind', async () => {
    const files = ['c.txt', 'a.txt', 'b.txt'].map((f) => join(dir, f));
    const plain = await cli('compare', ...files, '--canonical', 'majority');
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toBe(B);
    const bad = await cli('compare', ...files, '--canonical', 'best');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--canonical takes majority, got "best"/);
  }, 60_000);

  it("lays out several stories as the app's Every story export does: each under its title, a separator between", async () => {
    // Two stories (our own text) on each of three pages; the pages differ in a figure of each.
    const story2 = [
      '城西公园完成改造重新开放',
      '经过半年施工，城西公园于本周六重新向市民开放，新增步道两公里和儿童游乐区一处。',
      '公园管理处负责人李明远表示，改造保留了园内全部古树，并增设了夜间照明设施。',
      '附近居民王阿姨说，以前晚上不敢来散步，现在灯亮了，天天都来走一走。',
    ];
    const page = `${[...LINES, '不少老人说，在家门口就能吃上热饭菜，心里踏实，子女们也放心了许多。'].join('\n\n')}\n\n\n${story2.join('\n\n')}\n`;
    const texts = [page, page.replace('3200', '3500'), page.replace('两公里', '三公里')];
    const names = ['p1.txt', 'p2.txt', 'p3.txt'];
    await Promise.all(texts.map((text, i) => writeFile(join(dir, names[i] ?? ''), text)));
    const files = names.map((f) => join(dir, f));
    const printed = await cli('compare', ...files, '--canonical', 'majority');
    expect(printed.code, printed.stderr).toBe(0);
    const stories = printed.stdout.split(`\n\n${STORY_SEPARATOR}\n\n`);
    expect(stories).toHaveLength(2);
    expect(stories[0]?.startsWith('社区食堂温暖老人心\n\n今年以来')).toBe(true);
    expect(stories[1]?.startsWith(`${story2[0]}\n\n经过半年施工`)).toBe(true);

    // The app's "Every story" txt export of the same comparison, untouched by an editor.
    const { variants } = await readVariants(files);
    const result = compareVariants(variants);
    const project = {
      variants,
      result,
      reviews: result.stories.map((story) => initStoryReview(story, variants)),
    };
    const app = await exportProject(
      'txt',
      exportSourceFromProject(project),
      projectExportOptions(project, { lineEnding: 'lf', houseStyle: false }),
    );
    expect(printed.stdout).toBe(String(app.data));
  }, 60_000);

  it.skipIf(!existsSync(samples))(
    'on the shared sample pages, matches the review model built from the engine result',
    async () => {
      const files = readdirSync(samples)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(samples, f));
      const out = join(dir, 'samples-canonical.txt');
      const result = await cli('compare', ...files, '--canonical', 'majority', '-o', out);
      expect(result.code, result.stderr).toBe(0);
      const { variants } = await readVariants(files);
      const expected = await majorityCanonical(compareVariants(variants), variants);
      const written = await readFile(out, 'utf8');
      expect(written).toBe(expected);
      expect(written.length).toBeGreaterThan(100);
    },
    120_000,
  );
});
