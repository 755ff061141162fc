import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIXTURE_SOURCE, FIXTURE_STORY } from '../../test/fixtures/export/export-fixture';
import { csvField, csvHeader, parseCsv, reportCsv } from './report-csv';
import { reportHtml } from './report-html';
import { reportJsonDocument } from './report-json';
import { reportRows, summarizeRows } from './report-rows';
import { resolveStories } from './story-texts';
import type { ExportSource } from './types';

const variants = FIXTURE_SOURCE.variants;
const rows = reportRows(resolveStories(FIXTURE_SOURCE), variants);

describe('reportRows', () => {
  it('has one row per flag with the decision or open status', () => {
    expect(rows.map((r) => [r.flagId, r.status])).toEqual([
      ['s1-f1', 'picked'],
      ['s1-f2', 'rejected'],
      ['s1-f3', 'open'],
      ['s1-f4', 'rejected'],
    ]);
    expect(rows[0]?.finalText).toBe('3500');
    expect(rows[2]?.finalText).toBe('，');
    expect(rows[3]?.note).toBe(FIXTURE_STORY.flags[3]?.note);
  });

  it('carries the deciding rule and why, empty for flags recorded before rules', () => {
    expect([rows[0]?.rule, rows[0]?.why]).toEqual([
      'number.figure',
      'a number differs: 3200 / 3500',
    ]);
    expect([rows[1]?.rule, rows[1]?.why]).toEqual(['', '']);
    const [header, first] = parseCsv(reportCsv(rows, variants));
    expect(first?.[header?.indexOf('rule') ?? -1]).toBe('number.figure');
    expect(first?.[header?.indexOf('why') ?? -1]).toBe('a number differs: 3200 / 3500');
    const json = reportJsonDocument(rows, variants, {
      title: 't',
      generatedAt: '',
      storyOrder: [{ id: 's1', title: '' }],
    });
    expect(json.stories[0]?.flags[0]).toMatchObject({
      rule: 'number.figure',
      why: 'a number differs: 3200 / 3500',
    });
    expect(reportHtml(rows, variants, { title: 't', generatedAt: '' }, [])).toContain(
      'title="number.figure">a number differs: 3200 / 3500</td>',
    );
  });

  it('counts per category and status', () => {
    const summary = summarizeRows(rows);
    expect(summary.total).toBe(FIXTURE_STORY.flags.length);
    expect(summary.open).toBe(1);
    expect(summary.byCategory.punctuation).toEqual({ total: 1, open: 1 });
    expect(summary.byCategory.wording).toEqual({ total: 0, open: 0 });
    expect(summary.byStatus).toEqual({ open: 1, accepted: 0, rejected: 2, picked: 1, edited: 0 });
  });
});

/** What a cell reads back as: OWASP's neutralising quote before a formula start (a line break written as CRLF starts with CR). */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('reportCsv', () => {
  const csv = reportCsv(rows, variants);

  it('starts with a BOM and parses back to one record per flag', () => {
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual(csvHeader(variants));
    expect(records).toHaveLength(FIXTURE_STORY.flags.length);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    for (const [i, flag] of FIXTURE_STORY.flags.entries()) {
      const record = records[i] ?? [];
      expect(record).toHaveLength(header?.length ?? 0);
      expect(record[col('flag id')]).toBe(flag.id);
      expect(record[col('category')]).toBe(flag.category);
      for (const reading of flag.readings) {
        const v = variants.find((x) => x.id === reading.variant);
        expect(record[col(`${v?.name} (${v?.id})`)]).toBe(
          neutralised(reading.text.replace(/\r?\n/g, '\r\n')),
        );
      }
    }
    expect(records[0]?.[col('note')]).toBe('Checked with the desk: "3500" & not <3200>.');
  });

  it('round-trips any field through quoting', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({
            unit: fc.constantFrom('a', '中', ',', '"', '\n', ' ', '𠀋', '=', '-', '@', '\t'),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (fields) => {
          const line = `${fields.map(csvField).join(',')}\r\n`;
          expect(parseCsv(line)).toEqual([
            fields.map((f) => neutralised(f.replace(/\r?\n/g, '\r\n'))),
          ]);
        },
      ),
    );
  });

  it('neutralises formula cells as OWASP recommends: a leading quote, and the field quoted', () => {
    // Each of = + - @ tab CR at the start of a cell makes Excel or LibreOffice evaluate it.
    for (const hostile of [
      '=HYPERLINK("http://x.invalid","点击")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ]) {
      const field = csvField(hostile);
      expect(field.startsWith(`"'`), JSON.stringify(hostile)).toBe(true);
      expect(parseCsv(`${field}\r\n`)[0]?.[0]).toBe(`'${hostile.replace(/\r/g, '\r\n')}`);
    }
    // Harmless starts are left alone, including a formula sign later in the cell.
    expect(csvField('3200=3500')).toBe('3200=3500');
    expect(csvField('李肖娜')).toBe('李肖娜');
    expect(csvField("'quoted")).toBe("'quoted");
  });

  it('writes a hostile reading in a whole report as text', () => {
    const hostileRows = rows.map((row, i) =>
      i === 0 ? { ...row, note: '=cmd|"/c calc"!A1', finalText: '@x' } : row,
    );
    const [header, first] = parseCsv(reportCsv(hostileRows, variants));
    expect(first?.[header?.indexOf('note') ?? -1]).toBe('\'=cmd|"/c calc"!A1');
    expect(first?.[header?.indexOf('final text') ?? -1]).toBe("'@x");
  });
});

describe('reportHtml', () => {
  const hostile: ExportSource = {
    ...FIXTURE_SOURCE,
    variants: variants.map((v, i) => (i === 0 ? { ...v, name: '<script>alert(1)</script>' } : v)),
  };
  const hostileRows = reportRows(resolveStories(hostile), hostile.variants);
  const html = reportHtml(hostileRows, hostile.variants, {
    title: 'A & <B>',
    generatedAt: '2026-11-23T10:00:00Z',
  });

  it('escapes everything it prints', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<h1>A &amp; &lt;B&gt;</h1>');
    expect(html).toContain('&quot;3500&quot; &amp; not &lt;3200&gt;');
  });

  it('contains a row for every flag, every reading and the counts', () => {
    for (const flag of FIXTURE_STORY.flags) {
      expect(html).toContain(`<tr id="${flag.id}"><td class="id">${flag.id}</td>`);
      for (const reading of flag.readings)
        if (reading.text) expect(html).toContain(reading.text.trim());
    }
    expect(html).toMatch(/4 flags, 1 open/);
  });

  it('is self-contained', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
  });
});

describe('reportJsonDocument', () => {
  it('lists every flag with every variant reading and the summary', () => {
    const doc = reportJsonDocument(rows, variants, {
      title: 't',
      generatedAt: 'now',
      storyOrder: [{ id: 's1', title: 'x' }],
    });
    const parsed = JSON.parse(JSON.stringify(doc)) as typeof doc;
    expect(parsed.format).toBe('variorum-report');
    expect(parsed.stories[0]?.flags.map((f) => f.id)).toEqual(FIXTURE_STORY.flags.map((f) => f.id));
    expect(parsed.stories[0]?.flags[0]?.readings).toEqual([
      { variant: 'v1', text: '3200' },
      { variant: 'v2', text: '3500' },
      { variant: 'v3', text: '3200' },
    ]);
    expect(parsed.summary.open).toBe(1);
  });
});

describe('reportHtml style notes', () => {
  it('lists each style note under its variant, escaped', () => {
    const html = reportHtml(rows, variants, { title: 't', generatedAt: 'now' }, [
      {
        variant: 'v2',
        kind: 'half-width-punctuation',
        count: 3,
        message: 'uses half-width punctuation in 3 places <,>',
      },
    ]);
    expect(html).toContain(
      '<li><strong>east-daily.txt</strong>: uses half-width punctuation in 3 places &lt;,&gt;</li>',
    );
    expect(reportHtml(rows, variants, { title: 't', generatedAt: 'now' })).not.toContain(
      'Style notes',
    );
  });
});
