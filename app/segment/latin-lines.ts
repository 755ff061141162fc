/**
 * Shapes of lines in English (Latin-script) pages: bylines (By Jane Smith, Associated Press),
 * datelines that open a story (PORTLAND, Maine (AP) —), photo captions and credits, and headlines,
 * which are measured in words rather than characters.
 */
import { hasHan } from '../lexicon/characters';

/** True when the line is written in Latin script (no Han characters, mostly Latin letters). */
export function isLatinLine(line: string): boolean {
  if (hasHan(line)) return false;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin > 0 && latin >= letters * 0.8;
}

/** A capitalised word of a name or a credit: letters, combining accents (a page in NFD), stops, apostrophes, hyphens. */
const BYLINE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;

/**
 * A byline: By and capitalised names, joined by spaces, "and" / "&", commas, bars, slashes or
 * dashes, with the lower-case particles of a surname between them (van der, de la, bin), then
 * optionally a credit that may hold lower-case words (By Jane Smith | Staff Writer, By Ann Lee
 * and Raj Patel, Staff Writers, By A, B and C, Associated Press, By Jane Smith, Herald staff
 * writer); or BY in capitals. 120 characters hold four names and a credit; a sentence starting
 * "By 2028 …" has a digit, not a capital, after By, and one starting "By then the river …" a
 * lower-case word longer than a particle.
 */
export const LATIN_BYLINE = new RegExp(
  String.raw`^(?=.{0,120}$)(?:By|BY)\s+${BYLINE_WORD}(?:(?:\s*[,|/—–]\s*|\s+-\s+|\s+)(?:(?:and|AND|&)\s+)?(?:\p{Ll}{1,3}\s+){0,2}${BYLINE_WORD})*(?:\s*[,|/—–-]\s*\p{Lu}[\p{L}\p{M}.&'’ -]{1,60})?$`,
  'u',
);

/**
 * A contributor line closing a wire story: Associated Press writer Tom Beck contributed to this
 * report. / Jane Roe in Denver contributed reporting. A credit, not body text; "to this report"
 * or "reporting" is required so that a sentence about contributions stays a sentence.
 */
export const LATIN_CONTRIBUTORS =
  /^[\p{L}\d .,'’&-]{3,160}\scontributed\s+(?:to\s+(?:this|the)\s+(?:report|story)|reporting(?:\s+(?:to\s+(?:this|the)\s+(?:report|story)|from\s+[\p{L} .,'’-]{2,60}))?)\.?$/u;

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/**
 * A paragraph that opens with a dateline: a place in capitals, optionally a state or country and
 * a date, optionally the agency in brackets, then a dash: PORTLAND, Maine (AP) — / PORT ELLIS,
 * March 5 (AWS) - / WASHINGTON (Reuters) -. Body sentences do not start with a capitalised place
 * followed by a dash.
 */
export const LATIN_DATELINE_LEAD = new RegExp(
  `^\\p{Lu}{2,}(?:[ .'-]+\\p{Lu}{2,})*\\.?(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?(?:,?\\s*${MONTH}\\s+\\d{1,2})?\\s*(?:\\([A-Za-z][A-Za-z .&/-]{0,30}\\))?\\s*[—–-]{1,2}\\s`,
  'u',
);

/** An advertisement marker line in English pages: ADVERTISEMENT, Sponsored content. */
export const LATIN_NOTICE =
  /^(?:ADVERTISEMENT|Advertisement|ADVERTISING|SPONSORED(?: CONTENT)?|Sponsored(?: content)?|PAID NOTICE|Paid notice|LEGAL NOTICE|Legal notice|PUBLIC NOTICE|Public notice)\b/u;

/** Photo captions and credits in English. */
export const LATIN_CAPTIONS: readonly RegExp[] = [
  /^(?:Photo caption|Caption|Photo|Pictured|PHOTO|CAPTION)\s*[:：]/u, // Photo caption: Workers check …
  /^(?:Photo|Photograph|Image)s?\s+(?:by|courtesy(?: of)?)\s/iu, // Photo by Jane Smith
  /\(\s*(?:[\p{Lu}][\p{L}.]*\s+)*(?:Photo|Photograph|Image)\b[^)]*\)\.?$/u, // … (AP Photo/Jane Smith)
];

/**
 * A headline fits in 16 words and 110 characters: wire headlines run to about a dozen words; a
 * sentence-length line without a full stop is more likely a paragraph broken by a column.
 */
export function latinTitleFits(line: string): boolean {
  const words = line.trim().split(/\s+/u).length;
  return words <= 16 && line.trim().length <= 110;
}

/**
 * A Latin line that is the first half of a sentence broken by a column, not a headline: it starts
 * with a small letter, or ends on a comma, a hyphen or a function word (an article, a preposition
 * such as about or including, a conjunction, an auxiliary such as has or will), which no headline
 * stops on.
 */
export function latinFragment(line: string): boolean {
  const t = line.trim();
  if (/^\p{Ll}/u.test(t)) return true;
  if (/[,\-–—(]$/u.test(t)) return true;
  return /\b(?:and|or|but|the|a|an|of|to|in|on|for|with|at|by|from|that|which|who|as|is|are|was|were|said|about|including|than|into|its|their|has|have|had|will|would|could|should|been)$/iu.test(
    t,
  );
}
