/**
 * Which part of a story each variant carries, read from its continuation marks: a page whose part
 * opens with (上接01版) or "BUDGET From Page A1" carries only what follows; one that ends with
 * (下转第4版) or "See BUDGET, Page A9" only what precedes. A variant is no witness for the part it
 * does not carry. Two variants of one comparison that point at each other (the front page going on
 * to page 4, page 4 coming from the front page) are the two halves of one paper's story and are
 * joined into one witness.
 */
import type { ContainsText } from './other-texts';
import type { Span, VariantText } from '../model/types';
import { lineMark, marksIn, pageToken } from '../text/continuation-marks';

/** How one variant's part of a story is continued. */
export interface CarriedPart {
  readonly variant: string;
  /** The part opens with a mark that it comes from elsewhere (上接, From Page). */
  readonly from: boolean;
  /** The part closes with a mark that it goes on elsewhere (下转, See … Page). */
  readonly to: boolean;
  /** Page and slug tokens of the marks and of the page's own header, to pair halves (4, A9, BUDGET). */
  readonly points: readonly string[];
  readonly own: readonly string[];
}

/** A page number of a header line: 第4版, A4, Page 3. */
const HEADER_PAGE =
  /第\s*([A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版|\b(?:[Pp]age\s+)?([A-Z]\d{1,2}|\d{1,2}[A-Z])\b|\b[Pp]age\s+(\d{1,2})\b/gu;

/** The lines of `text` between two offsets, trimmed, without empty ones. */
function linesOf(text: string, start: number, end: number): string[] {
  return text
    .slice(Math.max(0, start), Math.min(text.length, end))
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function pagesIn(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(HEADER_PAGE)) {
    const raw = m[1] ?? m[2] ?? m[3];
    if (raw) out.push(pageToken(raw));
  }
  return out;
}

/** Reads the continuation marks at the edges of a variant's part of a story. */
export function carriedPart(variant: VariantText, spans: readonly Span[]): CarriedPart {
  const own = spans.filter((s) => s.variant === variant.id).sort((a, b) => a.start - b.start);
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last) return { variant: variant.id, from: false, to: false, points: [], own: [] };
  const text = variant.text;
  const points: string[] = [];
  /** The mark at the start (from) or end (to) of the line, or a line that is only a mark. */
  const marked = (line: string | undefined, want: 'from' | 'to'): boolean => {
    if (line === undefined) return false;
    const marks = marksIn(line);
    const m = want === 'from' ? marks[0] : marks[marks.length - 1];
    if (m === undefined || m.direction !== want) return false;
    const atEdge = want === 'from' ? m.start === 0 : line.slice(m.end).trim() === '';
    if (!atEdge) return false;
    points.push(m.page, ...(m.slug !== undefined ? [m.slug] : []));
    return true;
  };
  // The part's first two lines (a headline may come first) and the line just before it; its last
  // line and the line just after it. A mark inside the part (a reprint keeping the front page's
  // 下转 mid-story) says nothing about what this part carries.
  const lineStart = (at: number): number => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number): number =>
    text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  let before = first.start;
  while (before > 0 && /\s/u.test(text[before - 1] as string)) before -= 1;
  const previous = before > 0 ? text.slice(lineStart(before), before).trim() : undefined;
  // A page's section line or a repeated headline may stand above the mark: its first three lines.
  const opening = linesOf(text, lineStart(first.start), first.end).slice(0, 3);
  let after = last.end;
  while (after < text.length && /\s/u.test(text[after] as string)) after += 1;
  const next = after < text.length ? text.slice(after, lineEnd(after)).trim() : undefined;
  const closing = text
    .slice(
      lineStart(Math.max(last.start, last.end - 1)),
      lineEnd(Math.max(last.start, last.end - 1)),
    )
    .trim();
  const from = marked(previous, 'from') || opening.some((line) => marked(line, 'from'));
  const to = marked(closing, 'to') || marked(next, 'to');
  // The page's own header: its first lines (第4版, A9), and an English slug of the part's marks.
  const header = linesOf(text, 0, 200).slice(0, 3);
  return { variant: variant.id, from, to, points, own: header.flatMap(pagesIn) };
}

/**
 * Pairs of variants that are two halves of one paper's story: one goes on elsewhere (to, not
 * from), the other comes from elsewhere (from, not to). With one such pair in the story they are
 * joined; with several, only pairs whose marks point at each other's page (or share a slug).
 */
export function joinedHalves(parts: readonly CarriedPart[]): [string, string][] {
  const fronts = parts.filter((p) => p.to && !p.from);
  const backs = parts.filter((p) => p.from && !p.to);
  if (fronts.length === 0 || backs.length === 0) return [];
  if (fronts.length === 1 && backs.length === 1)
    return [[(fronts[0] as CarriedPart).variant, (backs[0] as CarriedPart).variant]];
  const out: [string, string][] = [];
  const used = new Set<string>();
  for (const front of fronts) {
    const match = backs.filter(
      (back) =>
        !used.has(back.variant) &&
        (front.points.some((t) => back.own.includes(t) || back.points.includes(t)) ||
          back.points.some((t) => front.own.includes(t))),
    );
    if (match.length === 1) {
      const back = match[0] as CarriedPart;
      used.add(back.variant);
      out.push([front.variant, back.variant]);
    }
  }
  return out;
}

/** True when the whole line is a continuation mark of the given direction. */
function wholeMark(line: string, want: 'from' | 'to'): boolean {
  return lineMark(line)?.direction === want;
}

/** Letters and digits only, for comparing text across papers whatever their punctuation. */
function plain(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

/** The fraction of `text`'s 4-grams that occur in `others` (1 for text too short to judge). */
function support(text: string, others: ContainsText): number {
  const t = plain(text);
  // Too short for 4-grams (a page's section line 06 要闻, a repeated headline): printed or not.
  if (t.length < 8) return others.includes(t) ? 1 : 0;
  let found = 0;
  let total = 0;
  for (let i = 0; i + 4 <= t.length; i++) {
    total += 1;
    if (others.includes(t.slice(i, i + 4))) found += 1;
  }
  return total > 0 ? found / total : 1;
}

/**
 * Text other papers print less than this share of is not the story's: a neighbouring story the
 * finder took in before a (上接第1版) mark (or after a 下转 mark). Part of the story printed by the
 * others shares far more, even with a paper's edits; two stories of one page share a few phrases.
 */
const MIN_SUPPORT = 0.3;

/**
 * The variant's spans cut at a whole-line continuation mark inside them when the text on the far
 * side of the mark is not the story (the other variants hardly print it): page 4's neighbour above
 * (上接第1版), or what follows a 下转 line. Text the others print (the other half of a story one
 * file carries both halves of, with its neighbour left out) stays.
 */
export function trimAtMarks(
  variant: VariantText,
  spans: readonly Span[],
  otherText: () => ContainsText,
): Span[] {
  const own = spans.filter((s) => s.variant === variant.id).sort((a, b) => a.start - b.start);
  if (own.length === 0) return [...spans];
  const text = variant.text;
  let cutBefore = -1;
  let cutAfter = Number.POSITIVE_INFINITY;
  for (const span of own) {
    let at = span.start;
    while (at < span.end) {
      const end = Math.min(
        span.end,
        text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at),
      );
      const line = text.slice(at, end).trim();
      if (line.length > 0 && wholeMark(line, 'from') && cutBefore < 0) {
        const before = own.map((s) => text.slice(s.start, Math.min(s.end, at))).join('\n');
        if (before.trim().length > 0 && support(before, otherText()) < MIN_SUPPORT) cutBefore = at;
      }
      if (line.length > 0 && wholeMark(line, 'to')) {
        const after = own.map((s) => text.slice(Math.max(s.start, end), s.end)).join('\n');
        if (after.trim().length > 0 && support(after, otherText()) < MIN_SUPPORT)
          cutAfter = Math.min(cutAfter, end);
      }
      at = end + 1;
    }
  }
  if (cutBefore < 0 && !Number.isFinite(cutAfter)) return [...spans];
  const kept: Span[] = [];
  for (const s of spans) {
    if (s.variant !== variant.id) {
      kept.push(s);
      continue;
    }
    const start = Math.max(s.start, cutBefore);
    const end = Math.min(s.end, cutAfter);
    if (end > start) kept.push({ variant: s.variant, start, end });
  }
  return kept;
}
