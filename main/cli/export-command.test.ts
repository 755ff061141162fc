import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import {
  FIXTURE_CANONICAL,
  FIXTURE_SOURCE,
  FIXTURE_STORY,
} from '../../test/fixtures/export/export-fixture';
import { parseCsv } from '../../app/export/report-csv';
import { paragraphsOf } from '../../app/export/text-blocks';
import { findAll, parseXml } from '../../test/support/xml-tree';
import { serializeProject } from '../../app/project/project-file';
import type { Project } from '../../app/project/types';
import { parseExportArgs } from './export-command';
import { builtCli } from '../../test/support/main/built-cli';

// The bin is rebuilt first when a source is newer than it (the first test file to ask builds it).
beforeAll(() => void builtCli(), 180_000);

const run = promisify(execFile);
const repoRoot = resolve(__dirname, '../..');
let dir = '';
let projectPath = '';

/** Runs the CLI as a user would; resolves with the exit code and both streams. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [builtCli(), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr: withoutNpmNoise(stderr) };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: withoutNpmNoise(e.stderr ?? '') };
  }
}

/** npx itself may warn about the machine's npm config; that is not the CLI's output. */
function withoutNpmNoise(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'variorum-export-'));
  // v1 and v2 live beside the project (read from disk; the redline below starts from v2), v3 is embedded.
  for (const v of FIXTURE_SOURCE.variants.slice(0, 2))
    await writeFile(join(dir, v.path ?? v.name), v.text ?? '');
  const project: Project = {
    format: 'variorum-project',
    version: 1,
    savedAt: '2026-11-23T10:00:00.000Z',
    title: FIXTURE_SOURCE.title,
    variants: FIXTURE_SOURCE.variants.map((v, i) => ({
      id: v.id,
      name: v.name,
      path: v.path ?? v.name,
      encoding: 'utf-8',
      sha256: createHash('sha256')
        .update(v.text ?? '')
        .digest('hex'),
      size: Buffer.byteLength(v.text ?? ''),
      ...(i === 2 ? { text: v.text } : {}),
    })),
    settings: { editorName: '王主任', baseVariants: {} },
    result: {
      version: 1,
      variants: FIXTURE_SOURCE.variants.map((v) => ({
        id: v.id,
        path: v.path ?? v.name,
        name: v.name,
        encoding: 'utf-8',
        length: v.text?.length ?? 0,
      })),
      stories: FIXTURE_SOURCE.stories,
      styleNotes: [],
    },
    reviews: Object.fromEntries(FIXTURE_SOURCE.reviews.map((r) => [r.storyId, r])),
  };
  projectPath = join(dir, 'desk.variorum.json');
  await writeFile(projectPath, serializeProject(project));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('export command (child process)', () => {
  it('writes every format, and each reads back', async () => {
    const out = (ext: string) => join(dir, `out.${ext}`);
    const results = await Promise.all(
      (['txt', 'docx', 'redline', 'tei', 'csv', 'html', 'json', 'md'] as const).map((format) =>
        cli('export', projectPath, '--format', format, '-o', out(format), '--variant', 'v2'),
      ),
    );
    for (const result of results) {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/1 of 4 flags are still open/);
    }
    expect(await readFile(out('txt'), 'utf8')).toBe(`${FIXTURE_CANONICAL}\n`);
    const docx = await mammoth.extractRawText({ buffer: await readFile(out('docx')) });
    expect(docx.value.split('\n').filter(Boolean)).toEqual(paragraphsOf(FIXTURE_CANONICAL));
    const redlineXml = await (
      await JSZip.loadAsync(await readFile(out('redline')))
    )
      .file('word/document.xml')
      ?.async('string');
    const redline = parseXml(redlineXml ?? '');
    expect(findAll(redline, 'w:ins').length).toBeGreaterThan(0);
    expect(findAll(redline, 'w:del')[0]?.attributes['w:author']).toBe('王主任');
    expect(findAll(parseXml(await readFile(out('tei'), 'utf8')), 'app')).toHaveLength(
      FIXTURE_STORY.flags.length,
    );
    expect(parseCsv(await readFile(out('csv'), 'utf8'))).toHaveLength(
      1 + FIXTURE_STORY.flags.length,
    );
    expect(await readFile(out('html'), 'utf8')).toContain('<!DOCTYPE html>');
    const json = JSON.parse(await readFile(out('json'), 'utf8')) as {
      summary: { total: number; open: number };
    };
    expect(json.summary).toMatchObject({ total: 4, open: 1 });
    expect(await readFile(out('md'), 'utf8')).toMatch(/^# 社区食堂温暖老人心\n/);
  }, 120_000);

  it('does not use a source that changed on disk since the save, and says so', async () => {
    const moved = join(dir, 'moved');
    await mkdir(moved);
    await writeFile(join(moved, 'desk.variorum.json'), await readFile(projectPath));
    await writeFile(
      join(moved, 'wire.txt'),
      `${FIXTURE_SOURCE.variants[0]?.text ?? ''}（转第4版）`,
    );
    const redline = await cli(
      'export',
      join(moved, 'desk.variorum.json'),
      '--format',
      'redline',
      '--variant',
      'v1',
      '-o',
      join(moved, 'r.docx'),
    );
    expect(redline.stderr).toMatch(/wire\.txt changed since the project was saved/);
    expect(redline.code).toBe(1);
    expect(redline.stderr).toMatch(/text of variant "v1" is not available/);
    // A format that needs only the review still works.
    const txt = await cli('export', join(moved, 'desk.variorum.json'), '--format', 'txt');
    expect(txt.code).toBe(0);
    expect(txt.stdout).toBe(`${FIXTURE_CANONICAL}\n`);
  }, 60_000);

  it('prints to stdout without -o, and refuses with --strict while flags are open', async () => {
    const plain = await cli('export', projectPath, '--format', 'txt', '--crlf');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(`${FIXTURE_CANONICAL.replace(/\n/g, '\r\n')}\r\n`);
    const strict = await cli('export', projectPath, '--format', 'txt', '--strict');
    expect(strict.code).toBe(3);
    expect(strict.stdout).toBe('');
  }, 60_000);

  it('refuses a project whose readings do not fit its variants, naming each mismatch, and writes nothing', async () => {
    const project = JSON.parse(await readFile(projectPath, 'utf8')) as Project;
    const story = project.result.stories[0]!;
    const flag = story.flags[0]!;
    const broken: Project = {
      ...project,
      result: {
        ...project.result,
        stories: [
          {
            ...story,
            flags: [
              {
                ...flag,
                readings: flag.readings.map((r, k) =>
                  k === 0 ? { ...r, start: 900_000, end: 900_003 } : r,
                ),
              },
              ...story.flags.slice(1),
            ],
          },
        ],
      },
    };
    const brokenPath = join(dir, 'broken.variorum.json');
    await writeFile(brokenPath, serializeProject(broken));
    const result = await cli('export', brokenPath, '--format', 'txt', '-o', join(dir, 'never.txt'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /result\.stories\[0\]\.flags\[0\]\.readings\[0\] 900000–900003 lies outside variant/,
    );
    expect(result.stderr).toMatch(
      /does not match its variants: 1 mismatch\(es\).*nothing exported/,
    );
    await expect(readFile(join(dir, 'never.txt'))).rejects.toThrow(/ENOENT/);
  }, 60_000);

  it('fails with one clear line on a bad project or format', async () => {
    const garbage = join(dir, 'garbage.variorum.json');
    await writeFile(garbage, '{"format": "variorum-pro');
    const bad = await cli('export', garbage, '--format', 'txt');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/cut short|not a Variorum project/);
    const edited = join(dir, 'edited.variorum.json');
    const text = await readFile(projectPath, 'utf8');
    await writeFile(edited, text.replace('"editorName": "王主任"', '"editorName": 42'));
    const invalid = await cli('export', edited, '--format', 'txt', '-o', join(dir, 'never.txt'));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/settings\.editorName/);
    const format = await cli('export', projectPath, '--format', 'pdf');
    // A wrong format is a usage error: exit 2, the line points to --help.
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/unknown format "pdf".*export --help/);
  }, 60_000);
});

describe('parseExportArgs', () => {
  it('reads every option', () => {
    expect(
      parseExportArgs([
        'p.json',
        '--format',
        'redline',
        '-o',
        'x.docx',
        '--variant',
        'v2',
        '--story',
        's1,s2',
        '--crlf',
        '--house-style',
      ]),
    ).toEqual({
      project: 'p.json',
      format: 'redline',
      out: 'x.docx',
      strict: false,
      options: {
        redlineVariant: 'v2',
        storyIds: ['s1', 's2'],
        lineEnding: 'crlf',
        houseStyle: true,
      },
    });
  });

  it('says what is missing', () => {
    expect(() => parseExportArgs(['--format', 'txt'])).toThrow(/no project/);
    expect(() => parseExportArgs(['p.json'])).toThrow(/no --format/);
    expect(() => parseExportArgs(['p.json', '--format'])).toThrow(/argument missing/);
    expect(() => parseExportArgs(['a.json', 'b.json', '--format', 'txt'])).toThrow(
      /one project at a time/,
    );
    expect(() => parseExportArgs(['p.json', '--format', 'txt', '--bogus'])).toThrow(
      /unknown option/,
    );
  });
});
