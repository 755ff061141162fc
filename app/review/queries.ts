/**
 * The one review-query module: every read-only question the review UI, the bench and the reports
 * ask of a story and its review. Each question lives in its own file; this is where they are found.
 * - readings.ts: a flag's readings grouped by folded form, the majority, the suggested reading;
 * - flag-list.ts: the flag list's filter, counts, and the next / previous flag;
 * - paragraphs.ts: the canonical's paragraphs and the flags in each;
 * - synopsis.ts: every page at a flag with context, and the page the right pane follows to;
 * - number-table.ts, variance.ts: the numbers table and the variance strip.
 */
export { statusOf } from './flag-status';
export {
  groupReadings,
  isAbsent,
  majorityReading,
  suggestedReading,
  type ReadingGroup,
} from './readings';
export {
  NO_FILTER,
  STATUSES,
  countFlags,
  filterFlags,
  matchesFilter,
  stepFlag,
  type FlagCounts,
  type ReviewFilter,
} from './flag-list';
export { groupByParagraph, paragraphAt, paragraphStarts } from './paragraphs';
export { synopsisOf } from './synopsis';
export { numberRows, type NumberRow } from './number-table';
export { varianceProfile, type VarianceBucket } from './variance';
