/**
 * The report as JSON for pipelines. The format is documented in REPORT-FORMAT.md beside this
 * file; `REPORT_FORMAT_VERSION` changes whenever a field changes meaning or disappears (adding a
 * field does not change it).
 */
import type { StyleNote } from '../model/types';
import { summarizeRows, type ReportRow, type ReviewSummary } from './report-rows';
import type { ExportVariant } from './types';

/** The version of the JSON report format. */
export const REPORT_FORMAT_VERSION = 1;

/** The JSON report document (see REPORT-FORMAT.md). */
export interface JsonReport {
  readonly format: 'variorum-report';
  readonly version: typeof REPORT_FORMAT_VERSION;
  readonly title: string;
  readonly generatedAt: string;
  readonly variants: readonly {
    readonly id: string;
    readonly name: string;
    readonly path?: string;
  }[];
  readonly summary: ReviewSummary;
  readonly stories: readonly {
    readonly id: string;
    readonly title: string;
    readonly flags: readonly JsonReportFlag[];
  }[];
  readonly styleNotes: readonly StyleNote[];
}

/** One flag in the JSON report. */
export interface JsonReportFlag {
  readonly id: string;
  readonly category: string;
  /** The classification rule that decided the category ("" when the project predates rules). */
  readonly rule: string;
  /** Why that rule decided, in the language of the comparison. */
  readonly why: string;
  readonly kind?: string;
  readonly readings: readonly { readonly variant: string; readonly text: string | null }[];
  readonly majority: string | null;
  readonly status: string;
  readonly finalText: string | null;
  readonly chosenVariant?: string;
  readonly note: string;
  readonly editor: string;
  readonly at: string;
}

/** Builds the report document. */
export function reportJsonDocument(
  rows: readonly ReportRow[],
  variants: readonly ExportVariant[],
  meta: {
    readonly title: string;
    readonly generatedAt: string;
    readonly storyOrder: readonly { id: string; title: string }[];
  },
  styleNotes: readonly StyleNote[] = [],
): JsonReport {
  const stories = meta.storyOrder.map((s) => ({
    id: s.id,
    title: s.title,
    flags: rows
      .filter((r) => r.storyId === s.id)
      .map((r): JsonReportFlag => ({
        id: r.flagId,
        category: r.category,
        rule: r.rule,
        why: r.why,
        ...(r.kind ? { kind: r.kind } : {}),
        readings: variants.map((v) => ({ variant: v.id, text: r.readings[v.id] ?? null })),
        majority: r.majority,
        status: r.status,
        finalText: r.finalText,
        ...(r.chosenVariant ? { chosenVariant: r.chosenVariant } : {}),
        note: r.note,
        editor: r.editor,
        at: r.at,
      })),
  }));
  return {
    format: 'variorum-report',
    version: REPORT_FORMAT_VERSION,
    title: meta.title,
    generatedAt: meta.generatedAt,
    variants: variants.map((v) => ({
      id: v.id,
      name: v.name,
      ...(v.path ? { path: v.path } : {}),
    })),
    summary: summarizeRows(rows),
    stories,
    styleNotes,
  };
}
