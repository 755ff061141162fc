/**
 * The report as CSV for Excel and pipelines: one row per flag, RFC 4180 (CRLF records, fields
 * quoted when they hold a comma, quote or line break, quotes doubled), with a UTF-8 byte order
 * mark because Excel otherwise reads UTF-8 Chinese as the system code page.
 */
import type { ReportRow } from './report-rows';
import type { ExportVariant } from './types';

/** The fixed columns before and after the per-variant readings. */
const LEADING = ['story', 'flag id', 'category', 'rule', 'why'] as const;
const TRAILING = ['majority', 'decision status', 'final text', 'note', 'editor', 'time'] as const;

/** The header row: fixed columns around one column per variant, named "name (id)". */
export function csvHeader(variants: readonly ExportVariant[]): string[] {
  return [...LEADING, ...variants.map((v) => `${v.name} (${v.id})`), ...TRAILING];
}

/** The CSV text, BOM included; one record per row after the header. */
export function reportCsv(rows: readonly ReportRow[], variants: readonly ExportVariant[]): string {
  const records = [csvHeader(variants)];
  for (const row of rows) {
    records.push([
      // The title is what an editor recognises; the flag id that follows starts with the story id.
      row.storyTitle || row.storyId,
      row.flagId,
      row.category,
      row.rule,
      row.why,
      // An empty cell is an empty reading (absent text); "—" marks a variant without the story.
      ...variants.map((v) => row.readings[v.id] ?? '—'),
      row.majority ?? '',
      row.status,
      row.finalText ?? '',
      row.note,
      row.editor,
      row.at,
    ]);
  }
  return `\ufeff${records.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * Characters that make a spreadsheet read a cell as a formula when they open it (CSV injection):
 * the OWASP list = + - @, tab and carriage return. A reading such as `=HYPERLINK(…)` or `-2+3`
 * in a hostile or unlucky source must stay text when an editor opens the report in Excel.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, quoted only when it must be; line breaks inside a field become CRLF as Excel writes
 * them. A field starting with a formula character is neutralised as OWASP recommends: a single
 * quote is put before it and the field is quoted, so Excel, LibreOffice and Sheets show it as text.
 */
export function csvField(value: string): string {
  const text = value.replace(/\r\n|\r|\n/g, '\r\n');
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Parses RFC 4180 CSV (BOM allowed) into records; for tests and for reading a report back. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && source[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
