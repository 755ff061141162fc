/**
 * The desk report of a day's pages: one HTML page listing every shared story with its flags, for
 * the copy desk to read in a browser or print. Each flag shows its readings grouped by text (which
 * pages print which reading, the majority first) with a little of the surrounding text of one page
 * that prints it, so a flag can be judged without opening the pages. Pure string building: no
 * file system here (desk-report-output.ts writes it).
 */
import {
  CATEGORIES,
  type Category,
  type CompareResult,
  type Flag,
  type Reading,
  type Story,
  type VariantText,
} from '../../app/model/types';

/** Characters of context shown on each side of a reading. */
const CONTEXT_CHARS = 16;
/** Page names listed for a reading before the rest are counted ("and 40 more"). */
const MAX_NAMES = 6;

/** Options of the report; `now` is injectable so tests get a fixed date line. */
export interface DeskReportOptions {
  readonly now?: Date;
  readonly title?: string;
}

/** The desk report as one self-contained HTML document (inline CSS, print styles, no scripts). */
export function buildDeskReport(
  result: CompareResult,
  variants: readonly VariantText[],
  options: DeskReportOptions = {},
): string {
  const texts = new Map(variants.map((v) => [v.id, v.text]));
  const names = new Map(result.variants.map((v) => [v.id, v.name]));
  const flags = result.stories.flatMap((s) => s.flags);
  const title =
    options.title ??
    `Desk report: ${result.variants.length} pages, ${result.stories.length} shared stories`;
  const when = (options.now ?? new Date()).toISOString().replace('T', ' ').slice(0, 16);
  const body = [
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(when)} UTC · ${result.variants.length} pages · ${result.stories.length} shared stories · ${plural(flags.length, 'flag')} (${countLine(flags)})</p></header>`,
    `<nav><h2>Stories</h2><ol>${result.stories.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a> <span class="count">${carriers(s).size} pages · ${plural(s.flags.length, 'flag')}</span></li>`).join('')}</ol></nav>`,
    ...result.stories.map((story) => storySection(story, texts, names)),
  ];
  return `<!DOCTYPE html>\n<html lang="und"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

function storySection(
  story: Story,
  texts: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): string {
  const pages = [...carriers(story)].map((id) => names.get(id) ?? id);
  const flags = story.flags.map((flag) => flagRow(flag, texts, names)).join('');
  return [
    `<section class="story" id="${escapeHtml(story.id)}">`,
    `<h2>${escapeHtml(story.title)}</h2>`,
    `<p class="meta">${pages.length} pages: ${escapeHtml(listNames(pages))} · ${plural(story.flags.length, 'flag')} (${countLine(story.flags)})</p>`,
    story.flags.length === 0
      ? '<p class="clean">No discrepancies: every page prints the same text.</p>'
      : `<table><thead><tr><th>flag</th><th>category</th><th>readings (pages that print each)</th></tr></thead><tbody>${flags}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function flagRow(
  flag: Flag,
  texts: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): string {
  const groups = new Map<string, Reading[]>();
  for (const reading of flag.readings)
    groups.set(reading.text, [...(groups.get(reading.text) ?? []), reading]);
  // The majority reading first, then by how many pages print it.
  const ordered = [...groups].sort(
    ([a, ra], [b, rb]) =>
      Number(b === flag.majority) - Number(a === flag.majority) || rb.length - ra.length,
  );
  const readings = ordered
    .map(([text, readings]) => {
      const first = readings[0] as Reading;
      const shown =
        text === ''
          ? '<span class="absent">(absent)</span>'
          : `<mark>${escapeHtml(shorten(text))}</mark>`;
      const pages = readings.map((r) => names.get(r.variant) ?? r.variant);
      return `<li>${context(texts.get(first.variant) ?? '', first, shown)}<span class="pages">${readings.length} · ${escapeHtml(listNames(pages))}</span></li>`;
    })
    .join('');
  const note = flag.note ? `<div class="note">${escapeHtml(flag.note)}</div>` : '';
  return `<tr class="${flag.category}"><td>${escapeHtml(flag.id)}</td><td>${flag.category}</td><td><ul>${readings}</ul>${note}</td></tr>`;
}

/** Readings longer than this (an omitted paragraph) show their start and end around an ellipsis. */
const MAX_READING_CHARS = 90;

/** A long reading as its first and last words: an omitted paragraph need not fill the sheet. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length <= MAX_READING_CHARS ? flat : `${flat.slice(0, 60)} … ${flat.slice(-24)}`;
}

/** The reading inside a little of its page's text, on one line. */
function context(text: string, reading: Reading, shown: string): string {
  const oneLine = (s: string): string => escapeHtml(s.replace(/\s+/gu, ' '));
  const before = text.slice(Math.max(0, reading.start - CONTEXT_CHARS), reading.start);
  const after = text.slice(reading.end, reading.end + CONTEXT_CHARS);
  return `<span class="context">…${oneLine(before)}${shown}${oneLine(after)}…</span>`;
}

function carriers(story: Story): Set<string> {
  return new Set(story.spans.map((s) => s.variant));
}

function countLine(flags: readonly Flag[]): string {
  const counts = new Map<Category, number>();
  for (const flag of flags) counts.set(flag.category, (counts.get(flag.category) ?? 0) + 1);
  return (
    CATEGORIES.filter((c) => counts.has(c))
      .map((c) => `${c} ${counts.get(c) ?? 0}`)
      .join(', ') || 'none'
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES).join(', ');
  return names.length > MAX_NAMES ? `${shown} and ${names.length - MAX_NAMES} more` : shown;
}

/** Text as HTML character data or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `
body{font:15px/1.5 system-ui,"Noto Sans CJK SC","Noto Sans",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.5rem 0 .25rem}
.meta,.count,.pages{color:#555;font-size:.85rem}.pages{display:block}
nav ol{padding-left:1.5rem}nav li{margin:.1rem 0}
table{border-collapse:collapse;width:100%}th,td{border-top:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
td:first-child{white-space:nowrap;color:#555}ul{list-style:none;margin:0;padding:0}li+li{margin-top:.2rem}
mark{background:#fff0a8;padding:0 .1rem}.absent{color:#a00;font-style:italic}.note{color:#555;font-size:.85rem}
tr.name td:nth-child(2){color:#8a2be2}tr.number td:nth-child(2){color:#b35900}tr.omission td:nth-child(2){color:#a00}
.clean{color:#276b27}
@media print{body{margin:0;max-width:none;font-size:10.5pt}nav{break-after:page}.story{break-before:page}
tr{break-inside:avoid}a{color:inherit;text-decoration:none}mark{background:none;font-weight:bold;text-decoration:underline}}
`;
