/**
 * The report as one self-contained, printable HTML page: counts per category and status, a
 * legend giving each variant a colour, then per story a table of every flag with each variant's
 * reading in its colour, the majority, the decision and the final text. No scripts, fonts or
 * other external resources, and every piece of text is escaped.
 */
import { CATEGORIES, type StyleNote } from '../model/types';
import { FLAG_STATUSES, summarizeRows, type ReportRow } from './report-rows';
import { escapeHtml as esc } from './xml-escape';
import type { ExportVariant } from './types';

/** Light backgrounds with a darker edge, distinct in print and for common colour blindness. */
const VARIANT_COLOURS: readonly (readonly [string, string])[] = [
  ['#e3f0fb', '#1f6fb2'],
  ['#fdebd8', '#c25e00'],
  ['#e4f5e6', '#2b8a3e'],
  ['#f6e3f3', '#9c36b5'],
  ['#fff5cc', '#a07800'],
  ['#e6e6fa', '#4c4cad'],
  ['#fbe4e4', '#c92a2a'],
  ['#e0f4f4', '#0b7285'],
];

const STYLE = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif;margin:2rem;color:#222;line-height:1.5}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc}
.meta{color:#666;font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}
table.counts,table.statuses{width:auto;min-width:20rem}
td.id{white-space:nowrap;font-family:ui-monospace,monospace;font-size:.8rem}
td.reading{border-left-width:4px;white-space:pre-wrap}
td.final{white-space:pre-wrap;font-weight:600}
.absent{color:#888;font-style:italic}
.same{color:#2b8a3e}
.status-open{color:#c92a2a;font-weight:600}
.category{display:inline-block;padding:0 .4rem;border-radius:.6rem;background:#eee;font-size:.8rem}
.legend span{display:inline-block;margin-right:1rem;padding:0 .4rem;border-left:4px solid}
@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}
`;

/** The HTML page as a string. */
export function reportHtml(
  rows: readonly ReportRow[],
  variants: readonly ExportVariant[],
  meta: { readonly title: string; readonly generatedAt: string },
  styleNotes: readonly StyleNote[] = [],
): string {
  const summary = summarizeRows(rows);
  const colour = (i: number): readonly [string, string] =>
    VARIANT_COLOURS[i % VARIANT_COLOURS.length] ?? ['#fff', '#000'];
  const legend = variants
    .map(
      (v, i) =>
        `<span style="background:${colour(i)[0]};border-color:${colour(i)[1]}">${esc(v.id)} · ${esc(v.name)}</span>`,
    )
    .join('');
  const categoryRows = CATEGORIES.map(
    (c) =>
      `<tr><td><span class="category">${c}</span></td><td>${summary.byCategory[c].total}</td><td>${summary.byCategory[c].open}</td></tr>`,
  ).join('');
  const statusCells = FLAG_STATUSES.map((s) => `<td>${summary.byStatus[s]}</td>`).join('');
  const names = new Map(variants.map((v) => [v.id, v.name]));
  const notes =
    styleNotes.length === 0
      ? ''
      : `<h2>Style notes (folded, not flagged)</h2>\n<ul class="style-notes">${styleNotes
          .map(
            (n) =>
              `<li><strong>${esc(names.get(n.variant) ?? n.variant)}</strong>: ${esc(n.message)}</li>`,
          )
          .join('')}</ul>`;
  const stories = groupByStory(rows)
    .map(({ id, title, rows: storyRows }) => {
      const head = variants
        .map((v, i) => `<th style="border-bottom:3px solid ${colour(i)[1]}">${esc(v.name)}</th>`)
        .join('');
      const body = storyRows.map((row) => flagRow(row, variants, colour)).join('\n');
      return `<section id="${esc(id)}"><h2>${esc(title)}</h2>
<table><thead><tr><th>flag</th><th>category</th><th>why</th>${head}<th>majority</th><th>decision</th><th>final text</th><th>note</th><th>editor</th><th>time</th></tr></thead>
<tbody>
${body}
</tbody></table></section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(meta.title)} — Variorum report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(meta.title)}</h1>
<p class="meta">Variorum report · ${esc(meta.generatedAt)} · ${summary.total} flags, ${summary.open} open</p>
<p class="legend">${legend}</p>
<table class="counts"><thead><tr><th>category</th><th>flags</th><th>open</th></tr></thead><tbody>${categoryRows}</tbody></table>
<table class="statuses"><thead><tr>${FLAG_STATUSES.map((s) => `<th>${s}</th>`).join('')}</tr></thead><tbody><tr>${statusCells}</tr></tbody></table>
${stories}
${notes}
</body>
</html>
`;
}

function flagRow(
  row: ReportRow,
  variants: readonly ExportVariant[],
  colour: (i: number) => readonly [string, string],
): string {
  const readings = variants
    .map((v, i) => {
      const text = row.readings[v.id];
      const style = `background:${colour(i)[0]};border-left-color:${colour(i)[1]}`;
      if (text === null || text === undefined)
        return `<td class="reading" style="${style}"><span class="absent">no story</span></td>`;
      // A tick marks the variants the canonical agrees with, so the odd one out stands out.
      const same =
        row.finalText !== null && text === row.finalText
          ? ' <span class="same" title="same as final">✓</span>'
          : '';
      return `<td class="reading" style="${style}">${text ? esc(text) : '<span class="absent">(absent)</span>'}${same}</td>`;
    })
    .join('');
  const final =
    row.finalText === null ? '<span class="absent">(place edited away)</span>' : esc(row.finalText);
  return `<tr id="${esc(row.flagId)}"><td class="id">${esc(row.flagId)}</td><td><span class="category">${row.category}</span></td><td class="why" title="${esc(row.rule)}">${esc(row.why)}</td>${readings}<td>${esc(row.majority ?? '(tie)')}</td><td class="status-${row.status}">${row.status}</td><td class="final">${final}</td><td>${esc(row.note)}</td><td>${esc(row.editor)}</td><td>${esc(row.at)}</td></tr>`;
}

function groupByStory(
  rows: readonly ReportRow[],
): { id: string; title: string; rows: ReportRow[] }[] {
  const groups: { id: string; title: string; rows: ReportRow[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.id === row.storyId) last.rows.push(row);
    else groups.push({ id: row.storyId, title: row.storyTitle, rows: [row] });
  }
  return groups;
}
