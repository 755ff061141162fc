/**
 * Which part of a story each variant carries, read from its continuation marks: a page whose part
 * opens with (上接01版) or "BUDGET From Page A1" carries only what follows; one that ends with
 * (下转第4版) or "See BUDGET, Page A9" only what precedes. A variant is no witness for the part it
 * does not carry. Two variants of one comparison that point at each other (the front page going on
 * to page 4, page 4 coming from the front page) are the two halves of one paper's story and are
 * joined into one witness.
 */
import type { Span, VariantText } from '../model/types';
import { latinJump } from '../segment/latin-lines';

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

/** A Chinese continuation mark, in brackets or alone; group 1 is the verb, group 2 the page. */
const CHINESE_MARK = /[（(【]?\s*(上接|紧接|接|下转|转|续)\s*(?:第|本报)?\s*([A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版[^（()）】\n]{0,8}[)）】]?/u;

/** A page number of a header line: 第4版, A4, Page 3. */
const HEADER_PAGE = /第\s*([A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*版|\b(?:[Pp]age\s+)?([A-Z]\d{1,2}|\d{1,2}[A-Z])\b|\b[Pp]age\s+(\d{1,2})\b/gu;

/** Page tokens: digits without leading zeros, Chinese numerals as digits. */
function pageToken(raw: string): string {
  const numerals = '一二三四五六七八九';
  if (/^[一二三四五六七八九十]+$/u.test(raw)) {
    if (raw === '十') return '10';
    const tens = raw.includes('十') ? (raw.startsWith('十') ? 1 : numerals.indexOf(raw[0] as string) + 1) : 0;
    const unitsChar = raw.includes('十') ? raw.slice(raw.indexOf('十') + 1) : raw;
    const units = unitsChar ? numerals.indexOf(unitsChar) + 1 : 0;
    return String(tens * 10 + units);
  }
  return raw.replace(/^([A-Z]?)0+(\d)/u, '$1$2').toUpperCase();
}

/** The lines of `text` between two offsets, trimmed, without empty ones. */
function linesOf(text: string, start: number, end: number): string[] {
  return text
    .slice(Math.max(0, start), Math.min(text.length, end))
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** The slug of an English jump line: the capitalised word(s) before "from" or after "See". */
function slugOf(line: string): string[] {
  const see = /^(?:[Pp]lease\s+)?[Ss]ee\s+([A-Z][A-Z'’-]*(?:\s[A-Z][A-Z'’-]*)*)/u.exec(line);
  if (see) return [(see[1] as string).toUpperCase()];
  const from = /^([A-Z][A-Z'’-]*(?:\s[A-Z][A-Z'’-]*)*)\s+from\s/u.exec(line);
  return from ? [(from[1] as string).toUpperCase()] : [];
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
  /** The mark at the start (from) or end (to) of the line, or a line that is only a jump. */
  const marked = (line: string | undefined, want: 'from' | 'to'): boolean => {
    if (line === undefined) return false;
    const m = CHINESE_MARK.exec(line);
    if (m && /转/u.test(m[1] as string) === (want === 'to')) {
      const atEdge = want === 'from' ? m.index === 0 : line.slice(m.index + m[0].length).trim() === '';
      if (atEdge) {
        points.push(pageToken(m[2] as string));
        return true;
      }
    }
    if (latinJump(line) === want) {
      points.push(...pagesIn(line), ...slugOf(line));
      return true;
    }
    return false;
  };
  // The part's first two lines (a headline may come first) and the line just before it; its last
  // line and the line just after it. A mark inside the part (a reprint keeping the front page's
  // 下转 mid-story) says nothing about what this part carries.
  const lineStart = (at: number): number => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number): number => (text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
  let before = first.start;
  while (before > 0 && /\s/u.test(text[before - 1] as string)) before -= 1;
  const previous = before > 0 ? text.slice(lineStart(before), before).trim() : undefined;
  const opening = linesOf(text, lineStart(first.start), Math.min(first.end + 1, lineEnd(lineEnd(first.start) + 1)));
  let after = last.end;
  while (after < text.length && /\s/u.test(text[after] as string)) after += 1;
  const next = after < text.length ? text.slice(after, lineEnd(after)).trim() : undefined;
  const closing = text.slice(lineStart(Math.max(last.start, last.end - 1)), lineEnd(Math.max(last.start, last.end - 1))).trim();
  const from = marked(previous, 'from') || opening.slice(0, 2).some((line) => marked(line, 'from'));
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
  if (fronts.length === 1 && backs.length === 1) return [[(fronts[0] as CarriedPart).variant, (backs[0] as CarriedPart).variant]];
  const out: [string, string][] = [];
  const used = new Set<string>();
  for (const front of fronts) {
    const match = backs.filter(
      (back) =>
        !used.has(back.variant) &&
        (front.points.some((t) => back.own.includes(t) || back.points.includes(t)) || back.points.some((t) => front.own.includes(t))),
    );
    if (match.length === 1) {
      const back = match[0] as CarriedPart;
      used.add(back.variant);
      out.push([front.variant, back.variant]);
    }
  }
  return out;
}
