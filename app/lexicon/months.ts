/**
 * English month names and the abbreviations wire style prints before a day (AP: Jan., Feb.,
 * Aug., Sept., Oct., Nov., Dec.): one list, read by the number rules (a changed month is a
 * changed date) and the name rules (a month is no proper noun).
 */

/** The months, January first. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Abbreviations by month number (1-based), without their full stop. */
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

/** The month (1–12) a word names, written out or abbreviated with or without its stop; null otherwise. */
export function monthOf(word: string): number | null {
  const index = MONTHS.indexOf(word);
  if (index >= 0) return index + 1;
  return ABBREVIATIONS[word.replace(/\.$/, '')] ?? null;
}

/** The characters that follow a date's numbers in Chinese (2026年7月2日). */
export const DATE_UNITS: ReadonlySet<string> = new Set(['年', '月', '日']);
