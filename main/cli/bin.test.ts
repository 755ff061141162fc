/**
 * The built `variorum` bin (scripts/build-cli.mjs → one plain JavaScript file): what `npx variorum`
 * runs after `npm install`. Built into a temporary folder, run with node as a user would.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'variorum-bin-'));
const bin = join(dir, 'cli.js');
const pages = join(dir, 'pages');
const version = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;

/** Runs the built bin; resolves with the exit code and both streams. */
async function variorum(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

// Two printings of one short story of our own, one name and one figure apart.
const A =
  '社区书屋周末开放\n\n城南街道的社区书屋本周六起延长开放时间，每天接待读者约120人。\n\n街道文化站站长刘明远说，书屋还将开设亲子阅读课。\n';
const B = A.replace('120', '150').replace('刘明远', '刘明源');

beforeAll(() => {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-cli.mjs'), '--outfile', bin], {
    stdio: 'pipe',
  });
  mkdirSync(pages);
  writeFileSync(join(pages, 'a.txt'), A);
  writeFileSync(join(pages, 'b.txt'), B);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built variorum bin', () => {
  it('is an executable plain JavaScript file that starts with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('compiles its bundle from the code cache the build wrote, with the output of a compile without it', async () => {
    const report = { ...process.env, VARIORUM_CODE_CACHE: 'report' };
    const cached = await run(process.execPath, [bin, 'compare', '--json', pages], { env: report });
    expect(cached.stderr).toBe('code cache used\n');
    const cache = readdirSync(dir).filter((f) => /^variorum-[0-9a-f]+\.cache$/.test(f));
    expect(cache).toHaveLength(1);
    rmSync(join(dir, cache[0] as string));
    const plain = await run(process.execPath, [bin, 'compare', '--json', pages], { env: report });
    expect(plain).toEqual({ stdout: cached.stdout, stderr: 'code cache absent\n' });
  });

  it('prints its version, and help with the commands and the exit codes', async () => {
    expect(await variorum('--version')).toEqual({
      code: 0,
      stdout: `variorum ${version}\n`,
      stderr: '',
    });
    const help = await variorum('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/compare .*\n.*export/s);
    expect(help.stdout).toMatch(
      /Exit codes:\n {2}0 {2}done\n {2}1 .*\n {2}2 {2}usage error.*\n {2}3 {2}export --strict.*\n {2}4 {2}compare: some files/,
    );
    for (const command of ['compare', 'export']) {
      const own = await variorum(command, '--help');
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^usage: variorum ${command} `));
      expect(own.stdout).toContain('Exit codes:');
      expect((await variorum('help', command)).stdout).toBe(own.stdout);
    }
  }, 60_000);

  it('prints only the JSON on stdout and nothing on stderr when stderr is not a terminal', async () => {
    const result = await variorum('compare', '--json', join(pages, 'a.txt'), join(pages, 'b.txt'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as { stories: { flags: { category: string }[] }[] };
    expect(json.stories.flatMap((s) => s.flags.map((f) => f.category)).sort()).toEqual([
      'name',
      'number',
    ]);
  }, 60_000);

  it('exits 2 on a usage error and 1 on a file it cannot read, with one line on stderr', async () => {
    const usage = await variorum('compare', '--jsn', join(pages, 'a.txt'), join(pages, 'b.txt'));
    expect(usage).toMatchObject({ code: 2, stdout: '' });
    expect(usage.stderr).toBe(
      "variorum compare: unknown option '--jsn' (variorum compare --help)\n",
    );
    expect((await variorum('collate')).code).toBe(2);
    expect((await variorum()).code).toBe(2);
    const missing = await variorum('compare', join(pages, 'a.txt'), join(pages, 'gone.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/gone\.txt/);
  }, 60_000);

  it('collates a day of pages on worker threads, with the result of one thread', async () => {
    // Three stories of our own, each page printing two or three of them with a figure changed.
    const stories = [
      A,
      '江滨公园樱花进入盛花期\n\n连日晴暖，江滨公园的八百多株樱花集中开放，游客明显增多。\n\n公园管理处提醒市民错峰出行，周末上午九点前车位较为宽裕。\n\n管理处主任陈嘉禾介绍，今年新增两条观花步道，并在北门设置临时停车场。\n',
      '老码头改造工程完工\n\n历时十四个月的老码头改造工程昨天完工，沿河栈道全长一点六公里。\n\n改造保留了三座清代石埠头，新建的观景平台可容纳五百人。\n\n项目负责人黄立新表示，夜间照明将于下月投入使用。\n',
    ];
    const day = join(dir, 'day');
    mkdirSync(day);
    for (let p = 0; p < 12; p++) {
      const printed = stories.filter((_, k) => k !== p % 4);
      writeFileSync(
        join(day, `page-${String(p + 1).padStart(2, '0')}.txt`),
        printed
          .join('\n')
          .replace('120', String(120 + p))
          .replace('五百', p % 2 ? '六百' : '五百'),
      );
    }
    const one = await variorum('compare', '--json', '--jobs', '0', day);
    expect(one.code, one.stderr).toBe(0);
    const json = JSON.parse(one.stdout) as { stories: { flags: unknown[] }[] };
    expect(json.stories).toHaveLength(3);
    expect(json.stories.some((s) => s.flags.length > 0)).toBe(true);
    // Twelve files start two workers by default; three is more workers than stories' worth.
    for (const jobs of [[], ['--jobs', '2'], ['--jobs', '3']]) {
      const threaded = await variorum('compare', '--json', ...jobs, day);
      expect(threaded, jobs.join(' ')).toEqual(one);
    }
    // Without jieba's snapshot (an installed package) the workers share one tagger thread.
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.snapshot'))) rmSync(join(dir, f));
    expect(await variorum('compare', '--json', day)).toEqual(one);
    expect((await variorum('compare', '--jobs', 'two', day)).code).toBe(2);
    // Workers started for twelve files stop quietly when too few of them can be read.
    const unreadable = join(dir, 'unreadable');
    mkdirSync(unreadable);
    for (let p = 0; p < 11; p++)
      writeFileSync(join(unreadable, `p${p}.txt`), Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    writeFileSync(join(unreadable, 'ok.txt'), A);
    const refused = await variorum('compare', unreadable);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/at least two readable files, got 1 of 12/);
  }, 60_000);

  it('writes the desk report of a folder of pages with --report html -o', async () => {
    const out = join(dir, 'desk.html');
    const result = await variorum('compare', pages, '--report', 'html', '-o', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^2 variants/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('刘明<mark>远</mark>说');
    expect(html).toContain('@media print');
  }, 60_000);
});
