/**
 * The time stamps of English web pages and aggregators, each on a line of its own: Published …
 * Updated …, a bare date and time, an audio player's or a reading time, a source and a stamp
 * between bars or dots. The page's furniture, not the story's text (classify-line.ts).
 */

/** A date in English (Apr. 2, 2026) or digits (2026-04-02), or a clock time (8:10). */
const LATIN_DATE_OR_TIME =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{4}-\d{2}-\d{2}|\b\d{1,2}:\d{2}\b/u;

/**
 * A source and a time stamp set between bars or dots (Coastal Wire | Updated Apr. 2, 2026, From The
 * Associated Press | Dec 4, 2025, Story by … • 5h): short fields, one of them a date, a stamp or
 * an age, none a sentence.
 */
export function isStampRow(line: string, len: number): boolean {
  if (len > 90) return false;
  const fields = line.split(/\s*[|｜]\s*|\s+[•·]\s+/u).filter((f) => f.length > 0);
  if (fields.length < 2 || fields.some((f) => f.split(/\s+/u).length > 8)) return false;
  return fields.some(
    (f) => isLatinStamp(f, len) || LATIN_DATE_OR_TIME.test(f) || LATIN_AGE.test(f.trim()),
  );
}

/**
 * A story's age as an aggregator prints it beside its credit (Story by … • 5h, · 2 hrs ago): a
 * field of its own, a count and a unit of time, nothing else.
 */
const LATIN_AGE = /^\d{1,2}\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)(?:\s+ago)?$/iu;

/**
 * An English web page's time stamp: Published, Updated or Posted and a date or a clock time, on a
 * line that says nothing else (Published 6:10 AM EDT, April 1, 2026 | Updated 9:45 AM).
 */
const LATIN_STAMP =
  /^(?:(?:First\s+)?[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast\s+updated|[Mm]odified)(?:\s+(?:on|at))?:?\s+[^.!?]{0,70}?(?:\d{1,2}:\d{2}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{4}-\d{2}-\d{2})[^.!?]{0,60}$/u;

/**
 * A line that is a date and a clock time and nothing else (March 9, 2027 at 7:45 AM EST; Sat, Mar
 * 9, 2027, 7:45 am): a web page's time stamp without its label.
 */
const LATIN_DATE_TIME =
  /^(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s+\d{1,2},?\s+\d{4},?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|AM|PM)(?:\s+[A-Z]{2,4})?$/u;

/** A web page's audio player or reading time: Listen · 4:05, Listen to this article 3 min, 6 min read. */
const LATIN_PLAYER =
  /^(?:(?:Listen|Play|Watch)(?:\s+to\s+(?:this|the)\s+(?:article|story))?\s*[·•|:-]?\s*(?:\d{1,2}:\d{2}|\d{1,2}\s*min(?:utes?)?)|\d{1,2}\s*min(?:ute)?\s+(?:read|listen))$/iu;

/** A time stamp line; the full stops of a.m., p.m. and Apr. are no sentence ends. */
export function isLatinStamp(line: string, len: number): boolean {
  if (len > 90) return false;
  const t = line
    .replace(/\b([ap])\.m\./giu, '$1m')
    .replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./gu, '$1');
  if (LATIN_STAMP.test(t) || LATIN_DATE_TIME.test(t.trim()) || LATIN_PLAYER.test(t.trim()))
    return true;
  // A date, then the stamp: Apr 1, 2026 Updated Apr 2, 2026.
  const dated = /^[A-Z][a-z]{2,8}\s+\d{1,2},?\s+\d{4}\s+(?=(?:Updated|Posted|Published)\b)/u.exec(
    t,
  );
  return dated !== null && LATIN_STAMP.test(t.slice(dated[0].length));
}
