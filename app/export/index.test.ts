import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import {
  EXPORT_FORMATS,
  exportProject,
  isExportFormat,
  openFlagsQuestion,
  reviewSummary,
  safeFileName,
  toSaveRequest,
} from './index';
import {
  FIXTURE_CANONICAL,
  FIXTURE_SOURCE,
  FIXTURE_STORY,
} from '../../test/fixtures/export/export-fixture';
import { STORY_SEPARATOR, titledCanonical } from './canonical-text';
import { parseCsv } from './report-csv';
import { paragraphsOf } from './text-blocks';
import { parseXml } from '../../test/support/xml-tree';

const NOW = '2026-11-23T10:00:00.000Z';

describe('exportProject', () => {
  it.each(EXPORT_FORMATS)('writes %s with a file name, a type and content', async (format) => {
    const file = await exportProject(format, FIXTURE_SOURCE, { now: NOW });
    expect(file.fileName.startsWith('城东区稿件校对')).toBe(true);
    expect(file.mime).toMatch(/\//);
    const size = typeof file.data === 'string' ? file.data.length : file.data.byteLength;
    expect(size).toBeGreaterThan(100);
  });

  it('names an export of every story after the first story and how many more follow', async () => {
    const second = { ...FIXTURE_STORY, id: 's2', title: '第二篇' };
    const untitled = {
      ...FIXTURE_SOURCE,
      title: FIXTURE_STORY.title,
      stories: [FIXTURE_STORY, second],
    };
    expect((await exportProject('txt', untitled, { now: NOW })).fileName).toBe(
      `${safeFileName(FIXTURE_STORY.title)}-and-1-more.txt`,
    );
    const one = await exportProject('txt', untitled, { now: NOW, storyIds: ['s1'] });
    expect(one.fileName).toBe(`${safeFileName(FIXTURE_STORY.title)}.txt`);
  });

  it('is reproducible for a fixed time', async () => {
    for (const format of ['txt', 'tei', 'csv', 'html', 'json'] as const) {
      const a = await exportProject(format, FIXTURE_SOURCE, { now: NOW });
      const b = await exportProject(format, FIXTURE_SOURCE, { now: NOW });
      expect(a.data).toEqual(b.data);
    }
  });

  it('gives documents that read back to the canonical', async () => {
    const docx = await exportProject('docx', FIXTURE_SOURCE, { now: NOW });
    if (typeof docx.data === 'string') throw new Error('docx must be bytes');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.data) });
    expect(value.split('\n').filter(Boolean)).toEqual(paragraphsOf(FIXTURE_CANONICAL));
    const tei = await exportProject('tei', FIXTURE_SOURCE, { now: NOW });
    expect(() => parseXml(String(tei.data))).not.toThrow();
    const csv = await exportProject('csv', FIXTURE_SOURCE, { now: NOW });
    expect(parseCsv(String(csv.data))).toHaveLength(
      1 + (FIXTURE_SOURCE.stories[0]?.flags.length ?? 0),
    );
  });

  it('names the redline after the variant and stamps the editor of the latest decision', async () => {
    const file = await exportProject('redline', FIXTURE_SOURCE, { now: NOW, redlineVariant: 'v3' });
    expect(file.fileName).toBe('城东区稿件校对-redline-city-news.docx');
  });

  it('rejects an unknown story', async () => {
    await expect(exportProject('txt', FIXTURE_SOURCE, { storyIds: ['s9'] })).rejects.toThrow(
      /no story "s9"/,
    );
  });
});

describe('reviewSummary and openFlagsQuestion', () => {
  it('counts the open flags and asks about them', () => {
    const summary = reviewSummary(FIXTURE_SOURCE);
    expect(summary.open).toBe(1);
    expect(openFlagsQuestion(summary)).toBe('1 flag is still open — export anyway?');
    expect(openFlagsQuestion({ ...summary, open: 0 })).toBeNull();
    expect(openFlagsQuestion({ ...summary, open: 3 })).toBe(
      '3 flags are still open — export anyway?',
    );
  });
});

describe('helpers', () => {
  it('knows its formats and makes safe file names', () => {
    expect(isExportFormat('redline')).toBe(true);
    expect(isExportFormat('pdf')).toBe(false);
    expect(safeFileName('a/b:c*?"<>|\u0001 d')).toBe('a_b_c_ d');
    expect(safeFileName('...')).toBe('variorum');
  });
});

describe('toSaveRequest', () => {
  it('suggests the file name and a filter for the format', async () => {
    const file = await exportProject('redline', FIXTURE_SOURCE, { now: NOW });
    const request = toSaveRequest('redline', file);
    expect(request.suggestedName).toBe(file.fileName);
    expect(request.data).toBe(file.data);
    expect(request.filters?.[0]?.extensions).toEqual(['docx']);
  });
});

describe('several stories', () => {
  // A second story that the editor has not opened: carried by v1 and v2 only, no flags.
  const second = {
    id: 's2',
    title: '城东区',
    spans: [
      { variant: 'v1', start: 0, end: 3 },
      { variant: 'v2', start: 0, end: 3 },
    ],
    missing: ['v3'],
    flags: [],
  };
  const source = { ...FIXTURE_SOURCE, stories: [...FIXTURE_SOURCE.stories, second] };

  it('writes each story in order, reviewed or not, in every text format', async () => {
    const txt = String((await exportProject('txt', source, { now: NOW })).data);
    // Each story under its title, a separator line between stories.
    const first = titledCanonical(FIXTURE_STORY.title, FIXTURE_CANONICAL);
    expect(txt).toBe(`${first}\n\n${STORY_SEPARATOR}\n\n城东区\n\n社区食\n`);
    const md = String((await exportProject('md', source, { now: NOW })).data);
    expect(md.match(/^# .*/gm)).toEqual(['# 社区食堂温暖老人心', '# 城东区']);
    const docx = await exportProject('docx', source, { now: NOW });
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(docx.data as Uint8Array),
    });
    expect(value.split('\n').filter(Boolean)).toEqual([
      ...paragraphsOf(FIXTURE_CANONICAL),
      '城东区',
      '社区食',
    ]);
  });

  it('exports only the stories asked for, in the order asked', async () => {
    const txt = String(
      (await exportProject('txt', source, { now: NOW, storyIds: ['s2', 's1'] })).data,
    );
    const first = titledCanonical(FIXTURE_STORY.title, FIXTURE_CANONICAL);
    expect(txt).toBe(`城东区\n\n社区食\n\n${STORY_SEPARATOR}\n\n${first}\n`);
  });

  it('redlines only the stories the variant carries', async () => {
    await expect(
      exportProject('redline', source, { storyIds: ['s2'], redlineVariant: 'v3' }),
    ).rejects.toThrow(/carries none/);
  });
});
