/**
 * Furniture at a story's edges: a line at the start or end of one file's part of a story that no
 * other file prints and that has the shape of furniture is neither story text nor a flag. Rules
 * over the line's shape and its cross-variant support, not a list of strings:
 *
 * - support: other files' text of the story holds less than 30% of the line's 4-grams (a short
 *   line: not at all). A line the others print is the story's, whatever its shape.
 * - shape, at either edge: a line wholly in brackets (an editor's credit, a picture note); a line
 *   with a date or a clock time and no sentence in it (a source or time stamp, "Published … Updated
 *   …"); a line cut into short segments by separators (a breadcrumb 首页 > 要闻, a masthead
 *   "NAME | date | page") or by wide gaps (an agate line of results); a copyright sign.
 * - shape, at the end only: a short line that ends no sentence, after the story's last sentence (an
 *   advertisement or a credit right after a cut tail). At the start such a line is a headline.
 */
import type { ContainsText } from './other-texts';
import type { Span, VariantText } from '../model/types';
import { FULL_STOPS, HAN, hanRegExp } from '../lexicon/characters';
import { isLatinLine, LATIN_CONTRIBUTORS } from '../segment/latin-lines';
import { isLabelShaped } from './page-heads';
import { classifyLine } from '../segment/classify-line';
import { isRunningHead } from '../segment/page-furniture';

/** Letters and digits only, lower case (NFKC): text compared across papers (the form `otherText` gives). */
export function plain(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

/** Below this share of 4-grams found in the other files, a line is this file's own. */
const MIN_SUPPORT = 0.3;

/** A line at least this share of whose letter pairs the others print is theirs too, changed. */
const MIN_PAIRS = 0.5;

/** Longest line (visible characters) taken for furniture by shape. */
const FURNITURE_MAX = 60;

/**
 * Shortest trailing line that ends no sentence and is taken for furniture: an advertisement or a
 * credit names something; a line of a few characters at the end is a cut tail's last words (长会
 * where the others print 长宁), too short to tell by its pairs.
 */
const TAIL_LINE_MIN = 6;

/** Longest trailing line that ends no sentence and is taken for furniture (an ad, a credit). */
const TAIL_LINE_MAX = 40;

function supported(line: string, others: ContainsText): boolean {
  const t = plain(line);
  if (t.length === 0) return true;
  // Too short for 4-grams (a section line A6 乡村振兴): printed as it is, or not.
  if (t.length < 8) return others.includes(t);
  let grams = 0;
  for (let i = 0; i + 4 <= t.length; i++) if (others.includes(t.slice(i, i + 4))) grams += 1;
  return grams >= MIN_SUPPORT * (t.length - 3);
}

/**
 * Support for a line under the story's last paragraph. A short credit in brackets ((新华社), (记者
 * 林晓帆)) names what every copy names in its dateline, so the others' text holds it anyway: it is
 * the story's only when another copy ends with the same line (`otherEnds`, the others' last lines).
 */
function supportedAtEnd(
  line: string,
  otherText: () => ContainsText,
  otherEnds: (() => ContainsText) | undefined,
): boolean {
  const t = plain(line);
  if (otherEnds !== undefined && t.length < SHORT_CREDIT && BRACKETED.test(line.trim()))
    return otherEnds().includes(t);
  return supported(line, otherText());
}

/** Below this many letters and digits a bracketed line is a credit (新华社, 记者林晓帆), too short for 4-grams. */
const SHORT_CREDIT = 8;

/**
 * True when most of the line's character pairs that hold a letter occur in the others' text: a
 * last line the others print with a character changed (长宁和 for 长宁路, 202等3年4月 for 2023年4月) rather than an
 * advertisement. Only at the tail (a cut tail's last line); digit pairs are in every story and do not count.
 */
function pairsSupported(line: string, others: ContainsText, share = MIN_PAIRS): boolean {
  if (isLatinLine(line)) return wordsSupported(line, others);
  const t = plain(line);
  let pairs = 0;
  let found = 0;
  for (let i = 0; i + 2 <= t.length; i++) {
    const pair = t.slice(i, i + 2);
    if (/^[0-9]+$/u.test(pair)) continue;
    pairs += 1;
    if (others.includes(pair)) found += 1;
  }
  return pairs > 0 && found >= share * pairs;
}

/**
 * The Latin-script form of pairsSupported: letter pairs are in any English text, so the words
 * count: most of the line's words of three letters or more occur in the others' text (a cut
 * tail's last words), or few do (an editor's or an advertiser's name, a pointer to another page).
 */
function wordsSupported(line: string, others: ContainsText): boolean {
  const words = (
    line
      .normalize('NFKC')
      .toLowerCase()
      .match(/\p{L}{3,}/gu) ?? []
  ).filter((w) => !/^\d+$/u.test(w));
  const found = words.filter((w) => others.includes(w)).length;
  return words.length > 0 && found >= MIN_PAIRS * words.length;
}

/**
 * Contact details: an e-mail or web address, or a telephone number (555-0142, 0539-3236 666). Not
 * a span of years (2025-2026) nor figures that go on into a measure (1200 1500人次): a cut tail's
 * last line may hold those.
 */
const CONTACT = hanRegExp(
  String.raw`[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|\bwww\.|(?<![\d.,])(?!(?:19|20)\d\d-(?:19|20)\d\d(?!\d))\d{3,4}[- ]\d{3,4}(?:[- ]\d{3,4})?(?![\d.,])(?!\s*[${HAN}])`,
);

/**
 * A credit under a story, sentence-shaped or not: Staff writer … contributed to this report,
 * Edited by …, Editor: …. Only at the end, and only unprinted by the others (as every edge line).
 */
const CREDIT = /^(?:(?:Edited|Compiled|Produced)\s+by\s|(?:Editor|Editors|Edited by)\s*:)/u;

const BRACKETED = /^[（(【［[〔<《].*[）)】］\]〕>》]$/u;
const DATE_OR_TIME =
  /\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[:：]\s*\d{2}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/u;
const SENTENCE_INSIDE = new RegExp(String.raw`[${FULL_STOPS}][^${FULL_STOPS}]*\S`, 'u');
const SEPARATORS = /\s[>›»|｜·•]\s|\s?[>›»|｜]\s?/gu;
const SENTENCE_END = new RegExp(`[${FULL_STOPS}.…”"’'）)]$`, 'u');
/**
 * A line that ends a sentence (新赛季定于2026年5月开始。, The season opens May 2.): a date in it is
 * the story's, not a time stamp's (Updated 7:15 p.m. ends in an abbreviation's point).
 */
const ENDS_SENTENCE = new RegExp(
  `(?:[${FULL_STOPS}…][”"’）)]?|(?:\\p{L}{3,}|\\d)\\.[”"’)]?)$`,
  'u',
);

/**
 * Fields set apart by wide gaps (two spaces or more): an agate line of results or prices
 * (SOCCER  Pine Ridge 2  Elm Valley 0), a masthead's fields. Two gaps or more and no sentence end;
 * a sentence with a stray double space has one, or ends.
 */
const WIDE_GAP = /\S(?: {2,}|\u3000+)(?=\S)/gu;

/** True when the line is fields set apart by wide gaps and ends no sentence (see WIDE_GAP). */
function agateFields(line: string): boolean {
  return (line.match(WIDE_GAP) ?? []).length >= 2 && !SENTENCE_END.test(line);
}

function visible(line: string): number {
  return line.replace(/\s+/gu, '').length;
}

/** Furniture by an unmistakable mark (brackets round the whole line, a copyright sign, separators), not by a date or by ending no sentence. */
function markedFurniture(line: string): boolean {
  const t = line.trim();
  return (
    BRACKETED.test(t) ||
    /[©]|\(c\)\s*\d{4}/iu.test(t) ||
    (t.match(SEPARATORS) ?? []).length >= 2 ||
    CONTACT.test(t) ||
    CREDIT.test(t) ||
    LATIN_CONTRIBUTORS.test(t)
  );
}

/** True when the line has the shape of page furniture (see the module comment). */
export function furnitureShape(line: string, atEnd: boolean): boolean {
  const t = line.trim();
  const len = visible(t);
  if (len === 0 || len > FURNITURE_MAX) return false;
  if (BRACKETED.test(t)) return true;
  if (/[©]|\(c\)\s*\d{4}/iu.test(t)) return true;
  if (DATE_OR_TIME.test(t) && !SENTENCE_INSIDE.test(t) && !ENDS_SENTENCE.test(t)) return true;
  if ((t.match(SEPARATORS) ?? []).length >= 2 || agateFields(t)) return true;
  if (atEnd && (CONTACT.test(t) || CREDIT.test(t) || LATIN_CONTRIBUTORS.test(t))) return true;
  return atEnd && len >= TAIL_LINE_MIN && len <= TAIL_LINE_MAX && !SENTENCE_END.test(t);
}

/** The lines of [start, end) of `text`, trimmed, with their ranges (empty lines left out). */
function linesIn(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; line: string }[] {
  const out: { start: number; end: number; line: string }[] = [];
  let at = start;
  while (at < end) {
    const nl = text.indexOf('\n', at);
    const stop = nl < 0 || nl > end ? end : nl;
    const raw = text.slice(at, stop);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line.length > 0) out.push({ start: at + lead, end: at + lead + line.length, line });
    at = stop + 1;
  }
  return out;
}

/** Longest line (visible characters) taken for a headline a page words its own way. */
const RETITLE_MAX = 40;

/**
 * Share of such a headline's letter pairs the others' text must hold: its subject (巢湖, 岸边),
 * not its wording. A page's own promotion over the stamps (本网推荐：夏季防汛十问十答) holds none.
 */
const RETITLE_PAIRS = 0.25;

/** A sentence's close: a stop, then closing quotes or brackets (a headline may end on a quote). */
const CLOSES_SENTENCE = new RegExp(`[${FULL_STOPS}.…][”"’'）)]*$`, 'u');

/**
 * A line shaped like a story's headline rather than the page's name or sections: text the
 * segmenter gives no other shape, ending no sentence (a headline may end on 了, which makes it
 * read as a sentence's piece), no running head, and in English it is not set in capitals (THE NORTH
 * COAST BEACON is a masthead; a site's own headline is written in sentence or title case).
 */
function headlineShaped(line: string): boolean {
  const t = line.trim();
  const kind = classifyLine(t, undefined).kind;
  if ((kind !== 'title' && kind !== 'paragraph') || CLOSES_SENTENCE.test(t)) return false;
  if (isRunningHead(t, true)) return false;
  return !isLatinLine(t) || /\p{Ll}/u.test(t);
}

/** Lines above a part's start this far (visible characters) may still be its headline or dateline. */
const HEAD_LINE_MAX = 60;

/**
 * The story's spans with the part of `variant` extended upward over the short lines right above
 * it that the other files print in the story (a headline the finder left out because a source or
 * time line stood between it and the text), stepping over furniture-shaped lines nobody else
 * prints. Those stay outside, and so does anything the others do not print.
 */
export function extendToSupportedHead(
  variant: VariantText,
  spans: readonly Span[],
  otherText: () => ContainsText,
): Span[] {
  const own = spans.filter((s) => s.variant === variant.id).sort((a, b) => a.start - b.start);
  const first = own[0];
  if (!first) return [...spans];
  const text = variant.text;
  const above = linesIn(
    text,
    Math.max(0, text.lastIndexOf('\n', Math.max(0, first.start - 1) - 400)),
    first.start,
  ).slice(-4);
  // Included lines become spans of their own, so a skipped stamp between them stays outside.
  const added: Span[] = [];
  let start = first.start;
  const take = (l: { start: number; end: number }): void => {
    if (added.length === 0 && text.slice(l.end, start).trim() === '') start = l.start;
    else added.unshift({ variant: variant.id, start: l.start, end: l.end });
  };
  // Papers may each write their own headline: over the stamps it stepped over, a page's own line
  // needs only some of its letter pairs in the others' text (the story's subject), not most.
  const retitled = (line: string): boolean =>
    visible(line) <= RETITLE_MAX &&
    headlineShaped(line) &&
    pairsSupported(line, otherText(), RETITLE_PAIRS);
  let stepped = false;
  for (let k = above.length - 1; k >= 0; k--) {
    const l = above[k] as { start: number; end: number; line: string };
    const own = plain(l.line);
    // A section label over the headline (HEALTH) is the page's, though the story says health.
    if (isLabelShaped(l.line)) break;
    if (
      own.length > 0 &&
      visible(l.line) <= HEAD_LINE_MAX &&
      own.length >= 4 &&
      otherText().includes(own)
    ) {
      take(l);
      continue;
    }
    if (furnitureShape(l.line, false) && !supported(l.line, otherText())) {
      stepped = true;
      continue;
    }
    // A headline of this page's own wording (a site retitles the story) over the stamps it stepped
    // over, sharing most of its letter pairs with the others' text, is the story's top. Only when
    // no headline was found: above a headline stand the page's masthead and sections.
    if (stepped && start === first.start && added.length === 0 && retitled(l.line)) take(l);
    break;
  }
  if (start === first.start && added.length === 0) return [...spans];
  const index = spans.indexOf(first);
  const out = spans.map((s) => (s === first ? { variant: s.variant, start, end: s.end } : s));
  out.splice(index, 0, ...added);
  return out;
}

/**
 * The story's spans with furniture lines at the edges of `variant`'s part cut off. At most a few
 * lines from each edge; a part is never emptied.
 */
export function trimFurnitureEdges(
  variant: VariantText,
  spans: readonly Span[],
  otherText: () => ContainsText,
  otherEnds?: () => ContainsText,
): Span[] {
  const own = spans.filter((s) => s.variant === variant.id).sort((a, b) => a.start - b.start);
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last) return [...spans];
  const lines = own.flatMap((s) => linesIn(variant.text, s.start, s.end));
  if (lines.length < 3) return [...spans];
  let head = 0;
  while (
    head < 2 &&
    head < lines.length - 2 &&
    furnitureShape((lines[head] as { line: string }).line, false) &&
    !supported((lines[head] as { line: string }).line, otherText())
  )
    head += 1;
  let tail = lines.length - 1;
  const tailFurniture = (line: string): boolean =>
    furnitureShape(line, true) &&
    !supportedAtEnd(line, otherText, otherEnds) &&
    (markedFurniture(line) || !pairsSupported(line, otherText()));
  while (
    tail > head + 1 &&
    lines.length - 1 - tail < 3 &&
    tailFurniture((lines[tail] as { line: string }).line)
  )
    tail -= 1;
  if (head === 0 && tail === lines.length - 1) return [...spans];
  const from = (lines[head] as { start: number }).start;
  const to = (lines[tail] as { end: number }).end;
  const out: Span[] = [];
  for (const s of spans) {
    if (s.variant !== variant.id) {
      out.push(s);
      continue;
    }
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    if (end > start) out.push({ variant: s.variant, start, end });
  }
  return out;
}
