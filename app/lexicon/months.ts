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

/**
 * The month an abbreviation names: its first three letters (Jan, Mar, Dec; May has none of its
 * own), or AP's Sept; with or without its full stop.
 */
function abbreviated(word: string): number | null {
  const stem = word.endsWith('.') ? word.slice(0, -1) : word;
  if (stem === 'Sept') return 9;
  const index = stem.length === 3 ? MONTHS.findIndex((m) => m.startsWith(stem) && m !== stem) : -1;
  return index >= 0 ? index + 1 : null;
}

/** The month (1–12) a word names, written out or abbreviated with or without its stop; null otherwise. */
export function monthOf(word: string): number | null {
  const index = MONTHS.indexOf(word);
  return index >= 0 ? index + 1 : abbreviated(word);
}

/** The characters that follow a date's numbers in Chinese (2026年7月2日). */
export const DATE_UNITS: ReadonlySet<string> = new Set(['年', '月', '日']);
