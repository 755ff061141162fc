/**
 * Every export behind one call: `exportProject(format, source, options)` returns the file to
 * save or download. The UI (download in the browser, save dialog in Electron) and the CLI both
 * go through here, so a format behaves the same wherever it is written from.
 */
import type { SaveRequest } from '../ipc/contract';
import { canonicalDocx } from './canonical-docx';
import { canonicalMarkdown, canonicalTxt } from './canonical-text';
import { redlineDocx, redlineVariantOf, revisionStamp } from './redline-docx';
import { reportCsv } from './report-csv';
import { reportHtml } from './report-html';
import { reportJsonDocument } from './report-json';
import { reportRows, summarizeRows, type ReviewSummary } from './report-rows';
import { resolveStories, type ResolvedStory } from './story-texts';
import { teiDocument } from './tei';
import { withLineEndings } from './text-blocks';
import {
  type ExportFormat,
  type ExportOptions,
  type ExportSource,
  type ExportedFile,
} from './types';

/** The types callers of exportProject need, re-exported so app/export/index is the one import. */
export type {
  ExportFormat,
  ExportOptions,
  ExportSource,
  ExportVariant,
  ExportedFile,
  HouseStyle,
} from './types';
/** Every export format, in menu order. */
export { EXPORT_FORMATS, isExportFormat } from './types';
/** Counts of flags, overall and per category and status. */
export type { ReviewSummary } from './report-rows';
/** Builds an export source from a project file's data. */
export { exportSourceFromProject, projectExportOptions } from './project-source';

/** How each format is described in a save dialog's filter. */
const FILTERS: Readonly<
  Record<ExportFormat, { readonly name: string; readonly extensions: readonly string[] }>
> = {
  txt: { name: 'Text', extensions: ['txt'] },
  md: { name: 'Markdown', extensions: ['md'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  redline: { name: 'Word document with tracked changes', extensions: ['docx'] },
  tei: { name: 'TEI XML', extensions: ['xml'] },
  csv: { name: 'CSV report', extensions: ['csv'] },
  html: { name: 'HTML report', extensions: ['html'] },
  json: { name: 'JSON report', extensions: ['json'] },
};

/**
 * The request for `window.api.saveFile` (a save dialog in Electron, a download in the browser)
 * that writes an exported file.
 */
export function toSaveRequest(format: ExportFormat, file: ExportedFile): SaveRequest {
  return { suggestedName: file.fileName, data: file.data, filters: [FILTERS[format]] };
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Writes the chosen stories of a project in one format. */
export async function exportProject(
  format: ExportFormat,
  source: ExportSource,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const stories = resolveStories(source, options);
  const title = source.title ?? stories[0]?.story.title ?? 'variorum';
  const base = fileBaseOf(title, stories);
  const now = options.now ?? new Date().toISOString();
  switch (format) {
    case 'txt':
      return {
        fileName: `${base}.txt`,
        mime: 'text/plain;charset=utf-8',
        data: canonicalTxt(stories, options),
      };
    case 'md':
      return {
        fileName: `${base}.md`,
        mime: 'text/markdown;charset=utf-8',
        data: canonicalMarkdown(stories, options),
      };
    case 'docx':
      return {
        fileName: `${base}.docx`,
        mime: DOCX_MIME,
        data: await canonicalDocx(stories, options, title),
      };
    case 'redline':
      return redlineFile(stories, source, base, now, options);
    case 'tei':
      return {
        fileName: `${base}.tei.xml`,
        mime: 'application/tei+xml',
        data: teiDocument(stories, source.variants, { ...options, title, now }),
      };
    case 'csv':
      return {
        fileName: `${base}-report.csv`,
        mime: 'text/csv;charset=utf-8',
        data: reportCsv(reportRows(stories, source.variants), source.variants),
      };
    case 'html':
      return {
        fileName: `${base}-report.html`,
        mime: 'text/html;charset=utf-8',
        data: reportHtml(
          reportRows(stories, source.variants),
          source.variants,
          { title, generatedAt: now },
          source.styleNotes,
        ),
      };
    case 'json':
      return jsonReportFile(stories, source, base, title, now, options);
    default:
      return unknownFormat(format);
  }
}

/** The redline: the chosen variant's text with tracked changes to the canonical, by the latest editor. */
async function redlineFile(
  stories: ReturnType<typeof resolveStories>,
  source: ExportSource,
  base: string,
  now: string,
  options: ExportOptions,
): Promise<ExportedFile> {
  const variant = redlineVariantOf(stories, options.redlineVariant);
  const name = source.variants.find((v) => v.id === variant)?.name ?? variant;
  const author = options.editor ?? latestEditor(stories) ?? 'Variorum';
  const data = await redlineDocx(
    stories,
    source.variants,
    variant,
    revisionStamp(author, now),
    options,
  );
  return {
    fileName: `${base}-redline-${safeFileName(name.replace(/\.[^.]+$/, ''))}.docx`,
    mime: DOCX_MIME,
    data,
  };
}

/** The JSON report (REPORT-FORMAT.md), in the stories' order. */
function jsonReportFile(
  stories: ReturnType<typeof resolveStories>,
  source: ExportSource,
  base: string,
  title: string,
  now: string,
  options: ExportOptions,
): ExportedFile {
  const doc = reportJsonDocument(
    reportRows(stories, source.variants),
    source.variants,
    {
      title,
      generatedAt: now,
      storyOrder: stories.map((s) => ({ id: s.story.id, title: s.story.title })),
    },
    source.styleNotes,
  );
  return {
    fileName: `${base}-report.json`,
    mime: 'application/json',
    data: withLineEndings(`${JSON.stringify(doc, null, 2)}\n`, options.lineEnding),
  };
}

/**
 * The counts behind "N flags are still open — export anyway?": exporting with open flags is
 * allowed (the canonical then keeps the base reading there) but the editor should know.
 */
export function reviewSummary(source: ExportSource, options: ExportOptions = {}): ReviewSummary {
  const stories = resolveStories(source, options);
  return summarizeRows(reportRows(stories, source.variants));
}

/** The question to ask before exporting, or null when every flag is decided. */
export function openFlagsQuestion(summary: ReviewSummary): string | null {
  if (summary.open === 0) return null;
  return summary.open === 1
    ? '1 flag is still open — export anyway?'
    : `${summary.open} flags are still open — export anyway?`;
}

/**
 * The file name (without extension) of an export: the project's title; for several stories whose
 * project is titled after its first story (the default), that title and how many more stories
 * follow, so the file of "Every story" is not named as if it held the first story alone.
 */
export function fileBaseOf(title: string, stories: readonly ResolvedStory[]): string {
  const first = stories[0]?.story.title;
  if (stories.length > 1 && first !== undefined && title.trim() === first.trim()) {
    return `${safeFileName(title)}-and-${stories.length - 1}-more`;
  }
  return safeFileName(title);
}

/**
 * A file name from a title: characters Windows, macOS or a shell would choke on become "_",
 * and it is cut at 80 characters so that the suffixes still fit in common path limits.
 */
export function safeFileName(title: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\\/:*?"<>|]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return Array.from(cleaned).slice(0, 80).join('') || 'variorum';
}

function latestEditor(stories: readonly ResolvedStory[]): string | undefined {
  const decisions = stories.flatMap((s) => Object.values(s.review.decisions));
  decisions.sort((a, b) => a.at.localeCompare(b.at));
  return decisions[decisions.length - 1]?.editor;
}

function unknownFormat(format: never): never {
  throw new Error(`unknown export format "${String(format)}"`);
}
